package org.micmac4j.dematel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.micmac4j.InvalidInputException;

/**
 * Invariants of DEMATEL on random matrices: zero diagonal, entries with 3 decimals in [0, 5) (no
 * edge cases, so that equal-weight cycles, where the total relation does not exist, do not occur).
 */
class DematelPropertiesTest {

    @Provide
    Arbitrary<double[][]> matrices() {
        return Arbitraries.integers().between(2, 9).flatMap(n -> Arbitraries.doubles().between(0, 5).ofScale(3)
                .array(double[].class).ofSize(n * n).map(flat -> {
                    double[][] z = new double[n][n];
                    for (int i = 0; i < n; i++) {
                        for (int j = 0; j < n; j++) {
                            z[i][j] = i == j ? 0 : flat[i * n + j];
                        }
                    }
                    return withLeak(z);
                }));
    }

    /**
     * Raises z[0][1] so that row 0 has the strictly largest row sum. A group of variables with
     * rho(N) = 1 needs every one of its rows to sum to s inside the group (s is at least every row
     * sum), so only row 0 could, alone, which needs a diagonal; hence rho(N) &lt; 1 and the total
     * relation exists by construction. (jqwik's bias towards small values would otherwise produce
     * equal-weight 2-cycles, which DEMATEL rightly refuses.)
     */
    static double[][] withLeak(double[][] z) {
        int n = z.length;
        double[] rows = new double[n];
        double other = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                rows[i] += z[i][j];
            }
            if (i > 0) {
                other = Math.max(other, rows[i]);
            }
        }
        z[0][1] += Math.max(0, other - rows[0]) + 0.5;
        return z;
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void sumOfDEqualsSumOfRAndProminenceRelationAreConsistent(@ForAll("matrices") double[][] z) {
        DematelResult r = Dematel.withDefaults().analyze(z);
        double[] d = r.d();
        double[] rr = r.r();
        double[][] t = r.totalRelation();
        double sumD = 0;
        double sumR = 0;
        double sumT = 0;
        for (int i = 0; i < d.length; i++) {
            sumD += d[i];
            sumR += rr[i];
            assertEquals(d[i] + rr[i], r.dPlusR()[i], 1e-12);
            assertEquals(d[i] - rr[i], r.dMinusR()[i], 1e-12);
            double row = 0;
            double column = 0;
            for (int j = 0; j < d.length; j++) {
                row += t[i][j];
                column += t[j][i];
                sumT += t[i][j];
            }
            assertEquals(row, d[i], 1e-12);
            assertEquals(column, rr[i], 1e-12);
            Role g = r.role(i);
            assertTrue(g == Role.NEUTRAL || (g == Role.CAUSE) == (d[i] > rr[i]));
        }
        assertEquals(sumD, sumR, 1e-9 * sumD);
        assertEquals(sumT / (d.length * d.length), r.threshold(), 1e-12);
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void totalRelationSatisfiesTheSeriesIdentity(@ForAll("matrices") double[][] z) {
        // T = N + N T, i.e. T = N + N² + N³ + ...
        DematelResult r = Dematel.withDefaults().analyze(z);
        double[][] n = r.normalizedMatrix();
        double[][] t = r.totalRelation();
        int size = n.length;
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                double nt = 0;
                for (int k = 0; k < size; k++) {
                    nt += n[i][k] * t[k][j];
                }
                assertEquals(n[i][j] + nt, t[i][j], 1e-9);
                assertTrue(t[i][j] >= n[i][j] - 1e-12);
            }
        }
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void scalingZLeavesNAndTUnchanged(@ForAll("matrices") double[][] z,
            @ForAll @DoubleRange(min = 0.01, max = 1000) double c) {
        double[][] scaled = new double[z.length][z.length];
        for (int i = 0; i < z.length; i++) {
            for (int j = 0; j < z.length; j++) {
                scaled[i][j] = c * z[i][j];
            }
        }
        DematelResult a = Dematel.withDefaults().analyze(z);
        DematelResult b = Dematel.withDefaults().analyze(scaled);
        for (int i = 0; i < z.length; i++) {
            assertArrayEquals(a.normalizedMatrix()[i], b.normalizedMatrix()[i], 1e-12);
            assertArrayEquals(a.totalRelation()[i], b.totalRelation()[i], 1e-9);
        }
        assertEquals(c * a.divisor(), b.divisor(), 1e-9 * b.divisor());
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void permutingVariablesPermutesTheScores(@ForAll("matrices") double[][] z, @ForAll long seed) {
        int n = z.length;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        double[][] p = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                p[a][b] = z[order.get(a)][order.get(b)];
            }
        }
        DematelResult r = Dematel.withDefaults().analyze(z);
        DematelResult q = Dematel.withDefaults().analyze(p);
        for (int a = 0; a < n; a++) {
            assertEquals(r.d()[order.get(a)], q.d()[a], 1e-9);
            assertEquals(r.r()[order.get(a)], q.r()[a], 1e-9);
            assertEquals(r.weights()[order.get(a)], q.weights()[a], 1e-9);
        }
        assertEquals(r.threshold(), q.threshold(), 1e-12);
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void inputIsNeverModified(@ForAll("matrices") double[][] z) {
        double[][] before = new double[z.length][];
        for (int i = 0; i < z.length; i++) {
            before[i] = z[i].clone();
        }
        Dematel.withDefaults().withRounding(3).analyze(z).spectral();
        DirectRelationMatrix m = DirectRelationMatrix.of(z);
        m.toArray()[0][0] = 42;
        for (int i = 0; i < z.length; i++) {
            assertArrayEquals(before[i], z[i], 0.0);
        }
        assertEquals(before[0][0], m.value(0, 0), 0.0);
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void equalRowSumsAreAlwaysRefused(@ForAll("matrices") double[][] z) {
        // scale each row to sum 1: N then has the eigenvalue 1 with eigenvector (1, ..., 1)
        double[][] stochastic = new double[z.length][];
        for (int i = 0; i < z.length; i++) {
            double s = 0;
            for (double v : z[i]) {
                s += v;
            }
            stochastic[i] = z[i].clone();
            if (s == 0) {
                stochastic[i][(i + 1) % z.length] = 1;
                s = 1;
            }
            for (int j = 0; j < z.length; j++) {
                stochastic[i][j] /= s;
            }
        }
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Dematel.withDefaults().withNormalization(Normalization.MAX_ROW).analyze(stochastic));
        assertTrue(e.getMessage().contains("not below 1"), e.getMessage());
    }
}
