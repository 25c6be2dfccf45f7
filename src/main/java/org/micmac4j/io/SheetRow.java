package org.micmac4j.io;

import java.util.List;

/**
 * One non-empty row of a worksheet as text, the way a CSV line reads: cell {@code j} is column
 * {@code j} (A = 0); trailing blank cells are dropped. Numbers read as their shortest exact
 * decimal ({@code 3}, {@code 0.25}), text cells trimmed, formula cells by their saved value.
 *
 * @param sheet the sheet's name
 * @param number the 1-based row number the spreadsheet program shows
 * @param cells the cell texts from column A, blank as the empty string (unmodifiable)
 */
public record SheetRow(String sheet, int number, List<String> cells) {
    /**
     * @param sheet the sheet's name
     * @param number the row number
     * @param cells the cells, copied
     */
    public SheetRow {
        cells = List.copyOf(cells);
    }

    /**
     * @param column 0-based column
     * @return the cell text, empty past the last non-blank cell
     */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    /**
     * @param column 0-based column
     * @return the cell reference, e.g. {@code B7}
     */
    public String reference(int column) {
        return reference(number, column);
    }

    /**
     * @param row 1-based row number
     * @param column 0-based column
     * @return the A1-style reference, e.g. {@code AB12}
     */
    public static String reference(int row, int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.append(row).toString();
    }
}
