package org.micmac4j.report.internal.render;

/**
 * A bar chart of counts by integer class (the inconsistency histogram): one bar per class from 0
 * to the largest, the count above each bar.
 */
public final class HistogramSvg {
    private HistogramSvg() {
    }

    /**
     * @param counts count of each class 0..k
     * @param title the picture's title
     * @param xLabel the axis label under the classes
     * @return the SVG markup
     */
    public static String render(long[] counts, String title, String xLabel) {
        int k = counts.length;
        double bar = Math.max(14, Math.min(48, 640.0 / Math.max(1, k)));
        double left = 70;
        double top = 40;
        double plotH = 240;
        double w = left + bar * k + 30;
        double h = top + plotH + 60;
        long max = 1;
        for (long c : counts) {
            max = Math.max(max, c);
        }
        Svg svg = new Svg(Math.max(w, 360), h, title, 12);
        svg.text(left, 22, title, "font-weight=\"bold\"");
        svg.line(left, top + plotH, left + bar * k, top + plotH, "stroke=\"#333\"");
        svg.line(left, top, left, top + plotH, "stroke=\"#333\"");
        svg.text(left - 6, top + 4, Long.toString(max), "text-anchor=\"end\" font-size=\"11\"");
        svg.text(left - 6, top + plotH + 4, "0", "text-anchor=\"end\" font-size=\"11\"");
        for (int i = 0; i < k; i++) {
            double bh = plotH * counts[i] / max;
            double x = left + bar * i;
            svg.raw("<g><title>" + Xml.escape(xLabel + " " + i + ": " + counts[i]) + "</title>\n");
            svg.rect(x + 2, top + plotH - bh, bar - 4, bh, "fill=\"" + (i == 0 ? "#59a14f" : "#4e79a7") + "\"");
            svg.raw("</g>\n");
            if (k <= 30 || i % 5 == 0) {
                svg.text(x + bar / 2, top + plotH + 16, Integer.toString(i), "text-anchor=\"middle\" font-size=\"11\"");
            }
            if (k <= 16 && counts[i] > 0) {
                svg.text(x + bar / 2, top + plotH - bh - 4, Long.toString(counts[i]),
                        "text-anchor=\"middle\" font-size=\"10\"");
            }
        }
        svg.text(left + bar * k / 2, top + plotH + 38, xLabel, "text-anchor=\"middle\"");
        return svg.end();
    }
}
