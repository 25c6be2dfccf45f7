package org.micmac4j.report;

import java.util.ArrayList;
import java.util.List;

import org.micmac4j.Thresholds;

/**
 * The axes of a two-measure plane and the sizes that scale with the number of variables: plot
 * area, fonts, markers, legend. Draws the grid, the split lines, the four quadrant names and the
 * legend; the plots draw their points on top, and label them through {@link LabelPlacer}.
 * By default the MICMAC influence / dependence plane (x dependence, y influence, docs/METHOD.md §5.1);
 * the ISM-MICMAC plane (x dependence power, y driving power) and the DEMATEL impact-relation map
 * (x D+R, y D−R, which may be negative) use the general form. Internal helper shared by
 * {@link PlaneSvg}, {@link DisplacementSvg}, {@link IsmPlaneSvg} and {@link DematelMapSvg}.
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
    private final double minX;
    private final double maxX;
    private final double minY;
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
        this(n, 0, maxDependence, 0, maxInfluence);
    }

    /**
     * A plane whose axes always include 0 and extend to round values a little beyond the data.
     *
     * @param n number of variables
     * @param lowX smallest x to show
     * @param highX largest x to show
     * @param lowY smallest y to show
     * @param highY largest y to show
     */
    PlaneFrame(int n, double lowX, double highX, double lowY, double highY) {
        int extra = Math.max(0, n - 30);
        this.plotW = Math.min(1300, 760 + 6 * extra);
        this.plotH = Math.min(1000, 560 + 5 * extra);
        this.fontSize = 13;
        this.labelSize = n <= 40 ? 12 : Math.max(9, 12 - (n - 40) / 20.0);
        this.markerRadius = n <= 40 ? 5 : 4;
        double loX = Math.min(0, lowX);
        double hiX = Math.max(0, highX);
        double loY = Math.min(0, lowY);
        double hiY = Math.max(0, highY);
        this.stepX = niceStep(hiX - loX);
        this.stepY = niceStep(hiY - loY);
        this.minX = loX < 0 ? -Math.ceil(-loX * 1.04 / stepX) * stepX : 0;
        this.minY = loY < 0 ? -Math.ceil(-loY * 1.04 / stepY) * stepY : 0;
        this.maxX = Math.max(stepX, Math.ceil(hiX * 1.04 / stepX) * stepX);
        this.maxY = Math.max(stepY, Math.ceil(hiY * 1.04 / stepY) * stepY);
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
        return LEFT + (dependence - minX) / (maxX - minX) * plotW;
    }

    double py(double influence) {
        return TOP + plotH - (influence - minY) / (maxY - minY) * plotH;
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
     * Draws titles, grid, axes, split lines and the MICMAC sector names.
     *
     * @param svg the picture
     * @param title the title
     * @param subtitle the line under it
     * @param t the thresholds to draw
     */
    void draw(Svg svg, String title, String subtitle, Thresholds t) {
        draw(svg, title, subtitle, "Dependence →", "Influence →", t.dependence(), t.influence(),
                new String[] {"INFLUENT", "RELAY", "AUTONOMOUS", "DEPENDENT"});
    }

    /**
     * Draws titles, grid, axes, split lines and quadrant names.
     *
     * @param svg the picture
     * @param title the title
     * @param subtitle the line under it
     * @param xTitle the x axis title
     * @param yTitle the y axis title
     * @param splitX x of the vertical split line, NaN for none
     * @param splitY y of the horizontal split line, NaN for none
     * @param quadrants names at the upper left, upper right, lower left and lower right corners; a
     *     null name is not drawn
     */
    void draw(Svg svg, String title, String subtitle, String xTitle, String yTitle, double splitX, double splitY,
            String[] quadrants) {
        svg.text(LEFT, 24, title, "font-size=\"17\" font-weight=\"bold\" fill=\"#222\"");
        svg.text(LEFT, 44, subtitle, "fill=\"#555\"");
        svg.rect(LEFT, TOP, plotW, plotH, "fill=\"#fbfbfb\" stroke=\"none\"");
        for (int k = 0; minX + k * stepX <= maxX + 1e-9 * stepX; k++) {
            double v = minX + k * stepX;
            svg.line(px(v), TOP, px(v), TOP + plotH, "stroke=\"#e6e6e6\"");
            svg.text(px(v), TOP + plotH + 17, tick(v, stepX), "text-anchor=\"middle\" fill=\"#555\"");
        }
        for (int k = 0; minY + k * stepY <= maxY + 1e-9 * stepY; k++) {
            double v = minY + k * stepY;
            svg.line(LEFT, py(v), LEFT + plotW, py(v), "stroke=\"#e6e6e6\"");
            svg.text(LEFT - 6, py(v) + 4, tick(v, stepY), "text-anchor=\"end\" fill=\"#555\"");
        }
        svg.rect(LEFT, TOP, plotW, plotH, "fill=\"none\" stroke=\"#888\"");
        svg.text(LEFT + plotW / 2, TOP + plotH + 40, xTitle, "text-anchor=\"middle\" font-weight=\"bold\"");
        svg.text(22, TOP + plotH / 2, yTitle, "text-anchor=\"middle\" font-weight=\"bold\" transform=\"rotate(-90 22 "
                + Xml.num(TOP + plotH / 2) + ")\"");
        String split = "stroke=\"#c0392b\" stroke-width=\"1.2\" stroke-dasharray=\"6 4\"";
        if (!Double.isNaN(splitX)) {
            svg.line(px(splitX), TOP, px(splitX), TOP + plotH, split);
        }
        if (!Double.isNaN(splitY)) {
            svg.line(LEFT, py(splitY), LEFT + plotW, py(splitY), split);
        }
        sectorName(svg, quadrants[0], LEFT + 8, TOP + 20, "start");
        sectorName(svg, quadrants[1], LEFT + plotW - 8, TOP + 20, "end");
        sectorName(svg, quadrants[2], LEFT + 8, TOP + plotH - 10, "start");
        sectorName(svg, quadrants[3], LEFT + plotW - 8, TOP + plotH - 10, "end");
    }

    private void sectorName(Svg svg, String name, double x, double y, String anchor) {
        if (name == null) {
            return;
        }
        double w = name.length() * 15 * 0.68;
        svg.text(x, y, name, "text-anchor=\"" + anchor + "\" font-size=\"15\" font-weight=\"bold\" fill=\"#9aa5b1\" "
                + "letter-spacing=\"1\"");
        reserved.add(new LabelPlacer.Box(anchor.equals("end") ? x - w : x, y - 15, w, 19));
    }

    /** A tick value with as many decimals as its step needs (integers without decimals). */
    private static String tick(double v, double step) {
        if (Math.abs(v) < step * 1e-6) {
            return "0"; // no "-0" from accumulated rounding
        }
        if (Math.abs(v - Math.rint(v)) < step * 1e-6) {
            return Long.toString(Math.round(v));
        }
        return Xml.fixed(v, Math.max(1, (int) Math.ceil(-Math.log10(step) - 1e-9)));
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
        legend(svg, palette, "Groups", extra);
    }

    /**
     * Draws the colour legend to the right of the plot.
     *
     * @param svg the picture
     * @param palette the colours
     * @param heading the legend's heading, e.g. "Groups"
     * @param extra lines after the groups (marker explanations), may be empty
     */
    void legend(Svg svg, Palette palette, String heading, List<String> extra) {
        double x = LEFT + plotW + 24;
        double y = TOP + 6;
        svg.text(x, y + 4, heading, "font-weight=\"bold\"");
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
