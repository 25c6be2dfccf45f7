package org.micmac4j.report;

import java.util.ArrayList;
import java.util.List;

import org.micmac4j.Thresholds;

/**
 * The axes of an influence / dependence plane (x dependence, y influence, METHOD.md §5) and the
 * sizes that scale with the number of variables: plot area, fonts, markers, legend. Draws the
 * grid, the split lines, the four sector names and the group legend; the plots draw their points
 * on top. Internal helper shared by {@link PlaneSvg} and {@link DisplacementSvg}.
 */
final class PlaneFrame {
    static final double LEFT = 78;
    static final double TOP = 64;
    static final double LEGEND_WIDTH = 300;

    final double plotW;
    final double plotH;
    final double fontSize;
    final double labelSize;
    final double markerRadius;
    private final double maxX;
    private final double maxY;
    private final double stepX;
    private final double stepY;
    private final List<LabelPlacer.Box> reserved = new ArrayList<>();

    /**
     * @param n number of variables
     * @param maxDependence largest dependence (or threshold) to show
     * @param maxInfluence largest influence (or threshold) to show
     */
    PlaneFrame(int n, double maxDependence, double maxInfluence) {
        int extra = Math.max(0, n - 30);
        this.plotW = Math.min(1300, 760 + 6 * extra);
        this.plotH = Math.min(1000, 560 + 5 * extra);
        this.fontSize = 13;
        this.labelSize = n <= 40 ? 12 : Math.max(9, 12 - (n - 40) / 20.0);
        this.markerRadius = n <= 40 ? 5 : 4;
        this.stepX = niceStep(maxDependence);
        this.stepY = niceStep(maxInfluence);
        this.maxX = Math.max(stepX, Math.ceil(maxDependence * 1.04 / stepX) * stepX);
        this.maxY = Math.max(stepY, Math.ceil(maxInfluence * 1.04 / stepY) * stepY);
    }

    /** A round tick step giving about 5 to 10 ticks. */
    private static double niceStep(double max) {
        if (!(max > 0)) {
            return 1;
        }
        double raw = max / 6;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / mag;
        return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * mag;
    }

    double width() {
        return LEFT + plotW + 30 + LEGEND_WIDTH;
    }

    double height(int legendRows) {
        return Math.max(TOP + plotH + 60, TOP + 40 + legendRows * 20.0);
    }

    double px(double dependence) {
        return LEFT + dependence / maxX * plotW;
    }

    double py(double influence) {
        return TOP + plotH - influence / maxY * plotH;
    }

    /** @return the plot area, where labels go */
    LabelPlacer.Box plotBox() {
        return new LabelPlacer.Box(LEFT, TOP, plotW, plotH);
    }

    /** @return areas inside the plot that labels must avoid (the sector names) */
    List<LabelPlacer.Box> reserved() {
        return List.copyOf(reserved);
    }

    /** Label box width for a text (monospace labels: advance 0.6 em, plus padding). */
    double labelWidth(String text) {
        return text.length() * labelSize * 0.61 + 2;
    }

    double labelHeight() {
        return labelSize * 1.25;
    }

    /**
     * Draws titles, grid, axes, split lines and sector names.
     *
     * @param svg the picture
     * @param title the title
     * @param subtitle the line under it
     * @param t the thresholds to draw
     */
    void draw(Svg svg, String title, String subtitle, Thresholds t) {
        svg.text(LEFT, 24, title, "font-size=\"17\" font-weight=\"bold\" fill=\"#222\"");
        svg.text(LEFT, 44, subtitle, "fill=\"#555\"");
        svg.rect(LEFT, TOP, plotW, plotH, "fill=\"#fbfbfb\" stroke=\"none\"");
        for (double v = 0; v <= maxX + 1e-9; v += stepX) {
            svg.line(px(v), TOP, px(v), TOP + plotH, "stroke=\"#e6e6e6\"");
            svg.text(px(v), TOP + plotH + 17, tick(v), "text-anchor=\"middle\" fill=\"#555\"");
        }
        for (double v = 0; v <= maxY + 1e-9; v += stepY) {
            svg.line(LEFT, py(v), LEFT + plotW, py(v), "stroke=\"#e6e6e6\"");
            svg.text(LEFT - 6, py(v) + 4, tick(v), "text-anchor=\"end\" fill=\"#555\"");
        }
        svg.rect(LEFT, TOP, plotW, plotH, "fill=\"none\" stroke=\"#888\"");
        svg.text(LEFT + plotW / 2, TOP + plotH + 40, "Dependence →", "text-anchor=\"middle\" font-weight=\"bold\"");
        svg.text(22, TOP + plotH / 2, "Influence →", "text-anchor=\"middle\" font-weight=\"bold\" transform=\"rotate(-90 22 "
                + Xml.num(TOP + plotH / 2) + ")\"");
        double sx = px(t.dependence());
        double sy = py(t.influence());
        svg.line(sx, TOP, sx, TOP + plotH, "stroke=\"#c0392b\" stroke-width=\"1.2\" stroke-dasharray=\"6 4\"");
        svg.line(LEFT, sy, LEFT + plotW, sy, "stroke=\"#c0392b\" stroke-width=\"1.2\" stroke-dasharray=\"6 4\"");
        sectorName(svg, "INFLUENT", LEFT + 8, TOP + 20, "start");
        sectorName(svg, "RELAY", LEFT + plotW - 8, TOP + 20, "end");
        sectorName(svg, "AUTONOMOUS", LEFT + 8, TOP + plotH - 10, "start");
        sectorName(svg, "DEPENDENT", LEFT + plotW - 8, TOP + plotH - 10, "end");
    }

    private void sectorName(Svg svg, String name, double x, double y, String anchor) {
        double w = name.length() * 15 * 0.68;
        svg.text(x, y, name, "text-anchor=\"" + anchor + "\" font-size=\"15\" font-weight=\"bold\" fill=\"#9aa5b1\" "
                + "letter-spacing=\"1\"");
        reserved.add(new LabelPlacer.Box(anchor.equals("end") ? x - w : x, y - 15, w, 19));
    }

    private static String tick(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Xml.fixed(v, 1);
    }

    /**
     * Draws labels with leader lines where needed.
     *
     * @param svg the picture
     * @param ids the label texts
     * @param x point x
     * @param y point y
     * @param extraReserved further areas to avoid (other markers)
     */
    void labels(Svg svg, List<String> ids, double[] x, double[] y, List<LabelPlacer.Box> extraReserved) {
        int n = ids.size();
        double[] w = new double[n];
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = labelWidth(ids.get(i));
            h[i] = labelHeight();
        }
        List<LabelPlacer.Box> avoid = new ArrayList<>(reserved);
        avoid.addAll(extraReserved);
        List<LabelPlacer.Placement> placed = new LabelPlacer(plotBox(), 1.5).place(x, y, w, h, markerRadius + 0.5,
                avoid);
        for (int i = 0; i < n; i++) {
            LabelPlacer.Box b = placed.get(i).box();
            if (placed.get(i).leader()) {
                double[] end = nearestPoint(b, x[i], y[i]);
                svg.line(x[i], y[i], end[0], end[1], "stroke=\"#999\" stroke-width=\"0.8\"");
            }
            svg.text(b.x() + 1, b.y() + labelSize * 0.98, ids.get(i), "class=\"label\" font-family=\"DejaVu Sans Mono, "
                    + "Menlo, Consolas, monospace\" font-size=\"" + Xml.num(labelSize) + "\" fill=\"#1a1a1a\" stroke=\"#fbfbfb\" stroke-width=\"3\" "
                    + "stroke-linejoin=\"round\" paint-order=\"stroke\""); // halo: readable across grid and split lines
        }
    }

    private static double[] nearestPoint(LabelPlacer.Box b, double x, double y) {
        return new double[] {Math.max(b.x(), Math.min(x, b.x() + b.w())), Math.max(b.y(), Math.min(y, b.y() + b.h()))};
    }

    /**
     * Draws the group legend to the right of the plot.
     *
     * @param svg the picture
     * @param palette the colours
     * @param extra lines after the groups (marker explanations), may be empty
     */
    void legend(Svg svg, Palette palette, List<String> extra) {
        double x = LEFT + plotW + 24;
        double y = TOP + 6;
        svg.text(x, y + 4, "Groups", "font-weight=\"bold\"");
        y += 22;
        for (String g : palette.groups()) {
            svg.circle(x + 6, y - 4, 6, "fill=\"" + palette.colourOf(g) + "\"", null);
            svg.text(x + 18, y, shorten(g, 36), "fill=\"#222\"");
            y += 20;
        }
        y += 8;
        for (String line : extra) {
            svg.text(x, y, line, "fill=\"#555\"");
            y += 18;
        }
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
