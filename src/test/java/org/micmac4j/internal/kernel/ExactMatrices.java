package org.micmac4j.internal.kernel;

import java.math.BigDecimal;

/**
 * The test oracle for the products: exact arithmetic on the doubles' values ({@code new
 * BigDecimal(double)} is exact, and so are BigDecimal sums and products), independent of the
 * kernels under test. Row-major n x n arrays.
 */
final class ExactMatrices {
    /** u, the unit roundoff of doubles. */
    static final double UNIT_ROUNDOFF = Math.ulp(1.0) / 2;

    private ExactMatrices() {
    }

    static BigDecimal[] of(double[] a) {
        BigDecimal[] x = new BigDecimal[a.length];
        for (int i = 0; i < a.length; i++) {
            x[i] = new BigDecimal(a[i]);
        }
        return x;
    }

    static BigDecimal[] abs(BigDecimal[] a) {
        BigDecimal[] x = new BigDecimal[a.length];
        for (int i = 0; i < a.length; i++) {
            x[i] = a[i].abs();
        }
        return x;
    }

    static BigDecimal[] multiply(BigDecimal[] a, BigDecimal[] b, int n) {
        BigDecimal[] c = new BigDecimal[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                BigDecimal s = BigDecimal.ZERO;
                for (int p = 0; p < n; p++) {
                    if (a[i * n + p].signum() != 0 && b[p * n + j].signum() != 0) {
                        s = s.add(a[i * n + p].multiply(b[p * n + j]));
                    }
                }
                c[i * n + j] = s;
            }
        }
        return c;
    }

    /** M^k by the sequential chain (exact arithmetic: any order gives the same). */
    static BigDecimal[] power(BigDecimal[] m, int n, int k) {
        BigDecimal[] p = m;
        for (int i = 1; i < k; i++) {
            p = multiply(p, m, n);
        }
        return p;
    }

    /** γ_n = n·u / (1 − n·u): the relative error bound of one n-term inner product (Higham, §3.1). */
    static double gamma(int n) {
        return n * UNIT_ROUNDOFF / (1 - n * UNIT_ROUNDOFF);
    }

    /**
     * θ_k = (1 + γ_n)^(k−1) − 1: the bound of docs/METHOD.md §3.2 on |computed M^k − M^k| relative
     * to |M|^k, for any chain of k − 1 products (squaring or sequential).
     */
    static double theta(int n, int k) {
        return Math.expm1((k - 1) * Math.log1p(gamma(n)));
    }

    /**
     * @return the largest |actual − exact| / scale over the entries (0 where scale is 0 and the
     *         two agree, infinity where scale is 0 and they do not)
     */
    static double worstRelative(double[] actual, BigDecimal[] exact, BigDecimal[] scale) {
        double worst = 0;
        for (int i = 0; i < actual.length; i++) {
            BigDecimal diff = new BigDecimal(actual[i]).subtract(exact[i]).abs();
            if (scale[i].signum() == 0) {
                if (diff.signum() != 0) {
                    return Double.POSITIVE_INFINITY;
                }
            } else {
                worst = Math.max(worst, diff.doubleValue() / scale[i].doubleValue());
            }
        }
        return worst;
    }

    /** @return whether every entry of {@code actual} equals the exact value */
    static boolean equal(double[] actual, BigDecimal[] exact) {
        for (int i = 0; i < actual.length; i++) {
            if (new BigDecimal(actual[i]).compareTo(exact[i]) != 0) {
                return false;
            }
        }
        return true;
    }
}
