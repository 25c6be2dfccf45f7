package org.micmac4j.report.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One worksheet to write, independent of the spreadsheet library: a name, a header row and rows
 * of cells, each a {@link String}, a {@link Number} (written as a number cell; NaN as a blank
 * cell, since a spreadsheet has no NaN) or a {@link Boolean}.
 *
 * @param name the sheet name (at most 31 characters, no {@code []:*?/\})
 * @param header the column names
 * @param rows the rows, each as long as the header or shorter
 * @param frozenColumns how many leading columns stay visible when scrolling right (ids)
 */
public record SheetTable(String name, List<String> header, List<List<Object>> rows, int frozenColumns) {
    /**
     * Copies the header and the rows.
     *
     * @param name the sheet name
     * @param header the column names
     * @param rows the rows
     * @param frozenColumns leading columns kept visible
     */
    public SheetTable {
        header = List.copyOf(header);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> r : rows) {
            copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(r)));
        }
        rows = java.util.Collections.unmodifiableList(copy);
    }

    /**
     * @return the table as CSV (RFC 4180, {@code \n} line ends, numbers as {@code toString}
     *     writes them, blank for null), header first
     */
    public String csv() {
        java.io.StringWriter out = new java.io.StringWriter();
        try (org.apache.commons.csv.CSVPrinter p = new org.apache.commons.csv.CSVPrinter(out,
                org.apache.commons.csv.CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
                        .setHeader(header.toArray(new String[0])).get())) {
            for (List<Object> r : rows) {
                p.printRecord(r);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * @param cells the cells of one row
     * @return them as a row (nulls allowed: blank cells)
     */
    public static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    /** The cell of a square matrix sheet at row i, column j. */
    @FunctionalInterface
    public interface Cell {
        /**
         * @param i the row
         * @param j the column
         * @return the cell (a number, a text such as "P" or "1*", or null for blank)
         */
        Object at(int i, int j);
    }

    /**
     * @param name the sheet name
     * @param ids the row and column ids, in order
     * @param cell the cell at row i, column j
     * @return a square sheet: a header row of ids after a blank corner, then one row per id
     *     (the layout the matrix readers read back)
     */
    public static SheetTable square(String name, List<String> ids, Cell cell) {
        List<String> header = new ArrayList<>(ids.size() + 1);
        header.add("");
        header.addAll(ids);
        List<List<Object>> rows = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            List<Object> row = new ArrayList<>(ids.size() + 1);
            row.add(ids.get(i));
            for (int j = 0; j < ids.size(); j++) {
                row.add(cell.at(i, j));
            }
            rows.add(row);
        }
        return new SheetTable(name, header, rows, 1);
    }
}
