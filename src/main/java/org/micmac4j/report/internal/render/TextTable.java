package org.micmac4j.report.internal.render;

import java.util.List;

/**
 * Aligned plain-text columns for terminal output.
 *
 * <p>Internal to the reports: not part of the library's API.
 */
public final class TextTable {
    private TextTable() {
    }

    /**
     * @param rows the rows, the first being the header; all of the same length
     * @param firstNumeric index of the first right-aligned (numeric) column
     * @param endNumeric index after the last right-aligned column
     * @return the table, a rule under the header, lines ending in {@code \n}
     */
    public static String render(List<String[]> rows, int firstNumeric, int endNumeric) {
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int c = 0; c < cols; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < rows.size(); k++) {
            String[] r = rows.get(k);
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < cols; c++) {
                boolean right = c >= firstNumeric && c < endNumeric;
                String pad = " ".repeat(width[c] - r[c].length());
                line.append(right ? pad + r[c] : r[c] + (c == cols - 1 ? "" : pad));
                if (c < cols - 1) {
                    line.append("  ");
                }
            }
            sb.append(line.toString().stripTrailing()).append('\n');
            if (k == 0) {
                int total = 0;
                for (int w : width) {
                    total += w + 2;
                }
                sb.append("-".repeat(total - 2)).append('\n');
            }
        }
        return sb.toString();
    }
}
