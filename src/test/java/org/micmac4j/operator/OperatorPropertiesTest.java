package org.micmac4j.operator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Ranking;

/** Invariants of every operator on random classic 0..3 matrices, and agreement with naive sums. */
class OperatorPropertiesTest {

    @Provide
    Arbitrary<double[][]> classic() {
        return Arbitraries.integers().between(1, 8).flatMap(n -> Arbitraries.integers().between(0, 3)
                .array(int[].class).ofSize(n * n).map(flat -> {
                    double[][] m = new double[n][n];
                    for (int i = 0; i < n; i++) {
                        for (int j = 0; j < n; j++) {
                            m[i][j] = i == j ? 0 : flat[i * n + j];
                        }
                    }
                    return m;
                }));
    }

    /** α = 0.9 / (largest row sum + 1) is below 1/ρ(M), since ρ(M) is at most the largest row sum. */
    static double safeAlpha(double[][] m) {
        double max = 0;
        for (double[] row : m) {
            double s = 0;
            for (double v : row) {
                s += v;
            }
            max = Math.max(max, s);
        }
        return 0.9 / (max + 1);
    }

    static List<IndirectOperator> operators(double[][] m) {
        return List.of(IndirectOperators.cumulative(6), IndirectOperators.katz(safeAlpha(m)), IndirectOperators.dematel(),
                IndirectOperators.fuzzyMaxMin(), IndirectOperators.booleanReachability(),
                IndirectOperators.perronLimit());
    }

    /**
     * The reference: the dense terms c^(j-1) M^j for j = 1..terms (each the previous one times c·M,
     * so that they stay finite), summed, as row and column sums.
     */
    static double[][] naivePowerSum(double[][] m, double c, int terms) {
        int n = m.length;
        double[][] power = new double[n][];
        for (int i = 0; i < n; i++) {
            power[i] = m[i].clone();
        }
        double[] rows = new double[n];
        double[] columns = new double[n];
        for (int t = 1; t <= terms; t++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    rows[i] += power[i][j];
                    columns[j] += power[i][j];
                }
            }
            double[][] next = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < n; k++) {
                    for (int j = 0; j < n; j++) {
                        next[i][j] += power[i][k] * c * m[k][j];
                    }
                }
            }
            power = next;
        }
        return new double[][] {rows, columns};
    }

    static double[] shares(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = s == 0 ? 0 : v[i] / s;
        }
        return out;
    }

    @Property
    void cumulativeAgreesWithNaiveDensePowerSum(@ForAll("classic") double[][] m, @ForAll @IntRange(min = 1, max = 12) int k) {
        double[][] want = naivePowerSum(m, 1, k);
        Ranking r = IndirectOperators.cumulative(k).rank(InfluenceMatrix.of(m));
        assertArrayEquals(shares(want[0]), r.influences(), 1e-12);
        assertArrayEquals(shares(want[1]), r.dependences(), 1e-12);
    }

    @Property
    void katzAgreesWithNaiveDensePowerSum(@ForAll("classic") double[][] m) {
        double alpha = safeAlpha(m);
        // alpha * rho <= 0.9 * max / (max + 1) < 0.96 for these matrices; 1200 terms leave < 1e-20 of the tail
        double[][] want = naivePowerSum(m, alpha, 1200);
        Ranking r = IndirectOperators.katz(alpha).rank(InfluenceMatrix.of(m));
        for (int i = 0; i < m.length; i++) {
            assertEquals(want[0][i], r.influence(i), 1e-9 * (1 + want[0][i]));
            assertEquals(want[1][i], r.dependence(i), 1e-9 * (1 + want[1][i]));
        }
    }

    @Property(tries = 300)
    void permutingVariablesPermutesEveryOperatorsScores(@ForAll("classic") double[][] m, @ForAll long seed) {
        int n = m.length;
        List<Integer> shuffled = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            shuffled.add(i);
        }
        Collections.shuffle(shuffled, new Random(seed));
        int[] order = shuffled.stream().mapToInt(Integer::intValue).toArray();
        InfluenceMatrix a = InfluenceMatrix.of(m);
        InfluenceMatrix b = a.permute(order);
        for (IndirectOperator op : operators(m)) {
            Ranking ra;
            try {
                ra = op.rank(a);
            } catch (RuntimeException refusedOriginal) {
                // a refusal (DEMATEL with rho(N) = 1, Perron on an acyclic graph) must not depend on the order
                RuntimeException refusedPermuted = null;
                try {
                    op.rank(b);
                } catch (RuntimeException e) {
                    refusedPermuted = e;
                }
                assertEquals(refusedOriginal.getClass(), refusedPermuted == null ? null : refusedPermuted.getClass(),
                        op.name());
                continue;
            }
            Ranking rb = op.rank(b);
            for (int k = 0; k < n; k++) {
                assertEquals(ra.influence(order[k]), rb.influence(k), 1e-9 * (1 + Math.abs(rb.influence(k))), op.name());
                assertEquals(ra.dependence(order[k]), rb.dependence(k), 1e-9 * (1 + Math.abs(rb.dependence(k))),
                        op.name());
            }
        }
    }

    @Property(tries = 200)
    void inputIsNeverModified(@ForAll("classic") double[][] m) {
        double[][] before = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            before[i] = m[i].clone();
        }
        InfluenceMatrix a = InfluenceMatrix.of(m);
        for (IndirectOperator op : operators(m)) {
            try {
                op.rank(a, 3);
            } catch (RuntimeException refused) {
                // refusals are checked elsewhere; only the input matters here
            }
        }
        for (int i = 0; i < m.length; i++) {
            assertArrayEquals(before[i], m[i], 0.0);
        }
        assertEquals(InfluenceMatrix.of(before), a);
    }
}
