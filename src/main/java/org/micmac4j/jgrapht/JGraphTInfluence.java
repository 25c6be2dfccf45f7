package org.micmac4j.jgrapht;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.micmac4j.InfluenceMatrix;
import org.micmac4j.MicmacResult;
import org.micmac4j.Scale;
import org.micmac4j.Variable;
import org.micmac4j.View;
import org.micmac4j.internal.Messages;

/**
 * Converts between JGraphT graphs and micmac4j influence matrices.
 *
 * <pre>{@code
 * // A JGraphT network analysed by MICMAC: an edge u -> v of weight w is "u influences v with w".
 * InfluenceMatrix m = JGraphTInfluence.matrix(graph, v -> Variable.of(v.code()), graph::getEdgeWeight,
 *         Scale.WEIGHTS);
 * // The indirect influence graph (MDI^k) of an analysis, for JGraphT's algorithms.
 * Graph<Variable, DefaultWeightedEdge> g = JGraphTInfluence.graph(result, View.INDIRECT);
 * double[] pageRank = ...new PageRank<>(g)...;
 * }</pre>
 *
 * <p>Edges point from the influencing to the influenced variable, so that JGraphT's in-centralities
 * (PageRank, Katz) measure dependence and, on {@link org.jgrapht.graph.EdgeReversedGraph}, influence.
 */
public final class JGraphTInfluence {
    private JGraphTInfluence() {
    }

    /**
     * The direct-influence matrix of a graph: one variable per vertex in the graph's vertex order,
     * cell (u, v) the weight of the edge u &rarr; v. An undirected edge influences both ways;
     * parallel edges (a multigraph) add their weights; a self-loop must weigh 0 (MICMAC's diagonal is
     * 0). Edges of weight 0 are left out.
     *
     * @param <V> vertex type
     * @param <E> edge type
     * @param graph the graph, not modified
     * @param variable the variable of a vertex (ids must be distinct)
     * @param weight the weight of an edge, e.g. {@code graph::getEdgeWeight}
     * @param scale the scale that validates weights ({@link Scale#WEIGHTS} for any non-negative
     *     weight, {@link Scale#CLASSIC} for MICMAC's 0..3)
     * @return the matrix (sparse storage chosen automatically)
     * @throws org.micmac4j.InvalidInputException naming the edge when a weight is refused by the
     *     scale, a self-loop weighs more than 0, the graph has no vertex or two vertices share an id
     */
    public static <V, E> InfluenceMatrix matrix(Graph<V, E> graph, Function<? super V, Variable> variable,
            ToDoubleFunction<? super E> weight, Scale scale) {
        Objects.requireNonNull(graph, "graph");
        Map<V, Integer> index = new HashMap<>();
        List<Variable> vars = new ArrayList<>(graph.vertexSet().size());
        for (V v : graph.vertexSet()) {
            index.put(v, vars.size());
            vars.add(Objects.requireNonNull(variable.apply(v), "variable of " + v));
        }
        Messages.require(!vars.isEmpty(), "the graph has no vertex");
        boolean undirected = !graph.getType().isDirected();
        Map<Long, Double> cells = new LinkedHashMap<>();
        for (E e : graph.edgeSet()) {
            double w = weight.applyAsDouble(e);
            int i = index.get(graph.getEdgeSource(e));
            int j = index.get(graph.getEdgeTarget(e));
            Messages.require(!Double.isNaN(w), "edge %s -> %s: NaN weight", vars.get(i).id(), vars.get(j).id());
            Messages.require(i != j || w == 0, "edge %s -> %s: a self-loop must weigh 0 (the MICMAC diagonal is 0), "
                    + "got %s", vars.get(i).id(), vars.get(j).id(), w);
            if (w == 0 || i == j) {
                continue;
            }
            cells.merge(((long) i << 32) | j, w, Double::sum);
            if (undirected) {
                cells.merge(((long) j << 32) | i, w, Double::sum);
            }
        }
        int[] from = new int[cells.size()];
        int[] to = new int[cells.size()];
        double[] w = new double[cells.size()];
        int k = 0;
        for (Map.Entry<Long, Double> c : cells.entrySet()) {
            from[k] = (int) (c.getKey() >>> 32);
            to[k] = (int) (c.getKey() & 0xffffffffL);
            w[k++] = c.getValue();
        }
        return InfluenceMatrix.fromLinks(vars, from, to, w, scale);
    }

    /**
     * A graph's matrix with the vertices' {@code toString()} as ids, JGraphT's edge weights
     * ({@link Graph#getEdgeWeight}: 1 in an unweighted graph) and {@link Scale#WEIGHTS}.
     *
     * @param <V> vertex type
     * @param <E> edge type
     * @param graph the graph, not modified
     * @return the matrix
     */
    public static <V, E> InfluenceMatrix matrix(Graph<V, E> graph) {
        return matrix(graph, v -> Variable.of(String.valueOf(v)), graph::getEdgeWeight, Scale.WEIGHTS);
    }

    /**
     * The influence graph of a matrix: an edge i &rarr; j weighted by cell (i, j) for every non-zero
     * cell, a P cell weighing {@code potentialWeight}.
     *
     * @param m the matrix
     * @param potentialWeight the weight of a P cell
     * @return a new directed weighted graph over the matrix's variables
     */
    public static Graph<Variable, DefaultWeightedEdge> graph(InfluenceMatrix m, double potentialWeight) {
        return graph(m.variables(), m.toArray(potentialWeight));
    }

    /**
     * The influence graph of a view: for a direct view the direct matrix with P cells at the view's
     * weight ({@link org.micmac4j.Micmac#potentialWeight(View)}); for an indirect view the matrix
     * MDI^k (or MPDI^k) at the analysis's order, whose diagonal (walks that return) becomes
     * self-loops. Computing MDI^k costs O(n³ log k).
     *
     * @param result an analysis
     * @param view the view
     * @return a new directed weighted graph over the analysis's variables
     */
    public static Graph<Variable, DefaultWeightedEdge> graph(MicmacResult result, View view) {
        double[][] w = view.isIndirect() ? result.indirectMatrix(view)
                : result.matrix().toArray(result.config().potentialWeight(view));
        return graph(result.variables(), w);
    }

    private static Graph<Variable, DefaultWeightedEdge> graph(List<Variable> vars, double[][] w) {
        Graph<Variable, DefaultWeightedEdge> g = GraphTypeBuilder.<Variable, DefaultWeightedEdge>directed()
                .allowingSelfLoops(true).allowingMultipleEdges(false).weighted(true)
                .edgeClass(DefaultWeightedEdge.class).buildGraph();
        vars.forEach(g::addVertex);
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w.length; j++) {
                if (w[i][j] != 0) {
                    DefaultWeightedEdge e = g.addEdge(vars.get(i), vars.get(j));
                    g.setEdgeWeight(e, w[i][j]);
                }
            }
        }
        return g;
    }
}
