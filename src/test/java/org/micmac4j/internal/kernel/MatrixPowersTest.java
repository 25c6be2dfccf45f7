package org.micmac4j.internal.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.micmac4j.testutil.RandomMatrices;

/**
 * M^k by repeated squaring against exact arithmetic ({@link ExactMatrices}: BigDecimal, which is
 * BigInteger arithmetic on integer matrices): exact while every power stays below 2^53, within the
 * bound θ = (1 + γ_n)^(k−1) − 1 of docs/METHOD.md §3.2 beyond, and as close to the sequential chain
 * M·M·…·M as that bound allows. On the plain-Java and the Vector API product.
 */
class MatrixPowersTest {
    private static final double TWO_53 = Math.scalb(1.0, 53);

    @Test
    void integerPowersAreExactWhileEveryPowerStaysBelow2To53() {
        Random r = new Random(30);
        int checked = 0;
        for (int n : new int[] {1, 2, 7, 29, 50}) {
            double[] m = RandomMatrices.rowMajor(r, n, 0.7, true);
            BigDecimal[] exactM = ExactMatrices.of(m);
            BigDecimal[] exact = exactM;
            double largest = max(exact);
            for (int k = 1; k <= 9; k++) {
                if (k > 1) {
                    exact = ExactMatrices.multiply(exact, exactM, n);
                    largest = Math.max(largest, max(exact));
                }
                if (largest >= TWO_53) {
                    break;
                }
                for (GemmKernel g : GemmTest.production()) {
                    for (int threads : new int[] {1, 2}) {
                        assertTrue(ExactMatrices.equal(MatrixPowers.power(m, n, k, threads, g), exact),
                                g.name() + " n=" + n + " k=" + k + " threads=" + threads);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked >= 60, "too few exact cases: " + checked);
    }

    /**
     * An integer matrix whose ninth and tenth powers pass 2^53 (n = 60, all entries 1..3: row sums
     * about 120, entries of M^k about 2·120^(k−1): 9e16 for k = 9): no longer exact, within θ of the
     * exact value, and the squaring chain within 2θ of the sequential one, entry by entry.
     */
    @Test
    void beyond2To53BothChainsStayWithinTheBound() {
        int n = 60;
        Random r = new Random(31);
        double[] m = RandomMatrices.rowMajor(r, n, 1, true);
        assertWithinBound(m, n, new int[] {9, 10}, true);
    }

    /** Real weights of both signs (bound relative to |M|^k) and non-negative ones (relative to M^k). */
    @Test
    void realPowersStayWithinTheBound() {
        Random r = new Random(32);
        assertWithinBound(GemmTest.signed(r, 23), 23, new int[] {2, 3, 5, 7}, false);
        assertWithinBound(RandomMatrices.rowMajor(r, 41, 0.5, false), 41, new int[] {4, 7}, false);
    }

    private static void assertWithinBound(double[] m, int n, int[] orders, boolean passes2To53) {
        BigDecimal[] exactM = ExactMatrices.of(m);
        BigDecimal[] absM = ExactMatrices.abs(exactM);
        int kMax = Arrays.stream(orders).max().getAsInt();
        BigDecimal[] exact = exactM;
        BigDecimal[] scale = absM;
        for (int k = 2; k <= kMax; k++) {
            exact = ExactMatrices.multiply(exact, exactM, n);
            scale = ExactMatrices.multiply(scale, absM, n);
            if (Arrays.binarySearch(orders, k) < 0) {
                continue;
            }
            if (passes2To53) {
                assertTrue(max(exact) >= TWO_53, "k=" + k + " does not pass 2^53");
            }
            double theta = ExactMatrices.theta(n, k);
            for (GemmKernel g : GemmTest.production()) {
                double[] squared = MatrixPowers.power(m, n, k, 2, g);
                double[] sequential = sequential(m, n, k, g);
                String what = g.name() + " n=" + n + " k=" + k;
                assertTrue(ExactMatrices.worstRelative(squared, exact, scale) <= theta, what + " squaring");
                assertTrue(ExactMatrices.worstRelative(sequential, exact, scale) <= theta, what + " sequential");
                assertTrue(ExactMatrices.worstRelative(squared, ExactMatrices.of(sequential), scale) <= 2 * theta,
                        what + " squaring against sequential");
            }
        }
    }

    /** M·M·…·M, k − 1 products, with the same kernel. */
    private static double[] sequential(double[] m, int n, int k, GemmKernel g) {
        double[] p = m.clone();
        for (int i = 1; i < k; i++) {
            double[] next = new double[n * n];
            g.multiply(p, m, next, n, 2);
            p = next;
        }
        return p;
    }

    /** ⌊log₂ k⌋ squarings plus one product per further set bit: M^7 in four products, not six. */
    @Test
    void repeatedSquaringCountsItsProducts() {
        double[] m = {1, 1, 0, 1}; // [[1, 1], [0, 1]]^k = [[1, k], [0, 1]]
        for (int k = 1; k <= 40; k++) {
            int[] products = {0};
            GemmKernel counting = new GemmKernel() {
                @Override
                public void multiply(double[] a, double[] b, double[] c, int n, int threads) {
                    multiply(a, b, c, n, threads, new GemmWorkspace());
                }

                @Override
                public void multiply(double[] a, double[] b, double[] c, int n, int threads, GemmWorkspace w) {
                    products[0]++;
                    PlainGemm.INSTANCE.multiply(a, b, c, n, threads, w);
                }

                @Override
                public String name() {
                    return "counting";
                }

                @Override
                public String blocking() {
                    return PlainGemm.INSTANCE.blocking();
                }
            };
            double[] copy = m.clone();
            assertArrayEquals(new double[] {1, k, 0, 1}, MatrixPowers.power(copy, 2, k, 1, counting), "k=" + k);
            assertArrayEquals(m, copy, "the input is not modified");
            int expected = 31 - Integer.numberOfLeadingZeros(k) + Integer.bitCount(k) - 1;
            assertEquals(expected, products[0], "k=" + k);
        }
        assertEquals(4, 2 + Integer.bitCount(7) - 1);
    }

    @Test
    void overflowAndBadArgumentsAreRefused() {
        assertThrows(ArithmeticException.class, () -> MatrixPowers.power(new double[] {1e200}, 1, 2));
        double big = Math.scalb(1.0, 511);
        for (GemmKernel g : GemmTest.production()) {
            double[] twos = {big, big, big, big}; // M² = 2^1023 everywhere: finite; M³ overflows
            assertEquals(Math.scalb(1.0, 1023), MatrixPowers.power(twos, 2, 2, 1, g)[0]);
            assertThrows(ArithmeticException.class, () -> MatrixPowers.power(twos, 2, 3, 1, g));
            double[] withNaN = {1, Double.NaN, 0, 1};
            assertThrows(ArithmeticException.class, () -> MatrixPowers.power(withNaN, 2, 7, 1, g));
        }
        assertThrows(IllegalArgumentException.class, () -> MatrixPowers.power(new double[] {1}, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> MatrixPowers.power(new double[] {1, 2, 3}, 2, 2));
        assertThrows(IllegalArgumentException.class, () -> MatrixPowers.multiply(new double[4], new double[3], 2));
        double[] one = {5};
        double[] p = MatrixPowers.power(one, 1, 1);
        assertEquals(5, p[0]);
        p[0] = 6;
        assertEquals(5, one[0], "M^1 is a copy, not the caller's array");
    }

    private static double max(BigDecimal[] a) {
        return Arrays.stream(a).map(BigDecimal::abs).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO).doubleValue();
    }
}
