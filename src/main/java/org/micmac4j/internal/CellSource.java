package org.micmac4j.internal;

import java.util.List;

/**
 * A labelled table of text cells as the shared readers see it; {@code org.micmac4j.io.CsvTable}
 * implements it, so that the readers below the public API do not depend on the io package.
 */
public interface CellSource {
    /** @return a name for messages (the file) */
    String source();

    /** @return the field delimiter (a decimal comma is accepted when it is not a comma) */
    char delimiter();

    /** @return the column labels, in order */
    List<String> columnLabels();

    /** @return the row labels, in order */
    List<String> rowLabels();

    /** @return the number of data rows */
    int rows();

    /** @return the number of data columns */
    int columns();

    /**
     * @param row data row, 0-based
     * @param column data column, 0-based
     * @return the trimmed cell text, empty when blank
     */
    String cell(int row, int column);

    /**
     * @param row data row, 0-based
     * @return its line number in the source, from 1
     */
    int line(int row);

    /**
     * @param row data row, 0-based
     * @param column data column, 0-based
     * @return the cell's place for messages (file, line, row and column)
     */
    String where(int row, int column);

    /**
     * @param row data row, 0-based
     * @return the row's place for messages (file and line, or workbook, sheet and row)
     */
    String rowWhere(int row);
}
