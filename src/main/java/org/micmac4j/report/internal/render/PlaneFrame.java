package org.micmac4j.report.internal.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The axes of a two-measure plane and the sizes that scale with the number of points: plot
 * area, fonts, markers, legend. Draws the grid, the split lines, the four quadrant names and the
 * legend; the plots draw their points on top, and label them through {@link #labels}. Shared by
 * the MICMAC planes and displacement map, the ISM-MICMAC plane and the DEMATEL impact-relation
 * map.
 *
 * <p>Labels: up to {@link #LABEL_ALL_MAX} points every point is labelled, without overlaps
 * ({@link LabelPlacer}); above, only the first {@link #LABEL_TOP} points in the plot's priority
 * order are (e.g. the most influent and the most dependent), and the others stay points whose
 * tooltip names them, since thousands of labels cannot be read on one picture.
 *
 * <p>Internal to the reports: not part of the library's API.
 */
public final class PlaneFrame {
    /** Up to this many points, every point is labelled. */
    public static final int LABEL_ALL_MAX = 200;
    /** Above {@link #LABEL_ALL_MAX} points, the number of points labelled (the first in priority order). */
    public static final int LABEL_TOP = 60;
    static final double LEFT = 78;
    static final double TOP = 64;
    static final double LEGEND_WIDTH = 300;

    private final double plotW;
    private final double plotH;
    private final double fontSize;
    private final double labelSize;
    private final double markerRadius;
    private final double minX;
    private final double maxX;
    private final double minY;
    private final double maxY;
    private final double stepX;
    private final double stepY;
    private final List<Box> reserved = new ArrayList<>();

    /**
     * @param n number of variables
     * @param maxDependence largest dependence (or threshold) to show
     * @param maxInfluence largest influence (or threshold) to show
     */
    public PlaneFrame(int n, double maxDependence, double maxInfluence) {
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
    public PlaneFrame(int n, double lowX, double highX, double lowY, double highY) {
        int extra = Math.max(0, n - 30);
        this.plotW = Math.min(1300, 760 + 6 * extra);
        this.plotH = Math.min(1000, 560 + 5 * extra);
        this.fontSize = 13;
        this.labelSize = n <= 40 ? 12 : Math.max(9, 12 - (n - 40) / 20.0);
        this.markerRadius = n <= 40 ? 5 : n <= LABEL_ALL_MAX ? 4 : 3;
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

    /** @return the base font size */
    public double fontSize() {
        return fontSize;
    }

    /** @return the radius of a point marker */
    public double markerRadius() {
        return markerRadius;
    }

    /** @return the picture width */
    public double width() {
        return LEFT + plotW + 30 + LEGEND_WIDTH;
    }

    /**
     * @param legendRows the number of lines in the legend
     * @return the picture height
     */
    public double height(int legendRows) {
        return Math.max(TOP + plotH + 60, TOP + 40 + legendRows * 20.0);
    }

    /**
     * @param dependence a value on the x axis
     * @return its x in pixels
     */
    public double px(double dependence) {
        return LEFT + (dependence - minX) / (maxX - minX) * plotW;
    }

    /**
     * @param influence a value on the y axis
     * @return its y in pixels
     */
    public double py(double influence) {
        return TOP + plotH - (influence - minY) / (maxY - minY) * plotH;
    }

    /** @return the plot area, where labels go */
    public Box plotBox() {
        return new Box(LEFT, TOP, plotW, plotH);
    }

    /** @return areas inside the plot that labels must avoid (the sector names) */
    public List<Box> reserved() {
        return List.copyOf(reserved);
    }

    /**
     * @param text a label
     * @return its box width (monospace labels: advance 0.6 em, plus padding)
     */
    public double labelWidth(String text) {
        return text.length() * labelSize * 0.61 + 2;
    }

    /** @return the height of a label box */
    public double labelHeight() {
        return labelSize * 1.25;
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
    public void draw(Svg svg, String title, String subtitle, String xTitle, String yTitle, double splitX, double splitY,
            String[] quadrants) {
        svg.text(LEFT, 24, title, "font-size=\"17\" font-weight=\"bold\" fill=\"#222\"");
        svg.text(LEFT, 44, subtitle, "fill=\"#555\"");
        svg.rect(LEFT, TOP, plotW, plotH, "fill=\"#fbfbfb\" stroke=\"none\"");
        for (int k = 0; minX + k * stepX <= maxX + 1e-9 * stepX; k++) {
            double v = minX + k * stepX;
            svg.line(px(v), TOP, px(v), TOP + plotH, "stroke=\"#e6e6e6\"");
            svg.text(px(v), TOP + plotH + 17, Numbers.tick(v, stepX), "text-anchor=\"middle\" fill=\"#555\"");
        }
        for (int k = 0; minY + k * stepY <= maxY + 1e-9 * stepY; k++) {
            double v = minY + k * stepY;
            svg.line(LEFT, py(v), LEFT + plotW, py(v), "stroke=\"#e6e6e6\"");
            svg.text(LEFT - 6, py(v) + 4, Numbers.tick(v, stepY), "text-anchor=\"end\" fill=\"#555\"");
        }
        svg.rect(LEFT, TOP, plotW, plotH, "fill=\"none\" stroke=\"#888\"");
        svg.text(LEFT + plotW / 2, TOP + plotH + 40, xTitle, "text-anchor=\"middle\" font-weight=\"bold\"");
        svg.text(22, TOP + plotH / 2, yTitle, "text-anchor=\"middle\" font-weight=\"bold\" transform=\"rotate(-90 22 "
                + Svg.num(TOP + plotH / 2) + ")\"");
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
        reserved.add(new Box(anchor.equals("end") ? x - w : x, y - 15, w, 19));
    }

    /**
     * Draws labels with leader lines where needed: every point's up to {@link #LABEL_ALL_MAX}
     * points, above that the first {@link #LABEL_TOP} in {@code priority} order (the others keep
     * their marker and its tooltip). Labels avoid each other, every marker and the quadrant names.
     *
     * @param svg the picture
     * @param ids the label texts
     * @param x point x
     * @param y point y
     * @param priority the points in order of importance (a permutation of 0..n-1), used only above
     *     {@link #LABEL_ALL_MAX} points
     * @param extraReserved further areas to avoid (other markers)
     * @return how many points were labelled
     */
    public int labels(Svg svg, List<String> ids, double[] x, double[] y, int[] priority, List<Box> extraReserved) {
        int n = ids.size();
        int[] chosen = labelled(n, priority);
        int m = chosen.length;
        double[] lx = new double[n];
        double[] ly = new double[n];
        double[] w = new double[m];
        double[] h = new double[m];
        for (int k = 0; k < m; k++) {
            w[k] = labelWidth(ids.get(chosen[k]));
            h[k] = labelHeight();
        }
        List<Box> avoid = new ArrayList<>(reserved);
        avoid.addAll(extraReserved);
        double r = markerRadius + 0.5;
        if (m < n) { // unlabelled markers are obstacles too: pass them as reserved boxes
            boolean[] isLabelled = new boolean[n];
            for (int i : chosen) {
                isLabelled[i] = true;
            }
            for (int i = 0; i < n; i++) {
                if (!isLabelled[i]) {
                    avoid.add(new Box(x[i] - r, y[i] - r, 2 * r, 2 * r));
                }
            }
        }
        for (int k = 0; k < m; k++) {
            lx[k] = x[chosen[k]];
            ly[k] = y[chosen[k]];
        }
        List<LabelPlacer.Placement> placed = new LabelPlacer(plotBox(), 1.5).place(java.util.Arrays.copyOf(lx, m),
                java.util.Arrays.copyOf(ly, m), w, h, r, avoid);
        String attrs = "class=\"label\" font-family=\"DejaVu Sans Mono, Menlo, Consolas, monospace\" font-size=\""
                + Svg.num(labelSize) + "\" fill=\"#1a1a1a\" stroke=\"#fbfbfb\" stroke-width=\"3\" "
                + "stroke-linejoin=\"round\" paint-order=\"stroke\""; // halo: readable across grid and split lines
        for (int k = 0; k < m; k++) {
            Box b = placed.get(k).box();
            if (placed.get(k).leader()) {
                double[] end = nearestPoint(b, lx[k], ly[k]);
                svg.line(lx[k], ly[k], end[0], end[1], "stroke=\"#999\" stroke-width=\"0.8\"");
            }
            svg.text(b.x() + 1, b.y() + labelSize * 0.98, ids.get(chosen[k]), attrs);
        }
        return m;
    }

    /** The points to label, in input order up to the limit, else the top of the priority order. */
    private static int[] labelled(int n, int[] priority) {
        if (n <= LABEL_ALL_MAX) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] top = java.util.Arrays.copyOf(priority, LABEL_TOP);
        java.util.Arrays.sort(top);
        return top;
    }

    /**
     * @param n number of points
     * @return a note for the legend when only the top points are labelled, otherwise null
     */
    public static String labelNote(int n) {
        return n <= LABEL_ALL_MAX ? null : "Labels: top " + LABEL_TOP + " of " + n + " (hover a point for its id)";
    }

    private static double[] nearestPoint(Box b, double x, double y) {
        return new double[] {Math.max(b.x(), Math.min(x, b.x() + b.w())), Math.max(b.y(), Math.min(y, b.y() + b.h()))};
    }

    /**
     * Draws the group legend to the right of the plot.
     *
     * @param svg the picture
     * @param palette the colours
     * @param extra lines after the groups (marker explanations), may be empty
     */
    public void legend(Svg svg, Palette palette, List<String> extra) {
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
    public void legend(Svg svg, Palette palette, String heading, List<String> extra) {
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

    /**
     * @param s a text
     * @param max the longest length kept
     * @return it, shortened with an ellipsis when longer
     */
    public static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /**
     * @param n the number of points
     * @param lines the legend's own lines
     * @return the legend lines, with the labelling note first when only the top points are
     *     labelled
     */
    public static List<String> legendNotes(int n, String... lines) {
        List<String> out = new ArrayList<>();
        String note = labelNote(n);
        if (note != null) {
            out.add(note);
        }
        out.addAll(List.of(lines));
        return out;
    }

    /** Most groups of coincident points a legend names (the others are counted). */
    static final int COINCIDENT_NAMED = 4;

    /**
     * @param x the points' x in pixels
     * @param y their y
     * @return the groups of two or more points drawn at the same place (to a tenth of a pixel, as
     *     written), each in index order, groups in the order of their first point
     */
    public static List<List<Integer>> coincident(double[] x, double[] y) {
        java.util.Map<String, List<Integer>> at = new java.util.LinkedHashMap<>();
        for (int i = 0; i < x.length; i++) {
            at.computeIfAbsent(Svg.num(x[i]) + "," + Svg.num(y[i]), k -> new ArrayList<>()).add(i);
        }
        return at.values().stream().filter(g -> g.size() > 1).toList();
    }

    /**
     * Rings the points that share a place, so that one dot is not read as one variable (the ring's
     * tooltip names them).
     *
     * @param svg the picture
     * @param ids the points' ids
     * @param x their x in pixels
     * @param y their y
     */
    public void ringCoincident(Svg svg, List<String> ids, double[] x, double[] y) {
        for (List<Integer> g : coincident(x, y)) {
            int i = g.get(0);
            svg.circle(x[i], y[i], markerRadius() + 3.5, "class=\"coincident\" fill=\"none\" stroke=\"#333\" "
                    + "stroke-width=\"1.2\" stroke-dasharray=\"2 2\"", String.join(" = ", g.stream().map(ids::get)
                            .toList()) + ": the same point");
        }
    }

    /**
     * @param ids the points' ids
     * @param x their x in pixels
     * @param y their y
     * @return legend lines naming each group of coincident points (at most
     *     {@value #COINCIDENT_NAMED}, the others counted); none when there are none
     */
    public static List<String> coincidentLegend(List<String> ids, double[] x, double[] y) {
        List<List<Integer>> groups = coincident(x, y);
        List<String> lines = new ArrayList<>();
        if (!groups.isEmpty()) {
            lines.add("Dashed ring: variables on the same point:");
            for (List<Integer> g : groups.subList(0, Math.min(COINCIDENT_NAMED, groups.size()))) {
                lines.add("  " + shorten(String.join(" = ", g.stream().map(ids::get).toList()), 36));
            }
            if (groups.size() > COINCIDENT_NAMED) {
                lines.add("  and " + (groups.size() - COINCIDENT_NAMED) + " more (hover the rings)");
            }
        }
        return lines;
    }
}
