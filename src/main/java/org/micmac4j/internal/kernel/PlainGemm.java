package org.micmac4j.internal.kernel;

import java.util.Arrays;
import org.micmac4j.internal.parallel.Workers;

/**
 * C = A·B on n x n row-major {@code double[]} in plain Java, written so that C2's superword pass
 * vectorizes it (AVX2 or AVX-512, whatever the processor has) without the Vector API:
 *
 * <pre>
 *   rows of C split into one range per thread (pairs of rows)
 *   for each block of ≤ columnBlock columns j                   (W)
 *     for each block of ≤ depthBlock values of p                (KC)
 *       copy B[p-block][j-block] into KC row arrays of W        KC·W doubles: L2
 *       for each pair of rows i, i+1 of the range
 *         copy C[i][j-block], C[i+1][j-block] into two arrays    (zeros for the first p-block)
 *         for p in the block, four at a time
 *           c0[j] = c0[j] + A[i][p]·b_p[j] + A[i][p+1]·b_{p+1}[j] + … (four terms)   j &lt; W
 *           c1[j] = the same with A[i+1][·]
 *         copy the two arrays back into C
 * </pre>
 *
 * <p><b>Why this shape.</b> The packed register-tile GEMM ({@link PackedGemm}) cannot be
 * vectorized by C2: a tile held in scalar locals runs on the scalar units, about 14 GFLOP/s per
 * core here (Zen 4, 2 FMA per cycle). C2 does vectorize a loop over j whose loads and stores are
 * {@code x[j]} on distinct arrays, and the loop body must stay small enough to be unrolled (its
 * default {@code LoopUnrollLimit}): two rows of C by four rows of B is the largest such body
 * measured (one core, L1-resident, JDK 17: 2 x 4 gives 40-45 GFLOP/s, 3 x 4 14, 2 x 6 9, 2 x 2 22;
 * arrays addressed as {@code c[o + j]} with an offset into one matrix: 12-14, not vectorized).
 * Hence the copies into row arrays, which cost a few percent. Each step reads four B values and
 * two C values and writes two C values for 16 flops, from L1 and L2.
 *
 * <p><b>Same sums as the textbook loop.</b> Each C[i][j] is
 * {@code ((0 + A[i][0]·B[0][j]) + A[i][1]·B[1][j]) + …} in the order of p, every product and sum
 * rounded on its own (no FMA: Java does not fuse {@code a + b * c}), exactly as the loop
 * {@code s += a[i][p] * b[p][j]}: the product is that loop's bit for bit, whatever the blocks and
 * the thread count.
 */
final class PlainGemm implements GemmKernel {
    /**
     * W, columns per block: the vectorized loop's length. Measured by {@code GemmBlocksBench} (one
     * Zen 4 core, n = 2048, JDK 17, W and KC each 128, 256 or 512): 256 x 256 is the best of the nine,
     * 531 ms (32.3 GFLOP/s); the others 586-820 ms (benchmarks/RESULTS.md).
     */
    static final int COLUMN_BLOCK = 256;
    /**
     * KC, rows of B per block: KC x W doubles (512 KiB at 256 x 256) stay in the 1 MiB L2 while
     * every pair of rows of the range goes through them. Measured with {@link #COLUMN_BLOCK}.
     */
    static final int DEPTH_BLOCK = 256;

    /** The product with the blocks above. */
    static final PlainGemm INSTANCE = new PlainGemm(DEPTH_BLOCK, COLUMN_BLOCK);

    private final int depthBlock;
    private final int columnBlock;

    /**
     * @param depthBlock KC, rows of B per block, at least 1
     * @param columnBlock W, columns per block, at least 1
     */
    PlainGemm(int depthBlock, int columnBlock) {
        if (depthBlock < 1 || columnBlock < 1) {
            throw new IllegalArgumentException("blocks must be at least 1: " + depthBlock + ", " + columnBlock);
        }
        this.depthBlock = depthBlock;
        this.columnBlock = columnBlock;
    }

    @Override
    public void multiply(double[] a, double[] b, double[] c, int n, int threads, GemmWorkspace workspace) {
        if (n == 0) {
            return;
        }
        int[] bounds = GemmKernel.rowRanges(n, threads, 2);
        int t = bounds.length - 1;
        int kc = Math.min(depthBlock, n);
        int w = Math.min(columnBlock, n);
        GemmWorkspace.Rows[] parts = new GemmWorkspace.Rows[t];
        for (int k = 0; k < t; k++) {
            parts[k] = workspace.rows(k, kc, w);
        }
        if (t == 1) {
            rows(a, b, c, n, 0, n, parts[0]);
            return;
        }
        Workers.run(t, t, k -> rows(a, b, c, n, bounds[k], bounds[k + 1], parts[k]));
    }

    /** Rows from..to-1 of C = A·B. */
    private void rows(double[] a, double[] b, double[] c, int n, int from, int to, GemmWorkspace.Rows buf) {
        for (int j0 = 0; j0 < n; j0 += columnBlock) {
            final int w = Math.min(columnBlock, n - j0);
            for (int p0 = 0; p0 < n; p0 += depthBlock) {
                final int kc = Math.min(depthBlock, n - p0);
                for (int p = 0; p < kc; p++) {
                    System.arraycopy(b, (p0 + p) * n + j0, buf.b[p], 0, w);
                }
                block(a, c, n, from, to, j0, w, p0, kc, buf);
            }
        }
    }

    /**
     * Rows from..to-1 of C, columns j0..j0+w-1, plus the depth block p0..p0+kc-1 (whose B rows are in
     * {@code buf.b}). The loops over rows and depths stay in this one method: their back edges make
     * C2 compile it, with the loops over columns inlined and vectorized, within the first product
     * (with the depth loop in a method of its own, it ran interpreted and unvectorized for about a
     * second of a cold JVM).
     */
    private static void block(double[] a, double[] c, int n, int from, int to, int j0, int w, int p0, int kc,
            GemmWorkspace.Rows buf) {
        final double[][] x = buf.b;
        final double[] c0 = buf.c0;
        final double[] c1 = buf.c1;
        int i = from;
        for (; i + 1 < to; i += 2) {
            final int r0 = i * n;
            final int r1 = r0 + n;
            load(c, r0 + j0, c0, w, p0 == 0);
            load(c, r1 + j0, c1, w, p0 == 0);
            final int a0 = r0 + p0;
            final int a1 = r1 + p0;
            int p = 0;
            for (; p + 3 < kc; p += 4) {
                twoByFour(c0, c1, w, a[a0 + p], a[a0 + p + 1], a[a0 + p + 2], a[a0 + p + 3], a[a1 + p],
                        a[a1 + p + 1], a[a1 + p + 2], a[a1 + p + 3], x[p], x[p + 1], x[p + 2], x[p + 3]);
            }
            for (; p < kc; p++) {
                twoByOne(c0, c1, w, a[a0 + p], a[a1 + p], x[p]);
            }
            System.arraycopy(c0, 0, c, r0 + j0, w);
            System.arraycopy(c1, 0, c, r1 + j0, w);
        }
        if (i < to) {
            final int r0 = i * n;
            load(c, r0 + j0, c0, w, p0 == 0);
            final int a0 = r0 + p0;
            int p = 0;
            for (; p + 3 < kc; p += 4) {
                oneByFour(c0, w, a[a0 + p], a[a0 + p + 1], a[a0 + p + 2], a[a0 + p + 3], x[p], x[p + 1], x[p + 2],
                        x[p + 3]);
            }
            for (; p < kc; p++) {
                oneByOne(c0, w, a[a0 + p], x[p]);
            }
            System.arraycopy(c0, 0, c, r0 + j0, w);
        }
    }

    /** The running sums of a row segment: zeros before the first depth block, else what C holds. */
    private static void load(double[] c, int from, double[] into, int w, boolean first) {
        if (first) {
            Arrays.fill(into, 0, w, 0.0);
        } else {
            System.arraycopy(c, from, into, 0, w);
        }
    }

    // The loops below are C2's to vectorize: keep each body small and its arrays indexed by j alone.

    private static void twoByFour(double[] c0, double[] c1, int w, double a0, double a1, double a2, double a3,
            double e0, double e1, double e2, double e3, double[] x0, double[] x1, double[] x2, double[] x3) {
        for (int j = 0; j < w; j++) {
            double y0 = x0[j];
            double y1 = x1[j];
            double y2 = x2[j];
            double y3 = x3[j];
            c0[j] = c0[j] + a0 * y0 + a1 * y1 + a2 * y2 + a3 * y3;
            c1[j] = c1[j] + e0 * y0 + e1 * y1 + e2 * y2 + e3 * y3;
        }
    }

    private static void twoByOne(double[] c0, double[] c1, int w, double a0, double e0, double[] x0) {
        for (int j = 0; j < w; j++) {
            double y0 = x0[j];
            c0[j] = c0[j] + a0 * y0;
            c1[j] = c1[j] + e0 * y0;
        }
    }

    private static void oneByFour(double[] c0, int w, double a0, double a1, double a2, double a3, double[] x0,
            double[] x1, double[] x2, double[] x3) {
        for (int j = 0; j < w; j++) {
            c0[j] = c0[j] + a0 * x0[j] + a1 * x1[j] + a2 * x2[j] + a3 * x3[j];
        }
    }

    private static void oneByOne(double[] c0, int w, double a0, double[] x0) {
        for (int j = 0; j < w; j++) {
            c0[j] = c0[j] + a0 * x0[j];
        }
    }

    @Override
    public String name() {
        return "plain-2x4";
    }

    /**
     * @param depth KC
     * @param columns W
     * @return the same product with other blocks (tests use small ones to cross every edge)
     */
    PlainGemm withBlocks(int depth, int columns) {
        return new PlainGemm(depth, columns);
    }

    /** @return KC and W, for reports */
    @Override
    public String blocking() {
        return "2x4 rows, depth " + depthBlock + ", " + columnBlock + " columns";
    }
}
