package org.micmac4j.operator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.micmac4j.InfluenceMatrix;
import org.micmac4j.InvalidInputException;
import org.micmac4j.Ranking;
import org.micmac4j.dematel.Dematel;

/** Hand-computed examples for each operator (the computations are in the comments). */
class OperatorsTest {
    // M = [[0, 2], [1, 0]], rho(M) = sqrt(2)
    private static final InfluenceMatrix TWO = InfluenceMatrix.of(new double[][] {{0, 2}, {1, 0}});
    private static final InfluenceMatrix CHAIN = InfluenceMatrix.builder("A", "B", "C").set("A", "B", 1)
            .set("B", "C", 1).build();

    @Test
    void cumulativeOnAChainGivesShares() {
        // S_2 = M + M^2: row sums 2, 1, 0 and column sums 0, 1, 2 (total 3)
        Ranking r = IndirectOperators.cumulative(2).rank(CHAIN);
        assertArrayEquals(new double[] {2.0 / 3, 1.0 / 3, 0}, r.influences(), 1e-15);
        assertArrayEquals(new double[] {0, 1.0 / 3, 2.0 / 3}, r.dependences(), 1e-15);
        // M^3 = 0: more orders change nothing
        assertArrayEquals(r.influences(), IndirectOperators.cumulative(50).rank(CHAIN).influences(), 1e-15);
        assertEquals("cumulative(k=2)", IndirectOperators.cumulative(2).name());
    }

    @Test
    void cumulativeOfAHugePowerDoesNotOverflow() {
        // a dense 0..3 matrix at order 2000: entries near 6^2000, far beyond the double range
        double[][] a = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                a[i][j] = i == j ? 0 : 3;
            }
        }
        Ranking r = IndirectOperators.cumulative(2000).rank(InfluenceMatrix.of(a));
        for (int i = 0; i < 3; i++) {
            assertEquals(1.0 / 3, r.influence(i), 1e-12);
        }
    }

    @Test
    void katzByHand() {
        // (I - 0.5 M)^-1 = [[2, 2], [1, 2]], M 1 = (2, 1): influence (6, 4); dependence (4, 6)
        Ranking r = IndirectOperators.katz(0.5).rank(TWO);
        assertArrayEquals(new double[] {6, 4}, r.influences(), 1e-12);
        assertArrayEquals(new double[] {4, 6}, r.dependences(), 1e-12);
    }

    @Test
    void katzAlphaTooLargeIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> IndirectOperators.katz(1).rank(TWO));
        assertTrue(e.getMessage().startsWith("Katz alpha 1.0 is not below 1/rho(M) = 0.7071067811865"), e.getMessage());
        assertTrue(e.getMessage().contains("diverges"), e.getMessage());
        assertTrue(assertThrows(InvalidInputException.class, () -> IndirectOperators.katz(0)).getMessage()
                .contains("alpha must be positive"));
        // an acyclic matrix has rho = 0: any alpha converges; K = M + 100 M^2 (M^3 = 0), row sums 101, 1, 0
        assertArrayEquals(new double[] {101, 1, 0}, IndirectOperators.katz(100).rank(CHAIN).influences(), 1e-9);
    }

    @Test
    void perronLimitByHand() {
        // right eigenvector of M: (sqrt 2, 1); left: (1, sqrt 2); normalised to sum 1
        Ranking r = IndirectOperators.perronLimit().rank(TWO);
        double s = 1 + Math.sqrt(2);
        assertArrayEquals(new double[] {Math.sqrt(2) / s, 1 / s}, r.influences(), 1e-10);
        assertArrayEquals(new double[] {1 / s, Math.sqrt(2) / s}, r.dependences(), 1e-10);
    }

    @Test
    void perronLimitOfAPeriodicCycleConvergesOnMPlusI() {
        // a pure 3-cycle is periodic (its powers never settle); M + I is aperiodic, vectors uniform
        InfluenceMatrix cycle = InfluenceMatrix.builder("A", "B", "C").set("A", "B", 2).set("B", "C", 2)
                .set("C", "A", 2).build();
        Ranking r = IndirectOperators.perronLimit().rank(cycle);
        assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, r.influences(), 1e-10);
        assertArrayEquals(new int[] {1, 1, 1}, r.influenceRanks());
    }

    @Test
    void perronLimitRefusesAcyclicMatrices() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> IndirectOperators.perronLimit().rank(CHAIN));
        assertTrue(e.getMessage().contains("no cycle (M is nilpotent"), e.getMessage());
    }

    @Test
    void perronLimitFailsClearlyWhenTwoClassesShareTheSpectralRadius() {
        // two separate 2-cycles of equal weight and a bridge between them: convergence is only like 1/k
        InfluenceMatrix m = InfluenceMatrix.builder("A", "B", "C", "D").set("A", "B", 1).set("B", "A", 1)
                .set("C", "D", 1).set("D", "C", 1).set("B", "C", 1).build();
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> PerronLimit.withDefaults().withMaxIterations(2000).rank(m));
        assertTrue(e.getMessage().contains("did not converge"), e.getMessage());
    }

    @Test
    void booleanReachabilityOnAChain() {
        Ranking r = IndirectOperators.booleanReachability().rank(CHAIN);
        assertArrayEquals(new double[] {3, 2, 1}, r.influences(), 0.0);
        assertArrayEquals(new double[] {1, 2, 3}, r.dependences(), 0.0);
    }

    @Test
    void potentialCellsCountOnlyWhenWeighted() {
        InfluenceMatrix m = InfluenceMatrix.builder("A", "B", "C").set("A", "B", 1).potential("B", "C").build();
        assertArrayEquals(new double[] {2, 1, 1}, IndirectOperators.booleanReachability().rank(m).influences(), 0.0);
        assertArrayEquals(new double[] {3, 2, 1}, IndirectOperators.booleanReachability().rank(m, 3).influences(),
                0.0);
    }

    @Test
    void adaptersUseDematelAndFuzzy() {
        Ranking d = IndirectOperators.dematel().rank(TWO);
        assertArrayEquals(Dematel.withDefaults().analyze(new double[][] {{0, 2}, {1, 0}}).d(), d.influences(), 0.0);
        // fuzzy: 2 -> 0.5, 1 -> 0.3; stable = [[1, 0.5], [0.3, 1]]
        Ranking f = IndirectOperators.fuzzyMaxMin().rank(TWO);
        assertArrayEquals(new double[] {1.5, 1.3}, f.influences(), 1e-12);
        assertArrayEquals(new double[] {1.3, 1.5}, f.dependences(), 1e-12);
        assertTrue(assertThrows(InvalidInputException.class, () -> IndirectOperators.dematel()
                .rank(InfluenceMatrix.builder("A", "B").set("A", "B", 1).set("B", "A", 1).build()))
                .getMessage().contains("not below 1"));
    }

    @Test
    void comparisonGivesTauMatrices() {
        InfluenceMatrix m = InfluenceMatrix.of(new double[][] {{0, 3, 1, 0}, {1, 0, 2, 0}, {0, 1, 0, 3}, {2, 0, 1, 0}});
        List<IndirectOperator> ops = List.of(IndirectOperators.cumulative(1), IndirectOperators.cumulative(1),
                IndirectOperators.katz(0.1));
        OperatorComparison c = OperatorComparison.of(m, ops);
        assertEquals(List.of("cumulative(k=1)", "cumulative(k=1)", "katz(alpha=0.1)"), c.names());
        assertEquals(ops, c.operators());
        assertEquals(0.0, c.potentialWeight(), 0.0);
        assertEquals(2.5, OperatorComparison.of(m, 2.5, ops).potentialWeight(), 0.0);
        assertEquals(1.0, c.influenceTau(0, 1), 1e-15);
        assertEquals(1.0, c.dependenceTau(0, 0), 1e-15);
        assertEquals(c.influenceTau(0, 2), c.influenceTau(2, 0), 0.0);
        double[][] taus = c.influenceTaus();
        taus[0][2] = 42;
        assertTrue(c.influenceTau(0, 2) != 42);
    }

    @Test
    void tauOfOppositeAndTiedRankings() {
        InfluenceMatrix m = InfluenceMatrix.of(new double[][] {{0, 3, 3}, {0, 0, 1}, {0, 0, 0}});
        Ranking direct = IndirectOperators.cumulative(1).rank(m);
        Ranking transposed = IndirectOperators.cumulative(1).rank(m.transpose());
        // influence (6, 1, 0) vs (0, 3, 4): exactly reversed, tau-b = -1
        assertEquals(-1.0, OperatorComparison.tau(direct, transposed)[0], 1e-15);
        InfluenceMatrix cycle = InfluenceMatrix.builder("A", "B", "C").set("A", "B", 1).set("B", "C", 1)
                .set("C", "A", 1).build();
        Ranking allTied = IndirectOperators.booleanReachability().rank(cycle);
        assertTrue(Double.isNaN(OperatorComparison.tau(allTied, allTied)[0]));
    }
}
