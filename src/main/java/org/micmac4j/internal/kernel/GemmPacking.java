package org.micmac4j.internal.kernel;

import java.util.Arrays;

/**
 * Copies blocks of row-major n x n operands into the micro-panel order {@link MicroKernel} reads,
 * so that the product streams through contiguous memory (no stride of n, which at n = 2048 maps
 * every row of a block onto the same few L1 sets), and pads the last panel with zeros so that
 * edge tiles run the same kernel.
 */
final class GemmPacking {
    private GemmPacking() {
    }

    /**
     * A[i0..i0+rows)[p0..p0+kc) into panels of {@code mr} rows: row i0 + q·mr + r, column p0 + p
     * goes to {@code ap[q·mr·kc + p·mr + r]}; rows past {@code rows} of the last panel are zero.
     *
     * @param a the matrix, row-major, not modified
     * @param n its order
     * @param i0 first row
     * @param rows number of rows
     * @param p0 first column
     * @param kc number of columns
     * @param mr rows of a panel
     * @param ap receives the panels, at least ⌈rows/mr⌉·mr·kc values
     */
    static void packA(double[] a, int n, int i0, int rows, int p0, int kc, int mr, double[] ap) {
        int o = 0;
        for (int q = 0; q < rows; q += mr) {
            int live = Math.min(mr, rows - q);
            for (int r = 0; r < live; r++) {
                int src = (i0 + q + r) * n + p0;
                for (int p = 0, dst = o + r; p < kc; p++, dst += mr) {
                    ap[dst] = a[src + p];
                }
            }
            for (int r = live; r < mr; r++) {
                for (int p = 0, dst = o + r; p < kc; p++, dst += mr) {
                    ap[dst] = 0;
                }
            }
            o += mr * kc;
        }
    }

    /**
     * B[p0..p0+kc)[j0..j0+cols) into panels of {@code nr} columns: row p0 + p, column
     * j0 + q·nr + j goes to {@code bp[q·nr·kc + p·nr + j]}; columns past {@code cols} of the last
     * panel are zero.
     *
     * @param b the matrix, row-major, not modified
     * @param n its order
     * @param p0 first row
     * @param kc number of rows
     * @param j0 first column
     * @param cols number of columns
     * @param nr columns of a panel
     * @param bp receives the panels, at least ⌈cols/nr⌉·nr·kc values
     */
    static void packB(double[] b, int n, int p0, int kc, int j0, int cols, int nr, double[] bp) {
        int o = 0;
        for (int q = 0; q < cols; q += nr) {
            int live = Math.min(nr, cols - q);
            for (int p = 0; p < kc; p++, o += nr) {
                System.arraycopy(b, (p0 + p) * n + j0 + q, bp, o, live);
                if (live < nr) {
                    Arrays.fill(bp, o + live, o + nr, 0);
                }
            }
        }
    }
}
