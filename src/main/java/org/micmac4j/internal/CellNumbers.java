package org.micmac4j.internal;

import java.util.regex.Pattern;

/**
 * Strict parsing of numeric CSV cells: an optional sign, digits with an optional fraction and an
 * optional exponent ({@code 3}, {@code 0.25}, {@code .5}, {@code 1e-3}). A decimal comma is
 * accepted when the table's delimiter is not a comma ({@code 0,25} in a semicolon file). Refused:
 * blanks, {@code NaN}, {@code Infinity}, hexadecimal, Java suffixes such as {@code 1d}, thousands
 * separators. ({@code io.CsvTable} names a refused cell.)
 */
public final class CellNumbers {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private CellNumbers() {
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
}
