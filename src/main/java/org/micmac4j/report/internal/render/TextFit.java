package org.micmac4j.report.internal.render;

import java.util.ArrayList;
import java.util.List;

/** Text cut or wrapped to the width a picture has for it (average glyph width 0.58 em). */
public final class TextFit {
    private TextFit() {
    }

    /**
     * @param text a text
     * @param width the width available, in pixels
     * @param font the font size
     * @param maxLines the most lines
     * @return the text broken into at most {@code maxLines} lines of about the width, the last cut
     */
    public static List<String> wrap(String text, double width, double font, int maxLines) {
        int max = Math.max(3, (int) (width / (0.58 * font)));
        List<String> lines = new ArrayList<>();
        String rest = text.strip();
        while (!rest.isEmpty() && lines.size() < maxLines - 1 && rest.length() > max) {
            int cut = rest.lastIndexOf(' ', max);
            if (cut <= 0) {
                cut = max;
            }
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            lines.add(fit(rest, width, font));
        }
        return lines;
    }

    /**
     * @param text a text
     * @param width the width available, in pixels
     * @param font the font size
     * @return the text cut to about the width, the cut marked with an ellipsis
     */
    public static String fit(String text, double width, double font) {
        int max = Math.max(3, (int) (width / (0.58 * font)));
        return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
    }
}
