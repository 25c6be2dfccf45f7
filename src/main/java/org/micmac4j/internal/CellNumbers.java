package org.micmac4j.internal;

import java.util.regex.Pattern;


/**
 * Strict parsing of numeric CSV cells: an optional sign, digits with an optional fraction and an
 * optional exponent ({@code 3}, {@code 0.25}, {@code .5}, {@code 1e-3}). A decimal comma is
 * accepted when the table's delimiter is not a comma ({@code 0,25} in a semicolon file). Refused:
 * blanks, {@code NaN}, {@code Infinity}, hexadecimal, Java suffixes such as {@code 1d}, thousands
 * separators. The message names the cell by {@link CellSource#where(int, int)}.
 */
public final class CellNumbers {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private CellNumbers() {
    }

    /**
     * Whether a cell text is a number in the strict syntax (after the decimal-comma rule).
     *
     * @param table the table (its delimiter decides whether a decimal comma is allowed)
     * @param text the cell text, trimmed
     * @return the number, or NaN when the text is not a number
     */
    public static double tryParse(CellSource table, String text) {
        return tryParse(text, table.delimiter() != ',');
    }

    /**
     * Whether a cell text is a number in the strict syntax.
     *
     * @param text the cell text, trimmed
     * @param decimalComma whether a comma is a decimal separator
     * @return the number, or NaN when the text is not a number
     */
    public static double tryParse(String text, boolean decimalComma) {
        int len = text.length();
        if (len > 0 && len <= 9) {
            // Fast path for the common case of small whole numbers (no regex, no parseDouble).
            int v = 0;
            int i = 0;
            for (; i < len; i++) {
                int d = text.charAt(i) - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                v = v * 10 + d;
            }
            if (i == len) {
                return v;
            }
        }
        String t = decimalComma ? text.replace(',', '.') : text;
        if (!NUMBER.matcher(t).matches()) {
            return Double.NaN;
        }
        return Double.parseDouble(t);
    }

    /**
     * Parses a cell that must be a finite non-negative number.
     *
     * @param table the table
     * @param row data row, 0-based
     * @param column data column, 0-based
     * @param expected what the format expects, for the message (e.g. "a non-negative number")
     * @return the value
     * @throws org.micmac4j.InvalidInputException naming the cell when it is blank, not a number,
     *     negative or infinite
     */
    public static double nonNegative(CellSource table, int row, int column, String expected) {
        String text = table.cell(row, column);
        double v = text.isEmpty() ? Double.NaN : tryParse(table, text);
        if (v >= 0 && v < Double.POSITIVE_INFINITY) {
            return v; // the location is formatted only for a refused cell
        }
        String where = table.where(row, column);
        Messages.require(!text.isEmpty(), "%s: blank cell, expected %s", where, expected);
        Messages.require(!Double.isNaN(v), "%s: '%s' is not a number, expected %s", where, Messages.token(text),
                expected);
        Messages.require(Double.isFinite(v), "%s: '%s' is out of the double range", where, Messages.token(text));
        throw Messages.invalid("%s: negative value %s, expected %s", where, text, expected);
    }

    /**
     * Checks that the row labels equal the column labels in the same order (a square labelled
     * matrix).
     *
     * @param table the table
     * @throws org.micmac4j.InvalidInputException naming the first mismatch
     */
    public static void requireSquare(CellSource table) {
        Messages.require(table.rows() == table.columns(), "%s: %d rows but %d columns: the matrix must be square",
                table.source(), table.rows(), table.columns());
        for (int i = 0; i < table.rows(); i++) {
            Messages.require(table.rowLabels().get(i).equals(table.columnLabels().get(i)),
                    "%s: row %d is labelled '%s' but column %d is '%s': rows and columns must list the same variables in the same order",
                    table.rowWhere(i), i + 1, Messages.token(table.rowLabels().get(i)), i + 1,
                    Messages.token(table.columnLabels().get(i)));
        }
    }
}
