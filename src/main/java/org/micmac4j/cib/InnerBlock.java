package org.micmac4j.cib;

/**
 * The last descriptors of the successor pass, evaluated together: for every state of the outer
 * descriptors 0..outer-1, the pass visits the w combinations of the inner ones at once (rank
 * order, the last descriptor turning fastest). Built once per pass and read-only, shared by every
 * task.
 */
final class InnerBlock {
    /** descriptors 0..outer-1 are outer */
    final int outer;
    /** number of inner combinations */
    final int w;
    /** variants[d − outer][x]: variant of inner descriptor d in combination x */
    final int[][] variants;
    /** summed inner rows, column-major: scores[c * w + x] is what combination x adds to column c */
    final int[] scores;
    /** min and max over x of scores[c * w + x], per column c */
    final int[] min;
    final int[] max;

    InnerBlock(SuccessionKernel kernel, int inner) {
        int nd = kernel.nd;
        int n = kernel.n;
        outer = nd - inner;
        int size = 1;
        for (int d = outer; d < nd; d++) {
            size *= kernel.k[d];
        }
        w = size;
        variants = new int[inner][w];
        int[] rows = new int[w * n];
        for (int x = 0; x < w; x++) {
            int rest = x;
            for (int d = nd - 1; d >= outer; d--) {
                int v = rest % kernel.k[d];
                rest /= kernel.k[d];
                variants[d - outer][x] = v;
                int row = (kernel.off[d] + v) * n;
                for (int c = 0; c < n; c++) {
                    rows[x * n + c] += kernel.cells[row + c];
                }
            }
        }
        min = new int[n];
        max = new int[n];
        RowOdometer.columnBounds(rows, w, n, min, max);
        scores = new int[n * w];
        for (int x = 0; x < w; x++) {
            for (int c = 0; c < n; c++) {
                scores[c * w + x] = rows[x * n + c];
            }
        }
    }
}
