package org.micmac4j.internal.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.micmac4j.testutil.RandomMatrices;
import org.micmac4j.internal.store.Layout;
import org.micmac4j.internal.store.MatrixStore;
import org.micmac4j.internal.store.Stores;

/** Every kernel, store layout and thread count agrees with {@link NaiveDenseKernel}. */
class KernelAgreementTest {
    /** Includes sizes around the four-row blocking and primes. */
    private static final int[] SIZES = {1, 2, 3, 4, 5, 7, 8, 9, 13, 29, 31, 64, 65, 100, 127, 129, 257, 300};
    private static final double[] FILLS = {0.01, 0.05, 0.2, 0.5, 0.9};
    private static final Layout[] LAYOUTS = {Layout.AUTO, Layout.DENSE, Layout.BYTES, Layout.SPARSE};

    /** The four plain single-threaded kernels: the sweeps below must reach each of them. */
    private static final Set<String> SCALAR_KERNELS =
            Set.of("dense-fused", "byte-fused", "csr-gather-bytes", "csr-gather-doubles");

    @Test
    void singleThreadedKernelsAreBitIdenticalToTheReference() {
        Set<String> compared = sweep(new Random(10), SIZES, 1, Long.MAX_VALUE, 0.0, SimdKernels.SCALAR);
        assertEquals(SCALAR_KERNELS, compared);
    }

    /** Parallel forced on small matrices with a threshold of one cell. */
    @Test
    void parallelKernelsAgreeWithTheReference() {
        assertReached(sweep(new Random(11), SIZES, 2, 1, 1e-13, SimdKernels.SCALAR), "-x2");
        assertReached(sweep(new Random(12), new int[] {1, 2, 5, 31, 130}, 3, 1, 1e-13, SimdKernels.SCALAR), "-x3");
        assertReached(sweep(new Random(13), new int[] {7, 64, 257}, 7, 1, 1e-13, SimdKernels.SCALAR), "-x7");
    }

    /** The Vector API kernels (the surefire JVM has the module; a plain one skips this). */
    @Test
    void vectorKernelsAgreeWithTheReference() {
        assumeTrue(SimdSupport.vectorized(), "jdk.incubator.vector not in this JVM");
        Set<String> single = sweep(new Random(16), SIZES, 1, Long.MAX_VALUE, 1e-13, SimdSupport.kernels());
        Set<String> parallel = sweep(new Random(17), SIZES, 2, 1, 1e-13, SimdSupport.kernels());
        for (String family : new String[] {"dense-fused-vector-", "byte-fused-vector-"}) {
            assertTrue(single.stream().anyMatch(k -> k.startsWith(family) && !k.contains("-x")),
                    family + " in " + single);
            assertTrue(parallel.stream().anyMatch(k -> k.startsWith(family) && k.endsWith("-x2")),
                    family + " in " + parallel);
        }
    }

    /** A sweep with threads compared the parallel version of every plain kernel, not only the serial ones. */
    private static void assertReached(Set<String> compared, String threads) {
        for (String k : SCALAR_KERNELS) {
            assertTrue(compared.contains(k + threads), k + threads + " not compared; compared " + compared);
        }
    }

    @Test
    @Tag("slow")
    void largerMatricesAgreeToo() {
        assertEquals(SCALAR_KERNELS,
                sweep(new Random(14), new int[] {511, 1000, 1023}, 1, Long.MAX_VALUE, 0.0, SimdKernels.SCALAR));
        sweep(new Random(15), new int[] {511, 1000, 1023}, 0, Kernels.PARALLEL_MIN_WORK, 1e-13, SimdSupport.kernels());
    }

    /**
     * For each size, fill, value kind, layout and kernel choice: three chained steps (so that
     * buffers are reused) compared with the reference, exactly when {@code relTol} is 0.
     *
     * @return the names of the kernels compared, so that a test can check it reached the ones it meant
     */
    private static Set<String> sweep(
            Random r, int[] sizes, int threads, long parallelMinWork, double relTol, SimdKernels set) {
        Set<String> compared = new TreeSet<>();
        for (int n : sizes) {
            for (double fill : FILLS) {
                for (boolean integral : new boolean[] {true, false}) {
                    double[] a = RandomMatrices.rowMajor(r, n, fill, integral);
                    double[] x0 = RandomMatrices.vector(r, n);
                    double[] y0 = RandomMatrices.vector(r, n);
                    NaiveDenseKernel ref = new NaiveDenseKernel(a, n);
                    double[][] expected = run(ref, x0, y0);
                    for (Layout layout : LAYOUTS) {
                        if (layout == Layout.BYTES && !integral) {
                            continue;
                        }
                        MatrixStore s = Stores.of(a.clone(), n, layout);
                        for (KernelChoice choice : KernelChoice.values()) {
                            RankingKernel k = Kernels.ranking(s, choice, threads, parallelMinWork, set);
                            assertEquals(n, k.size());
                            String what = k.name() + " " + layout + "/" + choice + " n=" + n + " fill=" + fill
                                    + " integral=" + integral;
                            double[][] got = run(k, x0, y0);
                            for (int v = 0; v < got.length; v++) {
                                assertClose(expected[v], got[v], relTol, what + " output " + v);
                            }
                            compared.add(k.name());
                        }
                    }
                }
            }
        }
        return compared;
    }

    /** Three steps; returns the six outputs. */
    private static double[][] run(RankingKernel k, double[] x0, double[] y0) {
        int n = k.size();
        double[][] out = new double[6][n];
        k.step(x0, y0, out[0], out[1]);
        k.step(out[0], out[1], out[2], out[3]);
        k.step(out[2], out[3], out[4], out[5]);
        return out;
    }

    private static void assertClose(double[] expected, double[] actual, double relTol, String what) {
        if (relTol == 0) {
            assertArrayEquals(expected, actual, what);
            return;
        }
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], relTol * Math.abs(expected[i]), what + " [" + i + "]");
        }
    }

    @Test
    void theParallelThresholdDecides() {
        MatrixStore big = Stores.of(RandomMatrices.rowMajor(new Random(5), 1000, 0.5, true), 1000);
        MatrixStore small = Stores.of(RandomMatrices.rowMajor(new Random(5), 29, 0.5, true), 29);
        assertInstanceOf(ParallelKernel.class, Kernels.ranking(big, KernelChoice.AUTO, 2));
        assertInstanceOf(RowRangeKernel.class, Kernels.ranking(big, KernelChoice.AUTO, 1));
        assertInstanceOf(RowRangeKernel.class, Kernels.ranking(small, KernelChoice.AUTO, 2));
        assertThrows(IllegalArgumentException.class, () -> Kernels.ranking(small, KernelChoice.AUTO, -1));
    }

    @Test
    void overflowIsNeverSilent() {
        int n = 70;
        double[] a = RandomMatrices.rowMajor(new Random(6), n, 0.5, true);
        double[] huge = new double[n];
        java.util.Arrays.fill(huge, 1e307);
        for (Layout layout : LAYOUTS) {
            for (int threads : new int[] {1, 2}) {
                RankingKernel k = Kernels.ranking(Stores.of(a.clone(), n, layout), KernelChoice.AUTO, threads, 1);
                assertThrows(ArithmeticException.class, () -> k.step(huge, huge, new double[n], new double[n]),
                        k.name());
            }
        }
        // Entries near the top of the range whose sum overflows are still finite: no error.
        double[] one = new double[1];
        RankingKernel k1 = Kernels.ranking(Stores.of(new double[] {1}, 1));
        k1.step(new double[] {Double.MAX_VALUE}, new double[] {1}, one, new double[1]);
        assertEquals(Double.MAX_VALUE, one[0]);
    }
}
