package org.micmac4j.io;

import java.util.List;

/**
 * A table as a sequence of rows of text cells, each with where it starts: what every reader
 * consumes, so that one set of shape and cell checks serves every source. {@link CsvRecords}
 * reads delimited text; a worksheet of a workbook is another source ({@link XlsxTables#rows}),
 * its {@link #source()} naming the book and sheet, its row numbers as lines. A list file whose
 * columns are found by name reads its first row with {@link Header}.
 *
 * <p>Not thread-safe: a source is read once, by one reader.
 */
public interface TableRows {
    /**
     * One row.
     *
     * @param values its cells, blanks around them dropped (the array is the reader's: do not
     *     modify it)
     * @param line the 1-based line (or sheet row) it starts on
     */
    record Row(String[] values, int line) {
        /**
         * @param column 0-based column
         * @return the cell, or the empty string past the row's end
         */
        public String get(int column) {
            return column >= 0 && column < values.length ? values[column] : "";
        }
    }

    /** @return the name used in messages, e.g. {@code m.csv} or {@code m.xlsx sheet 'MDI'} */
    String source();

    /**
     * @return the word that names a row in messages: {@code line} for text, {@code row} for a sheet
     */
    default String lineWord() {
        return "line";
    }

    /**
     * The place of a cell for messages: {@code m.csv line 4} in a text file (whose lines hold
     * several cells), {@code m.xlsx sheet 'S' cell C4} in a sheet.
     *
     * @param line the row's line (sheet row)
     * @param column the 0-based column in the row (0 is the row label)
     * @return the text
     */
    default String place(int line, int column) {
        return source() + " line " + line;
    }

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
