package org.micmac4j.io;

import java.util.List;

/**
 * A table as a sequence of rows of text cells, each with where it starts: what every reader of
 * io ({@link CsvTable}, {@link MatrixCsv}, {@link VariablesCsv}) consumes, so that one set of
 * shape and cell checks serves every source. {@link CsvRecords} reads delimited text; a spreadsheet
 * sheet would be another implementation (its {@link #source()} naming the book and sheet, its row
 * numbers as lines).
 */
interface TableRows {
    /**
     * One row.
     *
     * @param values its cells, blanks around them dropped
     * @param line the 1-based line (or sheet row) it starts on
     */
    record Row(String[] values, int line) {
    }

    /** @return the name used in messages, e.g. {@code m.csv} */
    String source();

    /**
     * @return the delimiter of a text source ({@code ','}, {@code ';'} or tab), or {@code ','}
     *     for a source without one; a comma is read as a decimal separator unless it is the
     *     delimiter
     */
    char delimiter();

    /**
     * @return the next row that is not blank, or null at the end
     * @throws org.micmac4j.InvalidInputException naming the place of a malformed row
     */
    Row next();

    /** @return the comments read so far, in order */
    List<String> comments();

    /**
     * @param row a row
     * @param width the header's cell count
     * @throws org.micmac4j.InvalidInputException when the row has another count (naming the row)
     */
    void requireWidth(Row row, int width);
}
