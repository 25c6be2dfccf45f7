package org.micmac4j.internal.kernel;

/**
 * Full matrix powers M^k by repeated squaring, for callers who ask for the indirect matrix itself.
 * Rankings never use this (they use {@link RankingKernel}).
 */
public final class MatrixPowers {
    private MatrixPowers() {
    }

    /**
     * C = A·B for n x n row-major matrices.
     *
     * @param a left factor, not modified
     * @param b right factor, not modified
     * @param n order
     * @return a new array holding the product
     */
    public static double[] multiply(double[] a, double[] b, int n) {
        double[] c = new double[n * n];
        for (int i = 0; i < n; i++) {
            int ci = i * n;
            for (int p = 0; p < n; p++) {
                double aip = a[i * n + p];
                if (aip == 0) {
                    continue;
                }
                int bp = p * n;
                for (int j = 0; j < n; j++) {
                    c[ci + j] += aip * b[bp + j];
                }
            }
        }
        return c;
    }

    /**
     * M^k by repeated squaring: O(log k) products.
     *
     * @param m the matrix, row-major, not modified
     * @param n order
     * @param k the power, at least 1
     * @return a new array holding M^k
     * @throws ArithmeticException when an entry exceeds the double range
     */
    public static double[] power(double[] m, int n, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("power must be at least 1, got " + k);
        }
        double[] result = null;
        double[] base = m.clone();
        int e = k;
        while (true) {
            if ((e & 1) != 0) {
                result = result == null ? base.clone() : multiply(result, base, n);
            }
            e >>= 1;
            if (e == 0) {
                break;
            }
            base = multiply(base, base, n);
        }
        for (double v : result) {
            if (!Double.isFinite(v)) {
                throw new ArithmeticException("entries of M^" + k + " exceed the double range; rankings do not need the full power");
            }
        }
        return result;
    }
}
