package org.micmac4j.report.internal.render;

/**
 * Escaping of text for the SVG, HTML and GraphML writers.
 *
 * <p>Internal to the reports: not part of the library's API.
 */
public final class Xml {
    private Xml() {
    }

    /**
     * Escapes text for XML content and attribute values (both quote kinds, so the result fits
     * either attribute style). Characters that XML 1.0 forbids are dropped (control codes,
     * U+FFFE, U+FFFF and unpaired surrogates): they cannot be written at all, and a report must
     * never be invalid XML because a name held a stray code.
     *
     * @param s the text
     * @return the escaped text
     */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        appendEscaped(sb, s);
        return sb.toString();
    }

    /**
     * @param sb where to append
     * @param s the text, escaped as by {@link #escape}
     * @return {@code sb}
     */
    public static StringBuilder appendEscaped(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if ((c >= 0x20 || c == '\t' || c == '\n' || c == '\r') && c != 0xFFFE && c != 0xFFFF
                            && !Character.isSurrogate(c)) {
                        sb.append(c);
                    }
                }
            }
        }
        return sb;
    }
}
