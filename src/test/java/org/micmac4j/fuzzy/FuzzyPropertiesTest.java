package org.micmac4j.fuzzy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Max-min powers on random fuzzy matrices, checked against a naive reference in this test. */
class FuzzyPropertiesTest {

    @Provide
    Arbitrary<double[][]> fuzzy() {
        return Arbitraries.integers().between(1, 8).flatMap(n -> Arbitraries.of(0.0, 0.0, 0.1, 0.3, 0.5, 0.7, 0.9, 1.0)
                .array(double[].class).ofSize(n * n).map(flat -> {
                    double[][] m = new double[n][n];
                    for (int i = 0; i < n; i++) {
                        m[i] = Arrays.copyOfRange(flat, i * n, (i + 1) * n);
                    }
                    return m;
                }));
    }

    /** The reference: (A ∘ B)_ij = max_k min(a_ik, b_kj), written plainly. */
    static double[][] naive(double[][] a, double[][] b) {
        int n = a.length;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double best = 0;
                for (int k = 0; k < n; k++) {
                    best = Math.max(best, Math.min(a[i][k], b[k][j]));
                }
                c[i][j] = best;
            }
        }
        return c;
    }

    @Property
    void unitDiagonalSettlesWithinNMinusOneCompositions(@ForAll("fuzzy") double[][] m) {
        int n = m.length;
        FuzzyResult r = FuzzyMicmac.withDefaults().analyze(FuzzyMatrix.of(m));
        assertTrue(r.converged());
        assertTrue(r.cycleStart() <= Math.max(1, n - 1), "stable at order " + r.cycleStart() + " for n = " + n);
        double[][] s = r.matrix();
        assertTrue(Arrays.deepEquals(s, naive(s, s)), "the stable matrix is idempotent");
        for (int i = 0; i < n; i++) {
            assertEquals(1.0, s[i][i], 0.0);
            for (int j = 0; j < n; j++) {
                assertTrue(s[i][j] >= (i == j ? 1 : m[i][j]));
            }
        }
    }

    @Property
    void zeroDiagonalCycleMatchesANaiveSearch(@ForAll("fuzzy") double[][] m) {
        int n = m.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = m[i].clone();
            a[i][i] = 0;
        }
        List<double[][]> powers = new ArrayList<>();
        powers.add(a);
        int start = -1;
        int period = -1;
        while (start < 0) {
            double[][] next = naive(powers.get(powers.size() - 1), a);
            for (int k = 0; k < powers.size(); k++) {
                if (Arrays.deepEquals(powers.get(k), next)) {
                    start = k + 1;
                    period = powers.size() - k;
                    break;
                }
            }
            powers.add(next);
        }
        FuzzyResult r = FuzzyMicmac.withDefaults().withDiagonal(Diagonal.ZERO).analyze(FuzzyMatrix.of(m));
        assertEquals(start, r.cycleStart());
        assertEquals(period, r.period());
        for (int t = 0; t < period; t++) {
            double[][] want = powers.get(start - 1 + t);
            for (int i = 0; i < n; i++) {
                assertArrayEquals(want[i], r.cycle().get(t)[i], 0.0);
            }
        }
    }

    @Property
    void inputIsNeverModified(@ForAll("fuzzy") double[][] m) {
        double[][] before = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            before[i] = m[i].clone();
        }
        FuzzyMatrix f = FuzzyMatrix.of(m);
        FuzzyMicmac.withDefaults().analyze(f).matrix()[0][0] = 7;
        FuzzyMicmac.withDefaults().withDiagonal(Diagonal.ZERO).analyze(f);
        assertTrue(Arrays.deepEquals(before, m));
        assertTrue(Arrays.deepEquals(before, f.toArray()));
    }
}
