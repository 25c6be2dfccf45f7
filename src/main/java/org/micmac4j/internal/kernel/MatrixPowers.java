package org.micmac4j.internal.kernel;

import java.util.ArrayDeque;

import org.micmac4j.internal.parallel.Workers;

/**
 * Full matrix powers M^k by repeated squaring, for callers who ask for the indirect matrix itself.
 * Rankings never use this (they use {@link RankingKernel}). Products go through the packed GEMM
 * ({@link PackedGemm}) with the Vector API micro-kernel when the JVM has
 * {@code jdk.incubator.vector} (see {@link SimdSupport}), else with the plain-Java one; both
 * multi-threaded, both bit-identical whatever the thread count.
 *
 * <p>Rounding (docs/METHOD.md §3.2): on an integer matrix every entry of every product is exact
 * while it stays below 2^53, so M^k is then exact and equal to the chain M·M·…·M. Otherwise, for
 * a matrix with non-negative entries, each computed entry is within a relative
 * (1 + n·u)^(k−1) − 1 ≈ (k − 1)·n·u of the exact one (u = 2^−53), for the squaring chain and the
 * sequential chain alike.
 */
public final class MatrixPowers {
    private MatrixPowers() {
    }

    /**
     * C = A·B for n x n row-major matrices, with all processors.
     *
     * @param a left factor, not modified
     * @param b right factor, not modified
     * @param n order
     * @return a new array holding the product
     */
    public static double[] multiply(double[] a, double[] b, int n) {
        return multiply(a, b, n, Workers.processors());
    }

    /**
     * C = A·B for n x n row-major matrices.
     *
     * @param a left factor, not modified
     * @param b right factor, not modified
     * @param n order
     * @param threads at most this many threads (1 for none)
     * @return a new array holding the product
     */
    public static double[] multiply(double[] a, double[] b, int n, int threads) {
        checkSquare(a, n);
        checkSquare(b, n);
        double[] c = new double[n * n];
        SimdSupport.gemm().multiply(a, b, c, n, Math.max(1, threads));
        return c;
    }

    /**
     * M^k by repeated squaring: ⌊log₂ k⌋ squarings and one product per further set bit of k
     * (M^7 = M·M²·M⁴: four products instead of six).
     *
     * @param m the matrix, row-major, not modified
     * @param n order
     * @param k the power, at least 1
     * @return a new array holding M^k
     * @throws ArithmeticException when an entry exceeds the double range
     */
    public static double[] power(double[] m, int n, int k) {
        return power(m, n, k, Workers.processors());
    }

    /**
     * As {@link #power(double[], int, int)} with at most {@code threads} threads.
     *
     * @param m the matrix, row-major, not modified
     * @param n order
     * @param k the power, at least 1
     * @param threads at most this many threads (1 for none)
     * @return a new array holding M^k
     */
    public static double[] power(double[] m, int n, int k, int threads) {
        return power(m, n, k, threads, SimdSupport.gemm());
    }

    /** As above with the product given (tests run the plain and the Vector API one). */
    static double[] power(double[] m, int n, int k, int threads, GemmKernel gemm) {
        if (k < 1) {
            throw new IllegalArgumentException("power must be at least 1, got " + k);
        }
        checkSquare(m, n);
        int t = Math.max(1, threads);
        GemmWorkspace workspace = new GemmWorkspace();
        // Arrays no longer referenced by result or base, reused as outputs: three n x n arrays in all.
        ArrayDeque<double[]> free = new ArrayDeque<>();
        double[] base = m; // M^(2^i); never written (m is the caller's)
        double[] result = null; // the product of the powers of the set bits seen so far
        for (int e = k; ; ) {
            if ((e & 1) != 0) {
                if (result == null) {
                    result = base;
                } else {
                    double[] out = take(free, n);
                    gemm.multiply(result, base, out, n, t, workspace);
                    release(free, result, m, base);
                    result = out;
                }
            }
            e >>= 1;
            if (e == 0) {
                break;
            }
            double[] out = take(free, n);
            gemm.multiply(base, base, out, n, t, workspace);
            release(free, base, m, result);
            base = out;
        }
        // A non-finite entry anywhere in the chain reaches the result (Inf·x is Inf or NaN, and
        // every entry of a factor enters a product), so checking the result is enough.
        for (double v : result) {
            if (!Double.isFinite(v)) {
                throw new ArithmeticException("entries of M^" + k
                        + " exceed the double range; rankings do not need the full power");
            }
        }
        return result == m ? m.clone() : result;
    }

    private static double[] take(ArrayDeque<double[]> free, int n) {
        double[] a = free.poll();
        return a != null ? a : new double[n * n];
    }

    /** Puts {@code old} back for reuse unless it is the caller's matrix or still referenced. */
    private static void release(ArrayDeque<double[]> free, double[] old, double[] m, double[] inUse) {
        if (old != m && old != inUse) {
            free.push(old);
        }
    }

    private static void checkSquare(double[] a, int n) {
        if (n < 0 || a.length != (long) n * n) {
            throw new IllegalArgumentException("expected an " + n + "x" + n + " matrix, got " + a.length + " values");
        }
    }
}
