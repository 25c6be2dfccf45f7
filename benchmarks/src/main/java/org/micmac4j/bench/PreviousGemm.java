package org.micmac4j.bench;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Baseline for the plain-Java product: the library's GEMM before issue 20 (main at dee76d6,
 * {@code internal.kernel.Gemm}), unpacked: rows of C split between threads, (k, j) blocks of B of
 * 128 x 256, a 4 x 4 register tile read straight from the row-major operands. Kept here, not in
 * the library, so that the packed product's gain is measured in the same run.
 */
final class PreviousGemm {
    private static final int BLOCK_K = 128;
    private static final int BLOCK_J = 256;
    /** As the library's kernel pool then: one worker per processor, daemon threads. */
    private static final ForkJoinPool POOL = new ForkJoinPool(Runtime.getRuntime().availableProcessors(), p -> {
        java.util.concurrent.ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
        t.setDaemon(true);
        return t;
    }, null, false);

    private PreviousGemm() {
    }

    /** M^7 as the library computed it then: M·M²·M⁴, four products. */
    static double[] power7(double[] m, int n, int threads) {
        double[] m2 = multiply(m, m, n, threads);
        double[] m3 = multiply(m, m2, n, threads);
        double[] m4 = multiply(m2, m2, n, threads);
        return multiply(m3, m4, n, threads);
    }

    static double[] multiply(double[] a, double[] b, int n, int threads) {
        double[] c = new double[n * n];
        int t = Math.max(1, Math.min(threads, n / 4));
        ForkJoinTask<?>[] tasks = new ForkJoinTask<?>[t];
        for (int k = 0; k < t; k++) {
            final int from = (int) ((long) n * k / t) & ~3;
            final int to = k == t - 1 ? n : (int) ((long) n * (k + 1) / t) & ~3;
            tasks[k] = ForkJoinTask.adapt(() -> rows(a, b, c, n, from, to));
        }
        POOL.invoke(ForkJoinTask.adapt(() -> ForkJoinTask.invokeAll(tasks)));
        return c;
    }

    private static void rows(double[] a, double[] b, double[] c, int n, int from, int to) {
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

    private static void block1(double[] a, double[] b, double[] c, int n, int i, int kb, int kEnd, int jb, int jEnd) {
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
