package org.micmac4j.internal.kernel;

import org.micmac4j.internal.parallel.Workers;

/**
 * Full matrix powers M^k by repeated squaring, for callers who ask for the indirect matrix itself.
 * Rankings never use this (they use {@link RankingKernel}). Products go through the Vector API
 * kernel when the JVM has {@code jdk.incubator.vector} (see {@link SimdSupport}), else through
 * the blocked scalar {@link Gemm}; both multi-threaded.
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
        if (a.length != (long) n * n || b.length != (long) n * n) {
            throw new IllegalArgumentException("expected two " + n + "x" + n + " matrices");
        }
        double[] c = new double[n * n];
        SimdSupport.gemm().multiply(a, b, c, n, Math.max(1, threads));
        return c;
    }

    /**
     * M^k by repeated squaring: O(log k) products (M^7 = M·M²·M⁴: four products).
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
        if (k < 1) {
            throw new IllegalArgumentException("power must be at least 1, got " + k);
        }
        double[] result = null;
        double[] base = m.clone();
        int e = k;
        while (true) {
            if ((e & 1) != 0) {
                result = result == null ? base.clone() : multiply(result, base, n, threads);
            }
            e >>= 1;
            if (e == 0) {
                break;
            }
            base = multiply(base, base, n, threads);
        }
        for (double v : result) {
            if (!Double.isFinite(v)) {
                throw new ArithmeticException("entries of M^" + k
                        + " exceed the double range; rankings do not need the full power");
            }
        }
        return result;
    }
}
