package org.micmac4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.micmac4j.testutil.RandomMatrices;

/**
 * Differential tests: the indirect views equal what an independent oracle computes from the full
 * power, over hundreds of seeded random matrices (n from 2 to 60, fills 0.1 to 0.9). Oracles:
 * Commons Math {@code RealMatrix.power}, a naive triple loop in doubles, and BigInteger arithmetic.
 * Tagged slow: skip with {@code -DexcludedGroups=slow}.
 */
@Tag("slow")
class DifferentialTest {
    private static final int CASES = 300;

    /**
     * Competition ranks by their definition, independent of the library's sort-based
     * {@code Ranks}: rank = 1 + the number of values greater by more than the tie tolerance
     * ({@code a - b > tol * max(|a|, |b|)}).
     */
    static int[] oracleRanks(double[] values, double tol) {
        int[] ranks = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            ranks[i] = 1;
            for (double other : values) {
                if (other - values[i] > tol * Math.max(Math.abs(other), Math.abs(values[i]))) {
                    ranks[i]++;
                }
            }
        }
        return ranks;
    }

    /** Exact competition ranks: rank = 1 + the number of strictly greater values. */
    static int[] oracleRanks(BigInteger[] values) {
        int[] ranks = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            ranks[i] = 1;
            for (BigInteger other : values) {
                if (other.compareTo(values[i]) > 0) {
                    ranks[i]++;
                }
            }
        }
        return ranks;
    }

    private static int n(SplittableRandom r) {
        return 2 + r.nextInt(59);
    }

    @Test
    void sharesAndRanksEqualCommonsMathPower() {
        SplittableRandom r = new SplittableRandom(20261125);
        for (int c = 0; c < CASES; c++) {
            int n = n(r);
            double fill = 0.1 + 0.8 * r.nextDouble();
            int k = 1 + r.nextInt(8);
            double[][] a = RandomMatrices.classic(c, n, fill);
            RealMatrix p = MatrixUtils.createRealMatrix(a).power(k);
            double[] rows = new double[n];
            double[] cols = new double[n];
            double total = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    rows[i] += p.getEntry(i, j);
                    cols[j] += p.getEntry(i, j);
                    total += p.getEntry(i, j);
                }
            }
            ViewResult v = Micmac.withDefaults().withOrder(k).analyze(InfluenceMatrix.of(a)).view(View.INDIRECT);
            String msg = "case " + c + " n=" + n + " fill=" + fill + " k=" + k;
            for (int i = 0; i < n; i++) {
                double expected = total == 0 ? 0 : rows[i] / total;
                assertEquals(expected, v.influenceShare(i), 1e-12 + 1e-10 * expected, msg);
                double expectedDep = total == 0 ? 0 : cols[i] / total;
                assertEquals(expectedDep, v.dependenceShare(i), 1e-12 + 1e-10 * expectedDep, msg);
            }
            assertArrayEquals(oracleRanks(rows, Micmac.TIE_TOLERANCE_DEFAULT), v.ranking().influenceRanks(), msg);
            assertArrayEquals(oracleRanks(cols, Micmac.TIE_TOLERANCE_DEFAULT), v.ranking().dependenceRanks(), msg);
        }
    }

    @Test
    void indirectMatrixEqualsNaiveTripleLoop() {
        SplittableRandom r = new SplittableRandom(7);
        for (int c = 0; c < CASES; c++) {
            int n = n(r);
            int k = 1 + r.nextInt(7);
            double[][] a = RandomMatrices.classic(1000 + c, n, 0.1 + 0.8 * r.nextDouble());
            double[][] expected = a;
            for (int e = 1; e < k; e++) {
                expected = naiveMultiply(expected, a);
            }
            double[][] got = Micmac.withDefaults().withOrder(k).analyze(InfluenceMatrix.of(a))
                    .indirectMatrix(View.INDIRECT);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    assertEquals(expected[i][j], got[i][j], 1e-12 * Math.max(1, expected[i][j]),
                            "case " + c + " cell " + i + "," + j);
                }
            }
        }
    }

    @Test
    void exactModeEqualsBigIntegerArithmetic() {
        SplittableRandom r = new SplittableRandom(11);
        for (int c = 0; c < CASES; c++) {
            int n = n(r);
            int k = 1 + r.nextInt(12);
            double[][] a = RandomMatrices.classic(5000 + c, n, 0.1 + 0.8 * r.nextDouble());
            BigInteger[] rows = new BigInteger[n];
            BigInteger[] cols = new BigInteger[n];
            Arrays.fill(rows, BigInteger.ONE);
            Arrays.fill(cols, BigInteger.ONE);
            for (int e = 0; e < k; e++) {
                BigInteger[] nr = new BigInteger[n];
                BigInteger[] nc = new BigInteger[n];
                for (int i = 0; i < n; i++) {
                    BigInteger s = BigInteger.ZERO;
                    BigInteger t = BigInteger.ZERO;
                    for (int j = 0; j < n; j++) {
                        s = s.add(BigInteger.valueOf((long) a[i][j]).multiply(rows[j]));
                        t = t.add(cols[j].multiply(BigInteger.valueOf((long) a[j][i])));
                    }
                    nr[i] = s;
                    nc[i] = t;
                }
                rows = nr;
                cols = nc;
            }
            MicmacResult res = Micmac.withDefaults().withOrder(k).withArithmetic(Arithmetic.EXACT)
                    .analyze(InfluenceMatrix.of(a));
            ExactSums s = res.exactSums(View.INDIRECT);
            String msg = "case " + c + " n=" + n + " k=" + k;
            assertEquals(Arrays.asList(rows), s.influence(), msg);
            assertEquals(Arrays.asList(cols), s.dependence(), msg);
            assertArrayEquals(oracleRanks(rows), res.view(View.INDIRECT).ranking().influenceRanks(), msg);
            assertArrayEquals(oracleRanks(cols), res.view(View.INDIRECT).ranking().dependenceRanks(), msg);
        }
    }

    @Test
    void doubleAndExactRankingsAgree() {
        SplittableRandom r = new SplittableRandom(13);
        for (int c = 0; c < CASES; c++) {
            int n = n(r);
            double[][] a = RandomMatrices.classic(9000 + c, n, 0.1 + 0.8 * r.nextDouble());
            InfluenceMatrix m = InfluenceMatrix.of(a);
            MicmacResult d = Micmac.withDefaults().analyze(m);
            MicmacResult e = Micmac.withDefaults().withArithmetic(Arithmetic.EXACT).analyze(m);
            String msg = "case " + c + " n=" + n;
            assertEquals(e.order(), d.order(), msg);
            assertArrayEquals(e.view(View.INDIRECT).ranking().influenceRanks(),
                    d.view(View.INDIRECT).ranking().influenceRanks(), msg);
            assertArrayEquals(e.view(View.INDIRECT).ranking().dependenceRanks(),
                    d.view(View.INDIRECT).ranking().dependenceRanks(), msg);
        }
    }

    static double[][] naiveMultiply(double[][] x, double[][] y) {
        int n = x.length;
        double[][] z = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < n; p++) {
                    s += x[i][p] * y[p][j];
                }
                z[i][j] = s;
            }
        }
        return z;
    }
}
