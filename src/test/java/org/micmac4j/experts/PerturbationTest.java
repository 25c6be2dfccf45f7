package org.micmac4j.experts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.micmac4j.Draws;
import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Scale;
import org.micmac4j.testutil.RandomMatrices;

/**
 * The perturbation drawn by geometric skipping has the law of one Bernoulli trial per cell
 * (docs/METHOD.md, Monte Carlo robustness). Fixed seeds make the tests deterministic; every
 * tolerance is a quantile of the statistic's own law at a one-in-a-million level, not a tuned
 * number.
 */
class PerturbationTest {
    private static final int DRAWS = 3000;
    /** Two-sided normal quantile at 1e-6. */
    private static final double Z = NormalDistribution.of(0, 1).inverseSurvivalProbability(0.5e-6);

    /** A 40-variable classic matrix with P cells, zeros, 1s, 2s and 3s. */
    private static InfluenceMatrix base() {
        return RandomMatrices.withPotential(11, 40, 0.5, 0.1);
    }

    private static InfluenceMatrix draw(Perturbation source, long seed, int d) {
        return source.draw(Draws.withDefaults().withSeed(seed).stream(d));
    }

    /** The same matrix, not known to be fixed: the perturbation then thins one process over every cell. */
    private static DrawSource changing(InfluenceMatrix m) {
        return new DrawSource() {
            @Override
            public InfluenceMatrix draw(org.apache.commons.rng.UniformRandomProvider rng) {
                return m;
            }

            @Override
            public DrawSource copy() {
                return this;
            }
        };
    }

    /** A fixed matrix: one process per kind of cell over their lists. */
    @Test
    void eachCellMovesWithItsProbabilityIndependentlyOfItsPlaceByKind() {
        eachCellMovesWithItsProbability(new FixedMatrix(base()));
    }

    /** A matrix that may change per draw: one thinned process over every cell. */
    @Test
    void eachCellMovesWithItsProbabilityIndependentlyOfItsPlaceThinned() {
        eachCellMovesWithItsProbability(changing(base()));
    }

    private static void eachCellMovesWithItsProbability(DrawSource base) {
        InfluenceMatrix m = base();
        int n = m.size();
        double p = 0.1;
        double q = 0.03;
        Perturbation source = new Perturbation(base, p, q, 3);
        int[] moves = new int[n * n];
        int[] ups = new int[4];
        int[] downs = new int[4];
        for (int d = 0; d < DRAWS; d++) {
            InfluenceMatrix x = draw(source, 7, d);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double before = m.value(i, j);
                    double after = x.value(i, j);
                    assertEquals(m.isPotential(i, j), x.isPotential(i, j), "P cells never move");
                    if (after == before) {
                        continue;
                    }
                    assertTrue(i != j && !m.isPotential(i, j), "diagonal and P cells never move");
                    assertEquals(1, Math.abs(after - before), 0, "a move is one step");
                    assertTrue(after >= 0 && after <= 3, "within the scale");
                    moves[i * n + j]++;
                    if (before > 0) {
                        (after > before ? ups : downs)[(int) before]++;
                    }
                }
            }
        }
        double[] rates = new double[n * n];
        int nonZero = 0;
        int zero = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int c = i * n + j;
                if (i == j || m.isPotential(i, j)) {
                    rates[c] = 0;
                } else if (m.value(i, j) == 0) {
                    rates[c] = q;
                    zero++;
                } else {
                    rates[c] = p;
                    nonZero++;
                }
            }
        }
        assertTrue(nonZero > 300 && zero > 300, "a base with both kinds of cells");
        assertBinomialTotal(moves, rates, p, "non-zero cells");
        assertBinomialTotal(moves, rates, q, "zero cells");
        assertHomogeneous(moves, rates, p, "non-zero cells");
        assertHomogeneous(moves, rates, q, "zero cells");
        // Direction: up or down with probability 1/2 below the top; always down at the top.
        for (int v = 1; v <= 2; v++) {
            int total = ups[v] + downs[v];
            assertTrue(Math.abs(ups[v] - total / 2.0) <= Z * Math.sqrt(total / 4.0),
                    "value " + v + ": " + ups[v] + " up of " + total);
        }
        assertEquals(0, ups[3], "the top never moves up");
        assertTrue(downs[3] > 0);
    }

    /** The moves of all cells of the given rate: Binomial(draws × cells, rate). */
    private static void assertBinomialTotal(int[] moves, double[] rates, double rate, String what) {
        long trials = 0;
        long moved = 0;
        for (int c = 0; c < moves.length; c++) {
            if (rates[c] == rate) {
                trials += DRAWS;
                moved += moves[c];
            }
        }
        double mean = trials * rate;
        double sd = Math.sqrt(trials * rate * (1 - rate));
        assertTrue(Math.abs(moved - mean) <= Z * sd, what + ": " + moved + " moves, expected " + mean + " ± " + Z * sd);
    }

    /**
     * Every cell of one rate moves as often, whatever its row or column (skipping errors at row
     * starts, the first or the last cell would show): the Pearson statistic of the per-cell counts
     * against Binomial(draws, rate) follows chi-square with one degree of freedom per cell.
     */
    private static void assertHomogeneous(int[] moves, double[] rates, double rate, String what) {
        double expected = DRAWS * rate;
        double variance = DRAWS * rate * (1 - rate);
        double chi2 = 0;
        int cells = 0;
        for (int c = 0; c < moves.length; c++) {
            if (rates[c] == rate) {
                chi2 += (moves[c] - expected) * (moves[c] - expected) / variance;
                cells++;
            }
        }
        ChiSquaredDistribution law = ChiSquaredDistribution.of(cells);
        assertTrue(chi2 >= law.inverseCumulativeProbability(0.5e-6)
                && chi2 <= law.inverseSurvivalProbability(0.5e-6), what + ": chi-square " + chi2 + " on " + cells);
    }

    /**
     * Where a per-cell Bernoulli draw is certain (p = 1 or q = 1 on cells whose direction is
     * forced), the draw equals the naive reference written cell by cell.
     */
    @Test
    void certainMovesEqualTheNaiveReference() {
        InfluenceMatrix m = base();
        int n = m.size();
        // Every non-zero at the top (3): a move must go down.
        InfluenceMatrix.Builder top = InfluenceMatrix.builder(m.variables());
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (m.isPotential(i, j)) {
                    top.potential(i, j);
                } else if (m.value(i, j) != 0) {
                    top.set(i, j, 3);
                }
            }
        }
        InfluenceMatrix all3 = top.build();
        for (double[] pq : new double[][] {{1, 1}, {1, 0}, {0, 1}}) {
          for (DrawSource source : List.of(new FixedMatrix(all3), changing(all3))) {
            InfluenceMatrix drawn = draw(new Perturbation(source, pq[0], pq[1], 3), 3, 0);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double v = all3.value(i, j);
                    double expected = v;
                    if (i != j && !all3.isPotential(i, j)) {
                        expected = v == 0 ? (pq[1] == 1 ? 1 : 0) : (pq[0] == 1 ? 2 : 3);
                    }
                    assertEquals(expected, drawn.value(i, j), Arrays.toString(pq) + " cell " + i + "," + j);
                    assertEquals(all3.isPotential(i, j), drawn.isPotential(i, j));
                }
            }
          }
        }
        // A binary matrix (top 1) with p = 1: every 1 becomes 0.
        double[][] classic = RandomMatrices.classic(4, 20, 0.4);
        InfluenceMatrix.Builder b = InfluenceMatrix.builder(InfluenceMatrix.of(classic).variables())
                .scale(Scale.BINARY);
        for (int i = 0; i < 20; i++) {
            for (int j = 0; j < 20; j++) {
                b.set(i, j, classic[i][j] != 0 ? 1 : 0);
            }
        }
        InfluenceMatrix ones = b.build();
        assertEquals(0, draw(new Perturbation(new FixedMatrix(ones), 1, 0, 1), 3, 1).nonZeroCount());
        assertEquals(0, draw(new Perturbation(changing(ones), 1, 0, 1), 3, 1).nonZeroCount());
    }

    @Test
    void noMoveDrawnLeavesTheMatrixShared() {
        InfluenceMatrix m = base();
        // Rates so small that no cell moves in one draw with overwhelming probability (1 - 1e-13).
        org.junit.jupiter.api.Assertions.assertSame(
                m, draw(new Perturbation(new FixedMatrix(m), 1e-17, 1e-17, 3), 1, 0));
        org.junit.jupiter.api.Assertions.assertSame(m, draw(new Perturbation(changing(m), 1e-17, 1e-17, 3), 1, 0));
    }
}
