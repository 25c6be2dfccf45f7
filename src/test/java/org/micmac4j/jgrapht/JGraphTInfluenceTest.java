package org.micmac4j.jgrapht;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.junit.jupiter.api.Test;
import org.micmac4j.InfluenceMatrix;
import org.micmac4j.InvalidInputException;
import org.micmac4j.Micmac;
import org.micmac4j.MicmacResult;
import org.micmac4j.Scale;
import org.micmac4j.Variable;
import org.micmac4j.View;
import org.micmac4j.testutil.RandomMatrices;

class JGraphTInfluenceTest {

    @Test
    void aWeightedMultigraphBecomesAMatrixWithParallelEdgesAdded() {
        Graph<String, DefaultWeightedEdge> g = new DirectedWeightedMultigraph<>(DefaultWeightedEdge.class);
        List.of("a", "b", "c").forEach(g::addVertex);
        g.setEdgeWeight(g.addEdge("a", "b"), 2);
        g.setEdgeWeight(g.addEdge("a", "b"), 0.5);
        g.setEdgeWeight(g.addEdge("c", "a"), 3);
        InfluenceMatrix m = JGraphTInfluence.matrix(g);
        assertEquals(List.of("a", "b", "c"), m.variables().stream().map(Variable::id).toList());
        assertEquals(2.5, m.value(0, 1), 0);
        assertEquals(3, m.value(2, 0), 0);
        assertEquals(2, m.nonZeroCount());
    }

    @Test
    void anUndirectedEdgeInfluencesBothWays() {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        g.addVertex(1);
        g.addVertex(2);
        g.addEdge(1, 2);
        InfluenceMatrix m = JGraphTInfluence.matrix(g, v -> Variable.of("V" + v), e -> 3, Scale.CLASSIC);
        assertEquals(3, m.value(0, 1), 0);
        assertEquals(3, m.value(1, 0), 0);
    }

    @Test
    void selfLoopsAndRefusedWeightsNameTheEdge() {
        Graph<String, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
        g.addVertex("a");
        g.addVertex("b");
        g.addEdge("a", "a");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> JGraphTInfluence.matrix(g));
        assertTrue(e.getMessage().contains("edge a -> a: a self-loop must weigh 0"), e.getMessage());
        Graph<String, DefaultEdge> h = new DirectedPseudograph<>(DefaultEdge.class);
        h.addVertex("a");
        h.addVertex("b");
        h.addEdge("a", "b");
        e = assertThrows(InvalidInputException.class,
                () -> JGraphTInfluence.matrix(h, v -> Variable.of(v), x -> 4, Scale.CLASSIC));
        assertTrue(e.getMessage().contains("row a (1), column b (2)"), e.getMessage());
    }

    @Test
    void matrixToGraphToMatrixIsTheIdentity() {
        for (long seed = 1; seed <= 20; seed++) {
            InfluenceMatrix m = RandomMatrices.withPotential(seed, 2 + (int) (seed % 9), 0.4, 0.1);
            Graph<Variable, DefaultWeightedEdge> g = JGraphTInfluence.graph(m, 3);
            InfluenceMatrix back = JGraphTInfluence.matrix(g, v -> v, g::getEdgeWeight, Scale.WEIGHTS);
            assertEquals(m.variables(), back.variables());
            for (int i = 0; i < m.size(); i++) {
                for (int j = 0; j < m.size(); j++) {
                    assertEquals(m.weight(i, j, 3), back.value(i, j), 0, seed + ": " + i + "," + j);
                }
            }
        }
    }

    @Test
    void theIndirectViewGraphHoldsMdiToTheK() {
        InfluenceMatrix m = RandomMatrices.withPotential(7, 6, 0.5, 0.0);
        MicmacResult r = Micmac.withDefaults().analyze(m);
        double[][] p = r.indirectMatrix(View.INDIRECT);
        Graph<Variable, DefaultWeightedEdge> g = JGraphTInfluence.graph(r, View.INDIRECT);
        int edges = 0;
        for (int i = 0; i < m.size(); i++) {
            for (int j = 0; j < m.size(); j++) {
                DefaultWeightedEdge e = g.getEdge(m.variable(i), m.variable(j));
                assertEquals(p[i][j], e == null ? 0 : g.getEdgeWeight(e), 0);
                edges += p[i][j] != 0 ? 1 : 0;
            }
        }
        assertEquals(edges, g.edgeSet().size());
        // and its row sums are the view's raw influence
        for (int i = 0; i < m.size(); i++) {
            double sum = 0;
            for (DefaultWeightedEdge e : g.outgoingEdgesOf(m.variable(i))) {
                sum += g.getEdgeWeight(e);
            }
            assertEquals(r.view(View.INDIRECT).rawInfluence(i), sum, 1e-9 * Math.max(1, sum));
        }
    }
}
