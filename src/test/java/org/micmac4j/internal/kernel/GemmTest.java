package org.micmac4j.internal.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.micmac4j.testutil.RandomMatrices;

/** Both matrix products and the powers agree with a naive triple loop. */
class GemmTest {
    /** Sizes around the 4-row, 4-column, vector (8) and block (128, 256) edges. */
    private static final int[] SIZES = {1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 24, 25, 31, 33, 95, 96, 97, 129, 200, 257};

    static double[] naive(double[] a, double[] b, int n) {
        double[] c = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < n; p++) {
                    s += a[i * n + p] * b[p * n + j];
                }
                c[i * n + j] = s;
            }
        }
        return c;
    }

    private static List<GemmKernel> kernels() {
        List<GemmKernel> k = new ArrayList<>();
        k.add(SimdSupport.scalarGemm());
        if (SimdSupport.vectorized()) {
            k.add(SimdSupport.gemm());
        }
        return k;
    }

    @Test
    void productsAgreeWithTheTripleLoop() {
        Random r = new Random(20);
        for (int n : SIZES) {
            for (boolean integral : new boolean[] {true, false}) {
                double[] a = RandomMatrices.rowMajor(r, n, 0.6, integral);
                double[] b = RandomMatrices.rowMajor(r, n, 0.6, integral);
                double[] expected = naive(a, b, n);
                for (GemmKernel g : kernels()) {
                    for (int threads : new int[] {1, 2, 3}) {
                        double[] c = new double[n * n];
                        java.util.Arrays.fill(c, 7); // must be overwritten
                        g.multiply(a, b, c, n, threads);
                        assertClose(expected, c, g.name() + " n=" + n + " threads=" + threads);
                    }
                }
            }
        }
    }

    @Test
    void powersAgreeWithRepeatedMultiplication() {
        Random r = new Random(21);
        for (int n : new int[] {1, 3, 29, 100, 130}) {
            double[] m = RandomMatrices.rowMajor(r, n, 0.3, true);
            double[] expected = m.clone();
            for (int k = 1; k <= 9; k++) {
                if (k > 1) {
                    expected = naive(expected, m, n);
                }
                for (int threads : new int[] {1, 2}) {
                    assertClose(expected, MatrixPowers.power(m, n, k, threads), "n=" + n + " k=" + k);
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> MatrixPowers.power(new double[] {1}, 1, 0));
    }

    @Test
    void overflowingPowersAreRefused() {
        assertThrows(ArithmeticException.class, () -> MatrixPowers.power(new double[] {1e200}, 1, 2));
    }

    @Test
    @Tag("slow")
    void largeProductsAgree() {
        Random r = new Random(22);
        int n = 601;
        double[] a = RandomMatrices.rowMajor(r, n, 0.5, false);
        double[] b = RandomMatrices.rowMajor(r, n, 0.5, false);
        double[] expected = naive(a, b, n);
        for (GemmKernel g : kernels()) {
            double[] c = new double[n * n];
            g.multiply(a, b, c, n, 2);
            assertClose(expected, c, g.name());
        }
    }

    /** The library on a plain JVM (no add-modules): loads, multiplies, stays scalar. */
    @Test
    @Tag("slow")
    void plainJavaRunsWithoutTheVectorModule() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(
                java, "-cp", System.getProperty("java.class.path"), PlainJvmProbe.class.getName())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, p.waitFor(), out);
        assertEquals("vectorized=false power=[7.0, 10.0, 15.0, 22.0]", out);
    }

    private static void assertClose(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++) {
            double tol = 1e-12 * Math.max(1, Math.abs(expected[i]));
            assertTrue(Math.abs(expected[i] - actual[i]) <= tol,
                    what + " [" + i + "]: expected " + expected[i] + ", got " + actual[i]);
        }
    }
}
