package org.micmac4j.operator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import org.micmac4j.InvalidInputException;
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
        return List.of(IndirectOperators.cumulative(6), IndirectOperators.katz(safeAlpha(m)),
                IndirectOperators.dematel(), IndirectOperators.fuzzyMaxMin(), IndirectOperators.booleanReachability(),
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
    void cumulativeAgreesWithNaiveDensePowerSum(
    @ForAll("classic") double[][] m, @ForAll @IntRange(min = 1, max = 12) int k) {
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
            } catch (InvalidInputException | ArithmeticException refusedOriginal) {
                // A documented refusal (DEMATEL with rho(N) = 1, Perron on an acyclic graph or not converging) must
                // not depend on the order. Only these two kinds are refusals: a NullPointerException or an index out
                // of bounds thrown on both orders is a bug, and propagates instead of counting as "the same refusal".
                RuntimeException refusedPermuted = assertThrows(RuntimeException.class, () -> op.rank(b),
                        op.name() + " refused the original order (" + refusedOriginal.getMessage()
                        + ") but not this one");
                assertEquals(refusedOriginal.getClass(), refusedPermuted.getClass(), op.name());
                continue;
            }
            Ranking rb = op.rank(b);
            for (int k = 0; k < n; k++) {
                assertEquals(ra.influence(order[k]), rb.influence(k), 1e-9 * (1 + Math.abs(rb.influence(k))),
                        op.name());
                assertEquals(ra.dependence(order[k]), rb.dependence(k), 1e-9 * (1 + Math.abs(rb.dependence(k))),
                        op.name());
            }
        }
    }

    /** Classic matrices with some P cells, so that a potential weight changes the weighted matrix. */
    @Provide
    Arbitrary<String[][]> classicWithPotential() {
        return Arbitraries.integers().between(1, 8).flatMap(n -> Arbitraries.of("0", "1", "2", "3", "P")
                .array(String[].class).ofSize(n * n).map(flat -> {
                    String[][] m = new String[n][n];
                    for (int i = 0; i < n; i++) {
                        for (int j = 0; j < n; j++) {
                            m[i][j] = i == j ? "0" : flat[i * n + j];
                        }
                    }
                    return m;
                }));
    }

    /**
     * An operator sees only an {@link InfluenceMatrix}, whose cells it cannot reach (they are private to
     * the root package), so "the matrix is unchanged" holds by construction and checks nothing about an
     * operator. What an operator can get wrong is to keep state between calls (a reused buffer, a cached
     * store): the same matrix ranked again, by the same operator object, then by a fresh one, after the
     * caller scribbled on the first ranking's arrays, must give the same scores. The matrix is also checked
     * cell by cell, P cells included (weights 0 and 3 take different paths through the shared store), and
     * the array it was built from must not be kept. Only the documented refusals are caught.
     */
    @Property(tries = 200)
    void inputIsNeverModified(@ForAll("classicWithPotential") String[][] cells) {
        int n = cells.length;
        InfluenceMatrix.Builder b = InfluenceMatrix.builder(ids(n));
        double[][] values = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (cells[i][j].equals("P")) {
                    b.potential(i, j);
                } else {
                    values[i][j] = Double.parseDouble(cells[i][j]);
                    b.set(i, j, values[i][j]);
                }
            }
        }
        InfluenceMatrix a = b.build();
        double[][] scribbled = {{0, 3}, {2, 0}};
        InfluenceMatrix fromArray = InfluenceMatrix.of(scribbled);
        scribbled[0][1] = 1; // the array given to of() is copied, not kept
        assertEquals(3.0, fromArray.value(0, 1), 0.0);
        for (double weight : new double[] {0, 3}) {
            List<IndirectOperator> ops = operators(values);
            for (int k = 0; k < ops.size(); k++) {
                IndirectOperator op = ops.get(k);
                Ranking first;
                try {
                    first = op.rank(a, weight);
                } catch (InvalidInputException | ArithmeticException refused) {
                    continue; // refusals are checked elsewhere; only the input and purity matter here
                }
                double[] influences = first.influences();
                double[] dependences = first.dependences();
                java.util.Arrays.fill(first.influences(), -7);
                java.util.Arrays.fill(first.dependences(), -7);
                Ranking again = op.rank(a, weight);
                Ranking fresh = operators(values).get(k).rank(a, weight);
                assertArrayEquals(influences, again.influences(), 0.0, op.name() + " kept state between calls");
                assertArrayEquals(dependences, again.dependences(), 0.0, op.name() + " kept state between calls");
                assertArrayEquals(influences, fresh.influences(), 0.0, op.name());
                assertArrayEquals(dependences, fresh.dependences(), 0.0, op.name());
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        assertEquals(cells[i][j].equals("P"), a.isPotential(i, j), op.name() + " P at " + i + "," + j);
                        assertEquals(values[i][j], a.value(i, j), 0.0, op.name() + " cell " + i + "," + j);
                    }
                }
            }
        }
    }

    private static String[] ids(int n) {
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = "V" + (i + 1);
        }
        return ids;
    }
}
