package org.micmac4j.internal.linalg;

import org.micmac4j.internal.parallel.Workers;

/**
 * Solves L·U·X = P·B for many right-hand sides at once, from a packed LU factorisation (unit lower
 * L below the diagonal, U on and above, row-major n x n) and its row permutation. Why not the
 * factorisation's own per-column solve: that one streams the whole n² LU once per right-hand side
 * (memory-bound, about 200 GB of traffic at n = 3000); here the right-hand sides go in panels of
 * {@value #PANEL} columns copied into a small contiguous buffer, each row of LU is read once per
 * panel, the inner loop is a contiguous axpy the JIT vectorises, and panels run in parallel
 * ({@link Workers}, one thread per processor).
 * Same operations as substitution column by column, in a different order: O(2 n² m) flops.
 */
final class PanelSolve {
    /** Columns per panel: n x 64 doubles stay in the L2 cache up to a few thousand rows. */
    static final int PANEL = 64;

    private PanelSolve() {
    }

    /**
     * @param lu packed LU, n x n row-major, not modified
     * @param pivot row j of P·B is row {@code pivot[j]} of B
     * @param b the right-hand sides, n x m row-major, not modified
     * @param n the order
     * @param m the number of right-hand sides
     * @return X, n x m row-major, a new array
     */
    static double[] solve(double[] lu, int[] pivot, double[] b, int n, int m) {
        double[] x = new double[n * m];
        int panels = (m + PANEL - 1) / PANEL;
        Workers.run(Workers.AUTO, panels, p -> {
            int c0 = p * PANEL;
            int w = Math.min(PANEL, m - c0);
            double[] y = new double[n * w];
            for (int i = 0; i < n; i++) {
                System.arraycopy(b, pivot[i] * m + c0, y, i * w, w);
            }
            forward(lu, y, n, w);
            backward(lu, y, n, w);
            for (int i = 0; i < n; i++) {
                System.arraycopy(y, i * w, x, i * m + c0, w);
            }
        });
        return x;
    }

    /** L·Y = Y in place, L unit lower triangular. */
    private static void forward(double[] lu, double[] y, int n, int w) {
        for (int i = 1; i < n; i++) {
            int yi = i * w;
            int row = i * n;
            for (int k = 0; k < i; k++) {
                double l = lu[row + k];
                if (l != 0) {
                    int yk = k * w;
                    for (int c = 0; c < w; c++) {
                        y[yi + c] -= l * y[yk + c];
                    }
                }
            }
        }
    }

    /** U·Y = Y in place, U upper triangular with a non-zero diagonal. */
    private static void backward(double[] lu, double[] y, int n, int w) {
        for (int i = n - 1; i >= 0; i--) {
            int yi = i * w;
            int row = i * n;
            for (int k = i + 1; k < n; k++) {
                double u = lu[row + k];
                if (u != 0) {
                    int yk = k * w;
                    for (int c = 0; c < w; c++) {
                        y[yi + c] -= u * y[yk + c];
                    }
                }
            }
            double d = lu[row + i];
            for (int c = 0; c < w; c++) {
                y[yi + c] /= d;
            }
        }
    }
}
