package org.micmac4j.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.MicmacResult;
import org.micmac4j.Scale;
import org.micmac4j.Variable;
import org.micmac4j.View;

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
 * <p>The filter keeps at most {@code percent} % of the links, strongest first. Links tied in weight
 * at the cut are all dropped, so that the choice never depends on the order of the variables (if
 * that would leave nothing, the whole tied top class is kept). P links of the direct graph are
 * always kept: they are few and are what the potential analysis is about.
 *
 * <p>Immutable.
 */
public final class InfluenceGraph {
    /** Default share of links kept, in percent. */
    public static final double PERCENT_DEFAULT = 20;
    /** Class names of the direct graph on the classic scale (index = value - 1, then P). */
    public static final List<String> DIRECT_CLASSES = List.of("1 weak", "2 moderate", "3 strong", "P potential");
    /** Class names of quantile classes, weakest first. */
    public static final List<String> QUANTILE_CLASSES = List.of("weakest", "weak", "moderate", "relatively strong",
            "strongest");

    /**
     * A link.
     *
     * @param from index of the influencing variable
     * @param to index of the influenced variable
     * @param weight the matrix entry (for a P link, the potential weight)
     * @param edgeClass index into {@link #classNames()}, 0 = weakest
     * @param potential whether it is a P cell
     */
    public record Edge(int from, int to, double weight, int edgeClass, boolean potential) {
    }

    private final String name;
    private final List<Variable> variables;
    private final List<String> classNames;
    private final List<Edge> edges;
    private final int totalEdges;
    private final double percent;

    private InfluenceGraph(String name, List<Variable> variables, List<String> classNames, List<Edge> edges,
            int totalEdges, double percent) {
        this.name = name;
        this.variables = variables;
        this.classNames = classNames;
        this.edges = List.copyOf(edges);
        this.totalEdges = totalEdges;
        this.percent = percent;
    }

    /**
     * @param result an analysis
     * @param percent share of links to keep, in (0, 100]
     * @return the direct graph
     */
    public static InfluenceGraph direct(MicmacResult result, double percent) {
        checkPercent(percent);
        InfluenceMatrix m = result.matrix();
        int n = m.size();
        boolean classic = m.scale().equals(Scale.CLASSIC);
        List<Edge> all = new ArrayList<>();
        List<Edge> potential = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (m.isPotential(i, j)) {
                    potential.add(new Edge(i, j, result.config().potentialWeightPotential(), classic ? 3 : 0, true));
                } else if (i != j && m.value(i, j) > 0) {
                    weights.add(m.value(i, j));
                    all.add(new Edge(i, j, m.value(i, j), classic ? (int) m.value(i, j) - 1 : -1, false));
                }
            }
        }
        List<Edge> classed = classic ? all : quantileClasses(all, weights);
        List<Edge> kept = strongest(classed, percent);
        kept.addAll(classic ? potential : List.of());
        return new InfluenceGraph("direct", result.variables(), classic ? DIRECT_CLASSES : QUANTILE_CLASSES, kept,
                classed.size() + (classic ? potential.size() : 0), percent);
    }

    /**
     * @param result an analysis
     * @param percent share of links to keep, in (0, 100]
     * @return the indirect graph of MDI^k
     */
    public static InfluenceGraph indirect(MicmacResult result, double percent) {
        checkPercent(percent);
        double[][] p = result.indirectMatrix(View.INDIRECT);
        List<Edge> all = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < p.length; j++) {
                if (i != j && p[i][j] > 0) {
                    all.add(new Edge(i, j, p[i][j], -1, false));
                    weights.add(p[i][j]);
                }
            }
        }
        List<Edge> classed = quantileClasses(all, weights);
        return new InfluenceGraph("indirect", result.variables(), QUANTILE_CLASSES, strongest(classed, percent),
                classed.size(), percent);
    }

    private static void checkPercent(double percent) {
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("percent must be in (0, 100], got " + percent);
        }
    }

    /** Class = quintile of the weight among all links; tied weights share the lower quintile. */
    private static List<Edge> quantileClasses(List<Edge> edges, List<Double> weights) {
        double[] sorted = weights.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int m = sorted.length;
        List<Edge> out = new ArrayList<>(edges.size());
        for (Edge e : edges) {
            int first = lowerBound(sorted, e.weight());
            int c = Math.min(QUANTILE_CLASSES.size() - 1, first * QUANTILE_CLASSES.size() / m);
            out.add(new Edge(e.from(), e.to(), e.weight(), c, e.potential()));
        }
        return out;
    }

    private static int lowerBound(double[] sorted, double v) {
        int i = Arrays.binarySearch(sorted, v);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted[i - 1] == v) {
            i--;
        }
        return i;
    }

    private static List<Edge> strongest(List<Edge> edges, double percent) {
        return strongest(edges, Math.max(1, (int) Math.floor(edges.size() * percent / 100.0 + 1e-9))); // at most x %
    }

    /**
     * @param edges links
     * @param keep how many to keep at most
     * @return the strongest {@code keep} links, strongest first, ties at the cut dropped (unless
     *     that leaves none)
     */
    static List<Edge> strongest(List<Edge> edges, int keep) {
        List<Edge> sorted = new ArrayList<>(edges);
        sorted.sort(Comparator.comparingDouble(Edge::weight).reversed());
        if (keep >= sorted.size()) {
            return sorted;
        }
        double cut = sorted.get(keep - 1).weight();
        boolean tiedAcross = sorted.get(keep).weight() == cut;
        List<Edge> out = new ArrayList<>();
        for (Edge e : sorted) {
            if (e.weight() > cut || (!tiedAcross && e.weight() == cut)) {
                out.add(e);
            }
        }
        if (out.isEmpty()) { // the whole top is one tie: keep it rather than show nothing
            for (Edge e : sorted) {
                if (e.weight() == cut) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /** @return "direct" or "indirect" */
    public String name() {
        return name;
    }

    /** @return the variables (nodes), unmodifiable */
    public List<Variable> variables() {
        return variables;
    }

    /** @return the class names, weakest first */
    public List<String> classNames() {
        return classNames;
    }

    /** @return the kept links, strongest first (P links last), unmodifiable */
    public List<Edge> edges() {
        return edges;
    }

    /** @return the number of links before filtering */
    public int totalEdges() {
        return totalEdges;
    }

    /** @return the share of links requested, in percent */
    public double percent() {
        return percent;
    }
}
