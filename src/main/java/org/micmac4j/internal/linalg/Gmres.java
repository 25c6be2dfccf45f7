package org.micmac4j.internal.linalg;

/**
 * Restarted GMRES(m) for (I - N)·x = b or (I - Nᵀ)·x = b with N dense and row-major: O(n²) per
 * iteration instead of the O(n³) of an LU decomposition. Arnoldi with modified Gram-Schmidt and
 * Givens rotations (Saad, Iterative Methods for Sparse Linear Systems, 2nd ed., §6.5).
 */
final class Gmres {
    private Gmres() {
    }

    /**
     * @param nm N, n x n row-major, not modified
     * @param n the order
     * @param transpose solve with Nᵀ instead of N
     * @param b the right-hand side, not modified
     * @param tolerance relative residual ‖b - (I - N)x‖ / ‖b‖ to reach
     * @param restart Krylov dimension before a restart
     * @param maxIterations total budget of matrix-vector products
     * @return x, or null when the budget ran out first
     */
    static double[] solve(double[] nm, int n, boolean transpose, double[] b, double tolerance, int restart,
            int maxIterations) {
        double bNorm = norm(b);
        double[] x = new double[n];
        if (bNorm == 0) {
            return x;
        }
        int m = Math.min(restart, n);
        double[][] v = new double[m + 1][];
        double[][] h = new double[m + 1][m];
        double[] cs = new double[m];
        double[] sn = new double[m];
        double[] g = new double[m + 1];
        double[] w = new double[n];
        int used = 0;
        while (used < maxIterations) {
            double[] r = residual(nm, n, transpose, b, x, w);
            double beta = norm(r);
            if (beta <= tolerance * bNorm) {
                return x;
            }
            v[0] = scale(r, 1 / beta);
            java.util.Arrays.fill(g, 0);
            g[0] = beta;
            int k = 0;
            for (; k < m && used < maxIterations; k++, used++) {
                double[] wk = new double[n];
                apply(nm, n, transpose, v[k], wk);
                for (int i = 0; i <= k; i++) {
                    double d = dot(wk, v[i]);
                    h[i][k] = d;
                    axpy(-d, v[i], wk);
                }
                double hk = norm(wk);
                h[k + 1][k] = hk;
                for (int i = 0; i < k; i++) {
                    double t = cs[i] * h[i][k] + sn[i] * h[i + 1][k];
                    h[i + 1][k] = -sn[i] * h[i][k] + cs[i] * h[i + 1][k];
                    h[i][k] = t;
                }
                double rho = Math.hypot(h[k][k], h[k + 1][k]);
                cs[k] = h[k][k] / rho;
                sn[k] = h[k + 1][k] / rho;
                h[k][k] = rho;
                h[k + 1][k] = 0;
                g[k + 1] = -sn[k] * g[k];
                g[k] = cs[k] * g[k];
                v[k + 1] = hk == 0 ? new double[n] : scale(wk, 1 / hk);
                if (Math.abs(g[k + 1]) <= tolerance * bNorm || hk == 0) {
                    k++;
                    break;
                }
            }
            update(x, h, g, v, k);
        }
        double[] r = residual(nm, n, transpose, b, x, w);
        return norm(r) <= tolerance * bNorm ? x : null;
    }

    private static void update(double[] x, double[][] h, double[] g, double[][] v, int k) {
        double[] y = new double[k];
        for (int i = k - 1; i >= 0; i--) {
            double s = g[i];
            for (int j = i + 1; j < k; j++) {
                s -= h[i][j] * y[j];
            }
            y[i] = s / h[i][i];
        }
        for (int i = 0; i < k; i++) {
            axpy(y[i], v[i], x);
        }
    }

    /** out = (I - N)·x, or (I - Nᵀ)·x. */
    static void apply(double[] nm, int n, boolean transpose, double[] x, double[] out) {
        if (transpose) {
            System.arraycopy(x, 0, out, 0, n);
            for (int i = 0; i < n; i++) {
                double xi = x[i];
                if (xi != 0) {
                    int base = i * n; // fits: the array holds n² cells
                    for (int j = 0; j < n; j++) {
                        out[j] -= nm[base + j] * xi;
                    }
                }
            }
        } else {
            for (int i = 0; i < n; i++) {
                out[i] = x[i] - dot(nm, i * n, x, n);
            }
        }
    }

    /**
     * Σ_j a[offset + j]·x[j] with four partial sums (independent additions the CPU can overlap;
     * a single running sum is bound by the latency of one addition per cell).
     */
    static double dot(double[] a, int offset, double[] x, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 3 < n; j += 4) {
            s0 += a[offset + j] * x[j];
            s1 += a[offset + j + 1] * x[j + 1];
            s2 += a[offset + j + 2] * x[j + 2];
            s3 += a[offset + j + 3] * x[j + 3];
        }
        for (; j < n; j++) {
            s0 += a[offset + j] * x[j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    private static double[] residual(double[] nm, int n, boolean transpose, double[] b, double[] x, double[] w) {
        apply(nm, n, transpose, x, w);
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = b[i] - w[i];
        }
        return r;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void axpy(double alpha, double[] x, double[] y) {
        for (int i = 0; i < y.length; i++) {
            y[i] += alpha * x[i];
        }
    }

    private static double[] scale(double[] a, double f) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] * f;
        }
        return out;
    }
}
