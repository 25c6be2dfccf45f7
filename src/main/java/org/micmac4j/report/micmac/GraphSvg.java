package org.micmac4j.report.micmac;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.micmac4j.report.internal.Groups;
import org.micmac4j.report.internal.render.Numbers;
import org.micmac4j.report.internal.render.Palette;
import org.micmac4j.report.internal.render.PlaneFrame;
import org.micmac4j.report.internal.render.Svg;
import org.micmac4j.report.internal.render.TextFit;

/**
 * An influence graph as SVG: variables on a circle grouped by colour, links as curved arrows
 * styled by class (darker and thicker = stronger; P links dashed red), labels written radially
 * outside the circle so that they cannot overlap, and a legend of classes and groups.
 */
final class GraphSvg {
    /** Stroke colours of quantile classes, weakest first. */
    private static final String[] QUANTILE_COLOURS = {"#c6dbef", "#9ecae1", "#6baed6", "#2171b5", "#08306b"};
    private static final double[] QUANTILE_WIDTHS = {0.7, 1.0, 1.4, 2.0, 2.8};
    /** Direct classes 1, 2, 3, P. */
    private static final String[] DIRECT_COLOURS = {"#9ecae1", "#4292c6", "#08306b", "#d62728"};
    private static final double[] DIRECT_WIDTHS = {1.0, 1.7, 2.6, 1.7};

    /** The circle's radius grows with the number of variables up to this, in pixels. */
    static final double RADIUS_MAX = 800;

    private GraphSvg() {
    }

    /**
     * @param graph the graph
     * @return the SVG document (no XML declaration)
     */
    static String of(InfluenceGraph graph) {
        int n = graph.variables().size();
        Palette palette = Groups.palette(graph.variables());
        double fs = n <= 40 ? 12 : Math.max(9, 12 - (n - 40) / 20.0);
        double radius = Math.min(RADIUS_MAX, Math.max(230, n * 3.4));
        double nodeR = n <= 40 ? 7 : n <= PlaneFrame.LABEL_ALL_MAX ? 5 : 3;
        double labelRoom = 12 * fs * 0.62 + 20;
        double cx = labelRoom + radius + 20;
        double legendX = cx + radius + labelRoom + 20;
        double width = legendX + 300;
        boolean direct = graph.classNames() == InfluenceGraph.DIRECT_CLASSES;
        List<InfluenceGraph.Edge> drawn = graph.drawn(MicmacReport.DRAWN_LINKS_PER_VARIABLE);
        // The subtitle wraps to the picture's width (never clipped); the circle moves down by its extra lines.
        List<String> subtitle = TextFit.wrap(String.format(Locale.ROOT, "Filter: strongest %s %% of %d links%s (%d, "
                + "in the .dot and .graphml files). Drawn: %d, at most the %d strongest from each variable%s.",
                Numbers.fixed(graph.percent(), 0), graph.totalEdges(), graph.capped() ? ", capped per variable" : "",
                graph.edges().size(), drawn.size(), MicmacReport.DRAWN_LINKS_PER_VARIABLE,
                direct ? ", P links always" : "; line width grows with the weight"), width - 40, 13, 3);
        double cy = 70 + 17 * (subtitle.size() - 1) + labelRoom + radius;
        double height = Math.max(cy + radius + labelRoom + 20, 120 + 22.0 * (palette.groups().size()
                + graph.classNames().size() + 6));
        String title = (graph.name().equals("direct") ? "Direct" : "Indirect") + " influence graph";
        Svg svg = new Svg(width, height, title, 13);
        svg.text(20, 26, title, "font-size=\"17\" font-weight=\"bold\" fill=\"#222\"");
        for (int l = 0; l < subtitle.size(); l++) {
            svg.text(20, 46 + 17 * l, subtitle.get(l), "fill=\"#555\"");
        }
        svg.raw(markers(direct));
        int[] slot = circleOrder(graph, palette);
        double[] x = new double[n];
        double[] y = new double[n];
        double[] angle = new double[n];
        for (int i = 0; i < n; i++) {
            angle[i] = -Math.PI / 2 + 2 * Math.PI * slot[i] / n;
            x[i] = cx + radius * Math.cos(angle[i]);
            y[i] = cy + radius * Math.sin(angle[i]);
        }
        List<InfluenceGraph.Edge> edges = new ArrayList<>(drawn);
        edges.sort(Comparator.comparingDouble(InfluenceGraph.Edge::weight)); // strongest drawn on top
        double[] range = weightRange(edges);
        for (InfluenceGraph.Edge e : edges) {
            double w = direct ? DIRECT_WIDTHS[e.edgeClass()]
                    : 0.8 + 2.6 * (range[1] > range[0] ? (e.weight() - range[0]) / (range[1] - range[0]) : 1);
            edge(svg, e, x, y, cx, cy, nodeR, direct, w);
        }
        boolean[] labelled = labelled(n, drawn);
        for (int i = 0; i < n; i++) {
            svg.circle(x[i], y[i], nodeR, "class=\"node\" fill=\"" + palette.colour(i) + "\" stroke=\"#333\"",
                    graph.variables().get(i).id() + " — " + graph.variables().get(i).name());
            if (labelled[i]) {
                nodeLabel(svg, graph.variables().get(i).id(), x[i], y[i], angle[i], nodeR + 4, fs);
            }
        }
        legend(svg, graph, palette, direct, legendX, 90 + 17 * (subtitle.size() - 1));
        return svg.end();
    }

    /**
     * Every node is labelled up to {@link PlaneFrame#LABEL_ALL_MAX} variables; above, the
     * {@link PlaneFrame#LABEL_TOP} with the largest total weight of drawn links (the others keep
     * their tooltip), since the circle has no room for thousands of labels.
     */
    private static boolean[] labelled(int n, List<InfluenceGraph.Edge> drawn) {
        boolean[] out = new boolean[n];
        if (n <= PlaneFrame.LABEL_ALL_MAX) {
            java.util.Arrays.fill(out, true);
            return out;
        }
        double[] weight = new double[n];
        for (InfluenceGraph.Edge e : drawn) {
            weight[e.from()] += e.weight();
            weight[e.to()] += e.weight();
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -weight[i]).thenComparingInt(i -> i));
        for (int k = 0; k < PlaneFrame.LABEL_TOP; k++) {
            out[order[k]] = true;
        }
        return out;
    }

    private static double[] weightRange(List<InfluenceGraph.Edge> edges) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (InfluenceGraph.Edge e : edges) {
            if (!e.potential()) {
                min = Math.min(min, e.weight());
                max = Math.max(max, e.weight());
            }
        }
        return new double[] {min, max};
    }

    /** Slots on the circle: groups together (in palette order), matrix order within a group. */
    private static int[] circleOrder(InfluenceGraph graph, Palette palette) {
        int n = graph.variables().size();
        int[] slot = new int[n];
        int next = 0;
        for (String g : palette.groups()) {
            for (int i = 0; i < n; i++) {
                if (Groups.of(graph.variables().get(i)).equals(g)) {
                    slot[i] = next++;
                }
            }
        }
        return slot;
    }

    private static String markers(boolean direct) {
        String[] colours = direct ? DIRECT_COLOURS : QUANTILE_COLOURS;
        StringBuilder sb = new StringBuilder("<defs>");
        for (int c = 0; c < colours.length; c++) {
            sb.append(Svg.arrowMarker("head" + c, colours[c], 6, true));
        }
        return sb.append("</defs>\n").toString();
    }

    /**
     * A quadratic curve bowed towards the centre; the two directions of a pair bow to opposite
     * sides so that they stay distinct.
     */
    private static void edge(Svg svg, InfluenceGraph.Edge e, double[] x, double[] y, double cx, double cy, double nodeR,
            boolean direct, double w) {
        double x0 = x[e.from()];
        double y0 = y[e.from()];
        double x1 = x[e.to()];
        double y1 = y[e.to()];
        double mx = (x0 + x1) / 2;
        double my = (y0 + y1) / 2;
        double len = Math.hypot(x1 - x0, y1 - y0);
        double side = 0.06 * len;
        double qx = mx + (cx - mx) * 0.35 + (y1 - y0) / len * side;
        double qy = my + (cy - my) * 0.35 - (x1 - x0) / len * side;
        double tx = x1 - qx;
        double ty = y1 - qy;
        double tl = Math.hypot(tx, ty);
        double ex = x1 - tx / tl * (nodeR + 1);
        double ey = y1 - ty / tl * (nodeR + 1);
        int c = e.edgeClass();
        String colour = (direct ? DIRECT_COLOURS : QUANTILE_COLOURS)[c];
        svg.raw("<path class=\"edge\" d=\"M" + Svg.num(x0) + "," + Svg.num(y0) + " Q" + Svg.num(qx) + "," + Svg.num(qy)
                + " " + Svg.num(ex) + "," + Svg.num(ey) + "\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\""
                + Svg.num(w) + "\" stroke-opacity=\"0.8\"" + (e.potential() ? " stroke-dasharray=\"5 3\"" : "")
                + " marker-end=\"url(#head" + c + ")\"/>\n");
    }

    /** A label along the radius, outside the circle, never upside down. */
    private static void nodeLabel(Svg svg, String id, double x, double y, double angle, double offset, double fs) {
        double deg = Math.toDegrees(angle);
        boolean left = Math.cos(angle) < 0;
        double lx = x + Math.cos(angle) * offset;
        double ly = y + Math.sin(angle) * offset;
        double rot = left ? deg + 180 : deg;
        svg.text(lx, ly, id, "class=\"label\" font-size=\"" + Svg.num(fs) + "\" dominant-baseline=\"central\" "
                + "text-anchor=\"" + (left ? "end" : "start") + "\" transform=\"rotate(" + Svg.num(rot) + " "
                + Svg.num(lx) + " " + Svg.num(ly) + ")\" fill=\"#1a1a1a\"");
    }

    private static void legend(Svg svg, InfluenceGraph graph, Palette palette, boolean direct, double x, double y) {
        svg.text(x, y, "Link classes", "font-weight=\"bold\"");
        y += 22;
        int[] counts = new int[graph.classNames().size()];
        for (InfluenceGraph.Edge e : graph.drawn(MicmacReport.DRAWN_LINKS_PER_VARIABLE)) {
            counts[e.edgeClass()]++;
        }
        List<String> empty = new ArrayList<>();
        for (int c = graph.classNames().size() - 1; c >= 0; c--) {
            if (counts[c] == 0) {
                empty.add(graph.classNames().get(c));
                continue;
            }
            String colour = (direct ? DIRECT_COLOURS : QUANTILE_COLOURS)[c];
            double w = (direct ? DIRECT_WIDTHS : QUANTILE_WIDTHS)[c];
            svg.line(x, y - 4, x + 34, y - 4, "stroke=\"" + colour + "\" stroke-width=\"" + Svg.num(w + 0.5) + "\""
                    + (direct && c == 3 ? " stroke-dasharray=\"5 3\"" : ""));
            svg.text(x + 44, y, graph.classNames().get(c) + " (" + counts[c] + " drawn)", "fill=\"#222\"");
            y += 20;
        }
        List<String> notes = new ArrayList<>();
        if (!direct) {
            notes.add("Classes: quintiles of the non-zero off-diagonal entries of MDI^k.");
        }
        if (!empty.isEmpty()) {
            // A class no drawn link falls in is not a legend entry: say why it is missing instead.
            notes.add("Classes with no drawn link (" + String.join(", ", empty) + ") are not listed: each variable's "
                    + MicmacReport.DRAWN_LINKS_PER_VARIABLE + " strongest links all fall in the "
                    + (empty.size() == counts.length - 1 ? "class" : "classes") + " above.");
        }
        for (String note : notes) {
            for (String line : TextFit.wrap(note, 280, 13, 4)) {
                svg.text(x, y + 4, line, "fill=\"#555\"");
                y += 18;
            }
            y += 4;
        }
        y += 20;
        svg.text(x, y, "Groups", "font-weight=\"bold\"");
        y += 22;
        for (String g : palette.groups()) {
            svg.circle(x + 6, y - 4, 6, "fill=\"" + palette.colourOf(g) + "\"", null);
            svg.text(x + 18, y, PlaneFrame.shorten(g, 36), "fill=\"#222\"");
            y += 20;
        }
    }
}
