package org.micmac4j.report;

import java.util.Locale;

/**
 * Escaping and number formatting shared by the SVG, HTML and GraphML writers. Internal helper.
 */
final class Xml {
    private Xml() {
    }

    /**
     * Escapes text for XML content and attribute values (both quote kinds, so the result fits
     * either attribute style). Characters that XML 1.0 forbids are dropped: they cannot be written
     * at all, and a report must never be invalid XML because a name held a stray control code.
     *
     * @param s the text
     * @return the escaped text
     */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            sb.append(c);
                        }
                    }
                }
            }
        }
        return sb.toString();
    }

    /**
     * @param v a coordinate
     * @return it with one decimal, locale-independent (a comma decimal would break SVG)
     */
    static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /**
     * @param v a value for a table
     * @param decimals decimals to show
     * @return the formatted value, locale-independent
     */
    static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
