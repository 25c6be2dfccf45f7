package org.micmac4j.internal.kernel;

import org.micmac4j.internal.parallel.Workers;

/**
 * Cache-blocked, multi-threaded C = A·B on n x n row-major {@code double[]}, in plain Java (the
 * inner loop is an axpy that C2 vectorizes). Rows of C are split between threads; each thread
 * walks (k, j) blocks of B sized for L2 and updates four rows of C at a time, so that each
 * loaded b_pj feeds four multiply-adds and the four C rows stay in L1.
 */
final class Gemm implements GemmKernel {
    /** The scalar kernel, always available. */
    static final Gemm INSTANCE = new Gemm();

    /** Depth of a B block (rows of B). */
    static final int BLOCK_K = 128;
    /** Width of a B block (columns): BLOCK_K x BLOCK_J doubles = 256 KiB, half an L2. */
    static final int BLOCK_J = 256;
    /** Below this order one thread does the whole product. */
    static final int PARALLEL_MIN_ORDER = 96;

    private Gemm() {
    }

    /**
     * C = A·B.
     *
     * @param a left factor, not modified
     * @param b right factor, not modified
     * @param c receives the product, overwritten; must not alias {@code a} or {@code b}
     * @param n order
     * @param threads number of threads (1 for none)
     */
    @Override
    public void multiply(double[] a, double[] b, double[] c, int n, int threads) {
        byRows(n, threads, (from, to) -> rows(a, b, c, n, from, to));
    }

    /** Computes some rows of a product. */
    @FunctionalInterface
    interface RowRange {
        /**
         * @param from first row
         * @param to one past the last row
         */
        void run(int from, int to);
    }

    /**
     * Runs {@code task} on contiguous row ranges, one per thread (one range below
     * {@link #PARALLEL_MIN_ORDER}); boundaries on multiples of 4 keep all but the last range on
     * the four-row paths.
     */
    static void byRows(int n, int threads, RowRange task) {
        int t = n < PARALLEL_MIN_ORDER ? 1 : Math.max(1, Math.min(threads, n / 4));
        if (t == 1) {
            task.run(0, n);
            return;
        }
        Workers.run(t, t, k -> {
            int from = (int) ((long) n * k / t) & ~3;
            int to = k == t - 1 ? n : (int) ((long) n * (k + 1) / t) & ~3;
            task.run(from, to);
        });
    }

    @Override
    public String name() {
        return "blocked-scalar";
    }

    /** Rows from..to-1 of C = A·B. */
    static void rows(double[] a, double[] b, double[] c, int n, int from, int to) {
        java.util.Arrays.fill(c, from * n, to * n, 0.0);
        for (int kb = 0; kb < n; kb += BLOCK_K) {
            int kEnd = Math.min(n, kb + BLOCK_K);
            for (int jb = 0; jb < n; jb += BLOCK_J) {
                int jEnd = Math.min(n, jb + BLOCK_J);
                int i = from;
                for (; i + 3 < to; i += 4) {
                    int j = jb;
                    for (; j + 3 < jEnd; j += 4) {
                        tile4x4(a, b, c, n, i, j, kb, kEnd);
                    }
                    for (int r = i; r < i + 4; r++) {
                        block1(a, b, c, n, r, kb, kEnd, j, jEnd);
                    }
                }
                for (; i < to; i++) {
                    block1(a, b, c, n, i, kb, kEnd, jb, jEnd);
                }
            }
        }
    }

    /**
     * c[i..i+3][j..j+3] += a[i..i+3][kb..kEnd) · b[kb..kEnd)[j..j+3]: sixteen accumulators in
     * registers, eight loads per sixteen multiply-adds. (C2 does not vectorize the axpy form of
     * this loop on row offsets of one array, so register blocking is what pays in plain Java.)
     */
    private static void tile4x4(double[] a, double[] b, double[] c, int n, int i, int j, int kb, int kEnd) {
        final int r0 = i * n, r1 = r0 + n, r2 = r1 + n, r3 = r2 + n;
        double c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
        double c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
        for (int p = kb, bp = kb * n + j; p < kEnd; p++, bp += n) {
            final double b0 = b[bp], b1 = b[bp + 1], b2 = b[bp + 2], b3 = b[bp + 3];
            double av = a[r0 + p];
            c00 += av * b0; c01 += av * b1; c02 += av * b2; c03 += av * b3;
            av = a[r1 + p];
            c10 += av * b0; c11 += av * b1; c12 += av * b2; c13 += av * b3;
            av = a[r2 + p];
            c20 += av * b0; c21 += av * b1; c22 += av * b2; c23 += av * b3;
            av = a[r3 + p];
            c30 += av * b0; c31 += av * b1; c32 += av * b2; c33 += av * b3;
        }
        c[r0 + j] += c00; c[r0 + j + 1] += c01; c[r0 + j + 2] += c02; c[r0 + j + 3] += c03;
        c[r1 + j] += c10; c[r1 + j + 1] += c11; c[r1 + j + 2] += c12; c[r1 + j + 3] += c13;
        c[r2 + j] += c20; c[r2 + j + 1] += c21; c[r2 + j + 2] += c22; c[r2 + j + 3] += c23;
        c[r3 + j] += c30; c[r3 + j + 1] += c31; c[r3 + j + 2] += c32; c[r3 + j + 3] += c33;
    }

    /**
     * c[i][jb..jEnd) += a[i][kb..kEnd) · b[kb..kEnd)[jb..jEnd): the edges of a block, also for
     * the Vector API product.
     */
    static void block1(double[] a, double[] b, double[] c, int n, int i, int kb, int kEnd, int jb, int jEnd) {
        final int ci = i * n;
        for (int p = kb; p < kEnd; p++) {
            final double aip = a[ci + p];
            final int bp = p * n;
            for (int j = jb; j < jEnd; j++) {
                c[ci + j] += aip * b[bp + j];
            }
        }
    }
}
