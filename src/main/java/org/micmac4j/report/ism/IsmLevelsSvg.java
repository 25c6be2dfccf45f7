package org.micmac4j.report.ism;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.micmac4j.internal.graph.DisjointSets;
import org.micmac4j.ism.ClosureMode;
import org.micmac4j.ism.IsmEdge;
import org.micmac4j.ism.IsmResult;
import org.micmac4j.ism.IsmVariable;
import org.micmac4j.ism.LevelNumbering;
import org.micmac4j.report.internal.render.Numbers;
import org.micmac4j.report.internal.render.Palette;
import org.micmac4j.report.internal.render.Svg;
import org.micmac4j.report.internal.render.Xml;

/**
 * The ISM level diagram as SVG (docs/METHOD.md §7.2): one row per level, level I at the top when levels
 * are numbered from the sinks (at the bottom when numbered from the sources, so that drivers are
 * always below what they drive); one box per variable, coloured by its ISM-MICMAC cluster; the
 * digraph with transitive edges removed drawn as arrows from a variable to the variables it
 * reaches; each cycle (variables that reach one another, hence share a level) enclosed in a dashed
 * box. Within a row, variables are ordered to shorten the arrows (barycentre sweeps), the members
 * of a cycle side by side.
 */
final class IsmLevelsSvg {
    private static final double LEFT = 120;
    private static final double TOP = 84;
    private static final double ROW_GAP = 96;
    private static final double NODE_H = 28;
    private static final double GAP = 22;
    private static final double LEGEND_WIDTH = 290;
    private static final double FONT = 13;
    private static final String EDGE_COLOUR = "#5b6b7d";
    /** A level wider than this (in pixels) wraps onto further lines, so that the picture stays readable. */
    static final double LINE_WIDTH_MAX = 1600;
    static final double LINE_GAP = NODE_H + 26;

    private IsmLevelsSvg() {
    }

    /**
     * @param result an ISM analysis
     * @return the SVG document (no XML declaration, so that it can also be inlined in HTML)
     */
    static String of(IsmResult result) {
        List<IsmVariable> vars = result.variables();
        int n = vars.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(vars.get(i).id(), i);
        }
        int levels = result.levelCount();
        boolean sinksOnTop = result.config().levelNumbering() == LevelNumbering.FROM_SINKS;
        int[] row = new int[n];
        for (int i = 0; i < n; i++) {
            row[i] = sinksOnTop ? vars.get(i).level() - 1 : levels - vars.get(i).level();
        }
        int[] cycle = cycles(result, index);
        List<List<Integer>> rows = order(result, index, row, cycle, levels);

        int widest = 1;
        int maxInRow = 1;
        for (IsmVariable v : vars) {
            widest = Math.max(widest, v.id().length());
        }
        for (List<Integer> r : rows) {
            maxInRow = Math.max(maxInRow, r.size());
        }
        double nodeW = widest * FONT * 0.62 + 20;
        int perLine = Math.max(1, (int) ((LINE_WIDTH_MAX - GAP) / (nodeW + GAP)));
        maxInRow = Math.min(maxInRow, perLine);
        double plotW = Math.max(520, maxInRow * (nodeW + GAP) + GAP);
        double[] bandTop = new double[levels + 1]; // a level's band grows by one line per perLine members
        bandTop[0] = TOP;
        for (int r = 0; r < levels; r++) {
            int lines = Math.max(1, (rows.get(r).size() + perLine - 1) / perLine);
            bandTop[r + 1] = bandTop[r] + ROW_GAP + (lines - 1) * LINE_GAP;
        }
        double width = LEFT + plotW + 30 + LEGEND_WIDTH;
        Palette palette = Palette.ofClasses(vars.stream().map(v -> v.cluster().name()).toList(),
                IsmPlaneSvg.CLUSTERS);
        double height = Math.max(bandTop[levels] + 30, TOP + 230 + 20.0 * palette.groups().size());
        String title = "ISM level diagram";
        Svg svg = new Svg(width, height, title, FONT);
        svg.text(20, 26, title + " (" + levels + (levels == 1 ? " level" : " levels") + ", " + n + " variables)",
                "font-size=\"17\" font-weight=\"bold\" fill=\"#222\"");
        svg.text(20, 46, "Level I at the " + (sinksOnTop ? "top" : "bottom") + ". An arrow i → j: i reaches j "
                + "(transitive links omitted; a link to a cycle stands for links to all its members).",
                "fill=\"#555\"");
        if (result.config().closure() == ClosureMode.AS_GIVEN) {
            svg.text(20, 64, "Matrix taken as given: levels follow it; arrows follow its transitive closure (dashed: "
                    + "variables that reach one another only in the closure).", "fill=\"#b9770e\"");
        }
        svg.raw("<defs>" + Svg.arrowMarker("ism-arrow", EDGE_COLOUR, 7, true) + "</defs>\n");

        double[] cx = new double[n];
        double[] cy = new double[n];
        for (int r = 0; r < levels; r++) {
            List<Integer> members = rows.get(r);
            double y = bandTop[r] + ROW_GAP / 2;
            svg.rect(LEFT - 100, bandTop[r] + 4, plotW + 100, bandTop[r + 1] - bandTop[r] - 8, "fill=\""
                    + (r % 2 == 0 ? "#f7f9fb" : "#ffffff") + "\" stroke=\"none\"");
            int level = sinksOnTop ? r + 1 : levels - r;
            svg.text(LEFT - 92, y + 5, "Level " + Numbers.roman(level), "font-weight=\"bold\" fill=\"#555\"");
            for (int k = 0; k < members.size(); k++) {
                int line = k / perLine;
                int inLine = Math.min(perLine, members.size() - line * perLine);
                double x0 = LEFT + (plotW - (inLine * (nodeW + GAP) - GAP)) / 2;
                int i = members.get(k);
                cx[i] = x0 + (k % perLine) * (nodeW + GAP) + nodeW / 2;
                cy[i] = y + line * LINE_GAP;
            }
        }
        cycleBoxes(svg, rows, cycle, cx, cy, nodeW);
        int[] unit = new int[n]; // a box: one variable, or the members of a cycle on one level
        for (int i = 0; i < n; i++) {
            unit[i] = i;
            for (int j = 0; j < i; j++) {
                if (cycle[j] == cycle[i] && row[j] == row[i]) {
                    unit[i] = unit[j];
                    break;
                }
            }
        }
        edges(svg, result, index, cx, cy, unit);
        for (int i = 0; i < n; i++) {
            IsmVariable v = vars.get(i);
            svg.raw("<g class=\"variable\">");
            svg.rect(cx[i] - nodeW / 2, cy[i] - NODE_H / 2, nodeW, NODE_H, "class=\"node\" rx=\"5\" fill=\""
                    + palette.colour(i) + "\" fill-opacity=\"0.22\" stroke=\"" + palette.colour(i)
                    + "\" stroke-width=\"1.6\"");
            svg.raw("<title>").raw(Xml.escape(String.format(Locale.ROOT, "%s: level %s, driving power %d, dependence "
                    + "power %d, %s", v.id(), Numbers.roman(v.level()), v.drivingPower(), v.dependencePower(),
                    v.cluster()))).raw("</title>");
            svg.text(cx[i], cy[i] + FONT * 0.36, v.id(), "class=\"label\" text-anchor=\"middle\" "
                    + "font-family=\"DejaVu Sans Mono, Menlo, Consolas, monospace\" fill=\"#1a1a1a\"");
            svg.raw("</g>\n");
        }
        legend(svg, palette, LEFT + plotW + 30, TOP + 10);
        return svg.end();
    }

    /** The cycle of each variable: the smallest index of the variables it shares a cycle with. */
    private static int[] cycles(IsmResult result, Map<String, Integer> index) {
        int n = result.size();
        DisjointSets sets = new DisjointSets(n);
        for (IsmEdge e : result.reducedEdges()) {
            if (e.withinCycle()) {
                sets.union(index.get(e.from()), index.get(e.to()));
            }
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = sets.find(i);
        }
        return out;
    }

    /**
     * Orders each row: cycles kept together as one unit, units sorted by the mean position of
     * their neighbours in the rows already placed, sweeping down then up a few times.
     */
    private static List<List<Integer>> order(IsmResult result, Map<String, Integer> index, int[] row, int[] cycle,
            int levels) {
        int n = row.length;
        List<List<Integer>> neighbours = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            neighbours.add(new ArrayList<>());
        }
        for (IsmEdge e : result.reducedEdges()) {
            if (!e.withinCycle()) {
                int a = index.get(e.from());
                int b = index.get(e.to());
                neighbours.get(a).add(b);
                neighbours.get(b).add(a);
            }
        }
        List<List<Integer>> rows = new ArrayList<>();
        for (int r = 0; r < levels; r++) {
            rows.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            rows.get(row[i]).add(i);
        }
        double[] pos = new double[n];
        place(rows, pos);
        for (int sweep = 0; sweep < 4; sweep++) {
            boolean down = sweep % 2 == 0;
            for (int k = 1; k < levels; k++) {
                int r = down ? k : levels - 1 - k;
                int from = down ? r - 1 : r + 1;
                sortRow(rows.get(r), neighbours, row, from, pos, cycle);
                place(rows, pos);
            }
        }
        return rows;
    }

    /** Positions as fractions of the row width, so that rows of different lengths compare. */
    private static void place(List<List<Integer>> rows, double[] pos) {
        for (List<Integer> r : rows) {
            for (int k = 0; k < r.size(); k++) {
                pos[r.get(k)] = (k + 0.5) / r.size();
            }
        }
    }

    private static void sortRow(List<Integer> members, List<List<Integer>> neighbours, int[] row, int fromRow,
            double[] pos, int[] cycle) {
        Map<Integer, double[]> unitKey = new HashMap<>(); // cycle -> {sum, count, current position}
        for (int i : members) {
            double[] k = unitKey.computeIfAbsent(cycle[i], c -> new double[3]);
            k[2] = Math.max(k[2], pos[i]);
            for (int j : neighbours.get(i)) {
                if (Math.signum(row[j] - row[i]) == Math.signum(fromRow - row[i])) { // on the side already placed
                    k[0] += pos[j];
                    k[1]++;
                }
            }
        }
        members.sort(Comparator.comparingDouble((Integer i) -> {
            double[] k = unitKey.get(cycle[i]);
            return k[1] > 0 ? k[0] / k[1] : k[2];
        }).thenComparingInt(i -> cycle[i]).thenComparingInt(i -> i));
    }

    private static void cycleBoxes(Svg svg, List<List<Integer>> rows, int[] cycle, double[] cx, double[] cy,
            double nodeW) {
        for (List<Integer> r : rows) {
            Map<List<Long>, double[]> extent
                    = new java.util.LinkedHashMap<>(); // (cycle, line) -> {minX, maxX, count, y}
            for (int i : r) {
                double[] e = extent.computeIfAbsent(List.of((long) cycle[i], Math.round(cy[i])),
                        c -> new double[] {Double.MAX_VALUE, -Double.MAX_VALUE, 0, cy[i]});
                e[0] = Math.min(e[0], cx[i]);
                e[1] = Math.max(e[1], cx[i]);
                e[2]++;
            }
            for (Map.Entry<List<Long>, double[]> e : extent.entrySet()) {
                double[] v = e.getValue();
                if (v[2] < 2) {
                    continue;
                }
                double y = v[3];
                double x0 = v[0] - nodeW / 2 - 7;
                double x1 = v[1] + nodeW / 2 + 7;
                svg.rect(x0, y - NODE_H / 2 - 8, x1 - x0, NODE_H + 16, "class=\"cycle\" rx=\"10\" fill=\"#fff7e6\" "
                        + "stroke=\"#d68910\" stroke-width=\"1.4\" stroke-dasharray=\"5 3\"");
                svg.text(x0 + 6, y - NODE_H / 2 - 11, "cycle", "font-size=\"10\" fill=\"#b9770e\"");
            }
        }
    }

    /**
     * The arrows: from the side of the source box facing the target to the opposite side of the
     * target box, ends spread along the box edge so that arrows into one box stay distinct. An arrow
     * from or to a member of a cycle starts or ends at the cycle's box, since the reduced digraph
     * keeps one edge for the whole cycle. Links inside a cycle are drawn only when its members
     * sit on different levels (dashed), which happens when a matrix taken as given is not
     * transitively closed: its levels follow the matrix, its reduced digraph the closure.
     */
    private static void edges(Svg svg, IsmResult result, Map<String, Integer> index, double[] cx, double[] cy,
            int[] cycle) {
        int n = cx.length;
        double[] minX = new double[n];
        double[] maxX = new double[n];
        int[] size = new int[n];
        Arrays.fill(minX, Double.MAX_VALUE);
        Arrays.fill(maxX, -Double.MAX_VALUE);
        for (int i = 0; i < n; i++) {
            int c = cycle[i];
            minX[c] = Math.min(minX[c], cx[i]);
            maxX[c] = Math.max(maxX[c], cx[i]);
            size[c]++;
        }
        double[] ax = new double[n]; // anchor of each unit (cycle or single variable)
        double[] half = new double[n];
        for (int c = 0; c < n; c++) {
            ax[c] = (minX[c] + maxX[c]) / 2;
            half[c] = size[c] > 1 ? NODE_H / 2 + 8 : NODE_H / 2;
        }
        List<int[]> drawn = new ArrayList<>(); // unit from, unit to, within a cycle (0/1)
        for (IsmEdge e : result.reducedEdges()) {
            int a = cycle[index.get(e.from())];
            int b = cycle[index.get(e.to())];
            if (a != b) {
                drawn.add(new int[] {a, b, e.withinCycle() ? 1 : 0});
            }
        }
        List<List<int[]>> out = new ArrayList<>();
        List<List<int[]>> in = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
            in.add(new ArrayList<>());
        }
        for (int[] e : drawn) {
            out.get(e[0]).add(e);
            in.get(e[1]).add(e);
        }
        Map<int[], double[]> ends = new HashMap<>(); // edge -> {x0, x1}
        for (int c = 0; c < n; c++) {
            spread(out.get(c), 1, ax, ax[c], ends, 0);
            spread(in.get(c), 0, ax, ax[c], ends, 1);
        }
        for (int[] e : drawn) {
            double[] x = ends.get(e);
            double y0 = cy[e[0]];
            double y1 = cy[e[1]];
            String path;
            if (Math.abs(y0 - y1) < 1) { // same row (possible with a matrix taken as given): arc above
                double ya0 = y0 - half[e[0]];
                double ya1 = y1 - half[e[1]];
                double top = Math.min(ya0, ya1) - 40;
                path = "M" + Svg.num(x[0]) + "," + Svg.num(ya0) + " C" + Svg.num(x[0]) + "," + Svg.num(top) + " "
                        + Svg.num(x[1]) + "," + Svg.num(top) + " " + Svg.num(x[1]) + "," + Svg.num(ya1 - 1);
            } else {
                double dir = Math.signum(y1 - y0);
                double ys = y0 + dir * half[e[0]];
                double ye = y1 - dir * (half[e[1]] + 1);
                double bend = (ye - ys) * 0.45;
                path = "M" + Svg.num(x[0]) + "," + Svg.num(ys) + " C" + Svg.num(x[0]) + "," + Svg.num(ys + bend) + " "
                        + Svg.num(x[1]) + "," + Svg.num(ye - bend) + " " + Svg.num(x[1]) + "," + Svg.num(ye);
            }
            svg.raw("<path class=\"edge\" d=\"" + path + "\" fill=\"none\" stroke=\"" + EDGE_COLOUR + "\" "
                    + "stroke-width=\"1.3\" stroke-opacity=\"0.85\"" + (e[2] == 1 ? " stroke-dasharray=\"4 3\"" : "")
                    + " marker-end=\"url(#ism-arrow)\"/>\n");
        }
    }

    /** Spreads the ends of a box's arrows along its edge, in the order of the other ends' x. */
    private static void spread(List<int[]> edges, int other, double[] ax, double centre, Map<int[], double[]> ends,
            int slot) {
        edges.sort(Comparator.comparingDouble(e -> ax[e[other]]));
        int k = edges.size();
        double step = Math.min(9, 40.0 / Math.max(1, k));
        for (int m = 0; m < k; m++) {
            ends.computeIfAbsent(edges.get(m), e -> new double[2])[slot] = centre + (m - (k - 1) / 2.0) * step;
        }
    }

    private static void legend(Svg svg, Palette palette, double x, double y) {
        svg.text(x, y + 4, "Clusters (ISM-MICMAC)", "font-weight=\"bold\"");
        y += 24;
        for (String g : palette.groups()) {
            svg.rect(x, y - 11, 22, 14, "rx=\"3\" fill=\"" + palette.colourOf(g) + "\" fill-opacity=\"0.22\" stroke=\""
                    + palette.colourOf(g) + "\" stroke-width=\"1.6\"");
            svg.text(x + 30, y, g, "fill=\"#222\"");
            y += 20;
        }
        y += 14;
        svg.line(x, y - 4, x + 30, y - 4, "stroke=\"" + EDGE_COLOUR + "\" stroke-width=\"1.3\" "
                + "marker-end=\"url(#ism-arrow)\"");
        svg.text(x + 38, y, "reaches (reduced digraph)", "fill=\"#222\"");
        y += 24;
        svg.rect(x, y - 12, 30, 16, "rx=\"6\" fill=\"#fff7e6\" stroke=\"#d68910\" stroke-dasharray=\"5 3\"");
        svg.text(x + 38, y, "cycle: members reach", "fill=\"#222\"");
        svg.text(x + 38, y + 17, "one another", "fill=\"#222\"");
    }
}
