package org.micmac4j.report.micmac;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.MicmacResult;
import org.micmac4j.Scale;
import org.micmac4j.Variable;
import org.micmac4j.View;
import org.micmac4j.internal.Messages;
import org.micmac4j.internal.WeightSelection;

/**
 * The links of an influence graph with their classes (docs/METHOD.md §6.1), filtered to the strongest.
 *
 * <ul>
 *   <li>{@link #direct}: the direct matrix; on the classic scale the classes are the values
 *       (1 weak, 2 moderate, 3 strong) and P (potential), on other scales quantile classes as for
 *       the indirect graph.</li>
 *   <li>{@link #indirect}: the non-zero off-diagonal entries of MDI^k in five quantile classes
 *       (weakest, weak, moderate, relatively strong, strongest).</li>
 * </ul>
 *
 * <p>The filter keeps at most {@code percent} % of the links, strongest first. Links tied in
 * weight at the cut are all dropped, so that the choice never depends on the order of the
 * variables; if that would leave nothing, the tied top class is kept. Then each variable keeps at
 * most {@code perVariable} of its outgoing links, its strongest, so that a dense matrix yields an
 * export of a size one can open, spread over every variable. Where equal weights compete for a
 * place, a fixed pseudo-random order of the cells decides ({@link #TIE_ORDER}, a hash of their
 * indices), so that no column is favoured: with matrix order every variable's links went to the
 * first columns. P links of the
 * direct graph are always kept: they are what the potential analysis is about.
 *
 * <p>Never holds one object per link of the matrix: the classes and the cut are exact order
 * statistics found by {@link WeightSelection}, and only the kept links are built.
 */
final class InfluenceGraph {
    /** Class names of the direct graph on the classic scale (index = value - 1, then P). */
    static final List<String> DIRECT_CLASSES = List.of("1 weak", "2 moderate", "3 strong", "P potential");
    /** Class names of quantile classes, weakest first. */
    static final List<String> QUANTILE_CLASSES = List.of("weakest", "weak", "moderate", "relatively strong",
            "strongest");

    /** Strongest first; among equal weights, a fixed pseudo-random order of the cells. */
    static final Comparator<Edge> TIE_ORDER = Comparator.comparingDouble(Edge::weight).reversed()
            .thenComparingInt(e -> mix(e.from(), e.to())).thenComparingInt(Edge::from).thenComparingInt(Edge::to);

    /** A hash of a cell (the murmur3 finaliser), to spread ties without favouring low indices. */
    static int mix(int i, int j) {
        int h = i * 0x9E3779B9 + j;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }

    /**
     * A link.
     *
     * @param from index of the influencing variable
     * @param to index of the influenced variable
     * @param weight the matrix entry (for a P link, the potential weight)
     * @param edgeClass index into {@link #classNames()}, 0 = weakest
     * @param potential whether it is a P cell
     */
    record Edge(int from, int to, double weight, int edgeClass, boolean potential) {
    }

    /** The cells of a matrix, for the filter. */
    private interface Cells {
        int size();

        /** @return the link weight of cell (i, j), 0 when there is no link */
        double weight(int i, int j);
    }

    private final String name;
    private final List<Variable> variables;
    private final List<String> classNames;
    private final List<Edge> edges;
    private final long totalEdges;
    private final double percent;
    private final boolean capped;

    private InfluenceGraph(String name, List<Variable> variables, List<String> classNames, List<Edge> edges,
            long totalEdges, double percent, boolean capped) {
        this.name = name;
        this.variables = variables;
        this.classNames = classNames;
        this.edges = List.copyOf(edges);
        this.totalEdges = totalEdges;
        this.percent = percent;
        this.capped = capped;
    }

    /**
     * @param result an analysis
     * @param percent share of links to keep, in (0, 100]
     * @return the direct graph, uncapped
     */
    static InfluenceGraph direct(MicmacResult result, double percent) {
        return direct(result, percent, Integer.MAX_VALUE);
    }

    /**
     * @param result an analysis
     * @param percent share of links to keep, in (0, 100]
     * @param perVariable the most outgoing links kept per variable (P links aside)
     * @return the direct graph
     */
    static InfluenceGraph direct(MicmacResult result, double percent, int perVariable) {
        checkPercent(percent);
        InfluenceMatrix m = result.matrix();
        int n = m.size();
        boolean classic = m.scale().equals(Scale.CLASSIC);
        Cells cells = new Cells() {
            @Override
            public int size() {
                return n;
            }

            @Override
            public double weight(int i, int j) {
                return i == j || m.isPotential(i, j) ? 0 : m.value(i, j);
            }
        };
        Filtered f = filter(cells, percent, perVariable, classic ? null : QUANTILE_CLASSES.size());
        List<Edge> kept = new ArrayList<>(f.edges.size());
        for (Edge e : f.edges) {
            kept.add(classic ? new Edge(e.from(), e.to(), e.weight(), (int) e.weight() - 1, false) : e);
        }
        long potentials = 0;
        if (classic && m.potentialCount() > 0) {
            double w = result.config().potentialWeightPotential();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (m.isPotential(i, j)) {
                        kept.add(new Edge(i, j, w, 3, true));
                        potentials++;
                    }
                }
            }
        }
        return new InfluenceGraph("direct", result.variables(), classic ? DIRECT_CLASSES : QUANTILE_CLASSES, kept,
                f.total + potentials, percent, f.capped);
    }

    /**
     * @param result an analysis
     * @param percent share of links to keep, in (0, 100]
     * @return the indirect graph of MDI^k, uncapped
     */
    static InfluenceGraph indirect(MicmacResult result, double percent) {
        return indirect(result, percent, Integer.MAX_VALUE);
    }

    /**
     * @param result an analysis
     * @param percent share of links to keep, in (0, 100]
     * @param perVariable the most outgoing links kept per variable
     * @return the indirect graph of MDI^k
     */
    static InfluenceGraph indirect(MicmacResult result, double percent, int perVariable) {
        checkPercent(percent);
        double[][] p = result.indirectMatrix(View.INDIRECT);
        Cells cells = new Cells() {
            @Override
            public int size() {
                return p.length;
            }

            @Override
            public double weight(int i, int j) {
                return i == j ? 0 : p[i][j];
            }
        };
        Filtered f = filter(cells, percent, perVariable, QUANTILE_CLASSES.size());
        return new InfluenceGraph("indirect", result.variables(), QUANTILE_CLASSES, f.edges, f.total, percent,
                f.capped);
    }

    static void checkPercent(double percent) {
        Messages.require(percent > 0 && percent <= 100, "graph percent must be in (0, 100], got %s", percent);
    }

    /** The kept links, strongest first, the number of links before filtering, whether the cap cut. */
    private record Filtered(List<Edge> edges, long total, boolean capped) {
    }

    /**
     * Keeps the strongest links: at most {@code percent} %, ties at the cut dropped (unless that
     * leaves none), then at most {@code perVariable} per source variable. With {@code quantiles}, classes are the
     * quantile of the weight among all links (tied weights share the lower class): a link is in class c or
     * above when at least ⌈c·m/q⌉ links are lighter.
     */
    private static Filtered filter(Cells cells, double percent, int perVariable, Integer quantiles) {
        int n = cells.size();
        WeightSelection.Weights weights = sink -> {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double w = cells.weight(i, j);
                    if (w > 0) {
                        sink.accept(w);
                    }
                }
            }
        };
        long[] count = {0};
        weights.forEach(w -> count[0]++);
        long m = count[0];
        if (m == 0) {
            return new Filtered(List.of(), 0, false);
        }
        long keep = Math.max(1, (long) Math.floor(m * percent / 100.0 + 1e-9));
        int q = quantiles == null ? 0 : quantiles;
        int nb = Math.max(0, q - 1); // class bounds
        long[] ranks = new long[nb + 2];
        for (int c = 1; c <= nb; c++) {
            ranks[c - 1] = (c * m + q - 1) / q - 1; // ⌈c·m/q⌉ - 1
        }
        boolean all = keep >= m;
        ranks[nb] = all ? 0 : m - keep; // the weakest kept, ascending rank
        ranks[nb + 1] = all ? 0 : m - keep - 1; // the strongest dropped
        double[] at = WeightSelection.select(weights, ranks);
        double[] bounds = java.util.Arrays.copyOf(at, nb);
        double cut = all ? 0 : at[nb];
        boolean tiedAcross = !all && at[nb + 1] == cut;
        boolean[] capped = {false};
        List<Edge> out = collect(cells, bounds, w -> all || w > cut || (!tiedAcross && w == cut), perVariable, capped);
        if (out.isEmpty()) { // the whole top is one tie: keep it
            out = collect(cells, bounds, w -> w == cut, perVariable, capped);
        }
        out.sort(TIE_ORDER);
        return new Filtered(out, m, capped[0]);
    }

    /** The links passing {@code keep}, at most {@code perRow} per row (the strongest, ties by {@link #TIE_ORDER}). */
    private static List<Edge> collect(Cells cells, double[] bounds, java.util.function.DoublePredicate keep,
            int perRow, boolean[] capped) {
        int n = cells.size();
        List<Edge> out = new ArrayList<>();
        List<Edge> row = new ArrayList<>(); // the row's strongest so far, in TIE_ORDER, at most perRow
        for (int i = 0; i < n; i++) {
            row.clear();
            long found = 0;
            for (int j = 0; j < n; j++) {
                double w = cells.weight(i, j);
                if (w > 0 && keep.test(w)) {
                    found++;
                    // Bounded selection instead of one Edge per cell and a sort per row (the
                    // report's top cost at n = 3000): a strictly weaker link never enters.
                    if (perRow > 0 && row.size() == perRow && w < row.get(perRow - 1).weight()) {
                        continue;
                    }
                    int c = 0;
                    for (double b : bounds) {
                        c += w > b ? 1 : 0;
                    }
                    Edge e = new Edge(i, j, w, c, false);
                    int at = Collections.binarySearch(row, e, TIE_ORDER);
                    at = at < 0 ? -at - 1 : at;
                    if (at < perRow) {
                        row.add(at, e);
                        if (row.size() > perRow) {
                            row.remove(perRow);
                        }
                    }
                }
            }
            if (found > perRow) {
                capped[0] = true;
            }
            out.addAll(row);
        }
        return out;
    }

    /**
     * The links a picture draws: each variable's strongest outgoing links, at most {@code perVariable}
     * of them (ties by {@link #TIE_ORDER}), and every P link.
     *
     * @param perVariable the most links drawn from one variable
     * @return the links, strongest first (P links last)
     */
    List<Edge> drawn(int perVariable) {
        int[] fromCount = new int[variables.size()];
        List<Edge> plain = new ArrayList<>();
        List<Edge> potential = new ArrayList<>();
        for (Edge e : edges) { // already in TIE_ORDER
            if (e.potential()) {
                potential.add(e);
            } else if (fromCount[e.from()] < perVariable) {
                fromCount[e.from()]++;
                plain.add(e);
            }
        }
        plain.addAll(potential);
        return plain;
    }

    /** @return "direct" or "indirect" */
    String name() {
        return name;
    }

    /** @return the variables (nodes), unmodifiable */
    List<Variable> variables() {
        return variables;
    }

    /** @return the class names, weakest first */
    List<String> classNames() {
        return classNames;
    }

    /** @return the kept links, strongest first (P links last), unmodifiable */
    List<Edge> edges() {
        return edges;
    }

    /** @return the number of links before filtering */
    long totalEdges() {
        return totalEdges;
    }

    /** @return the share of links requested, in percent */
    double percent() {
        return percent;
    }

    /** @return whether the cap, not the percentage, limited the links kept */
    boolean capped() {
        return capped;
    }
}
