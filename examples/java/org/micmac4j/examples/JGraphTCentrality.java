package org.micmac4j.examples;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.EdgeReversedGraph;
import org.micmac4j.Micmac;
import org.micmac4j.MicmacResult;
import org.micmac4j.Ranking;
import org.micmac4j.Variable;
import org.micmac4j.View;
import org.micmac4j.io.MatrixCsv;
import org.micmac4j.jgrapht.JGraphTInfluence;
import org.micmac4j.operator.OperatorComparison;

/**
 * MICMAC's indirect ranking next to JGraphT's PageRank on the same influence graph.
 *
 * <p>The direct matrix becomes a JGraphT graph ({@link JGraphTInfluence#graph(MicmacResult, View)}),
 * edges pointing from the influencing to the influenced variable. PageRank scores a vertex by what
 * flows into it, so PageRank on the graph is a dependence score and PageRank on the reversed graph an
 * influence score. Both become a {@link Ranking} and are compared with MICMAC's indirect ranking by
 * Kendall's tau-b ({@link OperatorComparison#tau}): near 1, the two methods order the variables
 * alike; the differences show what PageRank's damping and normalisation by out-weight change against
 * MICMAC's plain sums of MDI^k.
 *
 * <p>Usage: {@code JGraphTCentrality [MATRIX.csv]}, by default the example study's matrix. Needs
 * {@code org.jgrapht:jgrapht-core} on the class path.
 */
public final class JGraphTCentrality {
    private JGraphTCentrality() {
    }

    /**
     * @param result a MICMAC analysis
     * @return the PageRank ranking of its direct graph: influence on the reversed graph, dependence
     *     on the graph
     */
    public static Ranking pageRank(MicmacResult result) {
        Graph<Variable, DefaultWeightedEdge> g = JGraphTInfluence.graph(result, View.DIRECT);
        PageRank<Variable, DefaultWeightedEdge> dependence = new PageRank<>(g);
        PageRank<Variable, DefaultWeightedEdge> influence = new PageRank<>(new EdgeReversedGraph<>(g));
        List<Variable> vars = result.variables();
        double[] inf = new double[vars.size()];
        double[] dep = new double[vars.size()];
        for (int i = 0; i < vars.size(); i++) {
            inf[i] = influence.getVertexScore(vars.get(i));
            dep[i] = dependence.getVertexScore(vars.get(i));
        }
        return Ranking.of(vars, inf, dep);
    }

    /**
     * @param args optional matrix file
     * @throws Exception when the file cannot be read
     */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "examples/hdf-industry-2040/matrix.csv");
        MicmacResult result = Micmac.withDefaults().analyze(MatrixCsv.read(file));
        Ranking micmac = result.view(View.INDIRECT).ranking();
        Ranking pageRank = pageRank(result);
        double[] tau = OperatorComparison.tau(micmac, pageRank);
        System.out.printf(Locale.ROOT, "MICMAC indirect (k = %d) vs JGraphT PageRank: influence tau = %.3f, "
                + "dependence tau = %.3f%n", result.order(), tau[0], tau[1]);
        System.out.println("id        MICMAC infl/dep rank   PageRank infl/dep rank");
        for (int i = 0; i < micmac.size(); i++) {
            System.out.printf(Locale.ROOT, "%-8s  %8d %8d        %8d %8d%n", micmac.variables().get(i).id(),
                    micmac.influenceRank(i), micmac.dependenceRank(i), pageRank.influenceRank(i),
                    pageRank.dependenceRank(i));
        }
    }
}
