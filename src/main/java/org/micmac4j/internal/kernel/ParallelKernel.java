package org.micmac4j.internal.kernel;

import java.util.Arrays;
import java.util.concurrent.ForkJoinTask;

/**
 * Splits a {@link RowRangeKernel}'s step into contiguous row ranges of equal work, one per
 * thread. Each range writes its own rows of rowOut and accumulates its column products in a
 * private buffer; the buffers are then summed column-range by column-range, also in parallel.
 * rowOut is bit-identical to the single-threaded kernel; colOut differs only by the grouping of
 * the column sums (range by range), which is fixed for a given n and thread count.
 */
final class ParallelKernel implements RankingKernel {
    private final RowRangeKernel inner;
    private final int n;
    private final int[] rowBounds;
    /** partial[0] is colOut itself; the others are reused between steps. */
    private final double[][] partial;

    /**
     * @param inner the single-threaded kernel; used by this one only
     * @param threads the number of row ranges, at least 2
     */
    ParallelKernel(RowRangeKernel inner, int threads) {
        this.inner = inner;
        this.n = inner.size();
        int t = Math.max(1, Math.min(threads, n));
        this.rowBounds = balance(inner, t);
        this.partial = new double[t][];
        for (int k = 1; k < t; k++) {
            partial[k] = new double[n];
        }
    }

    /** Row bounds b[0] = 0 ≤ … ≤ b[t] = n splitting the work into t near-equal parts. */
    private static int[] balance(RowRangeKernel k, int t) {
        int n = k.size();
        long total = k.work();
        int[] b = new int[t + 1];
        b[t] = n;
        for (int part = 1; part < t; part++) {
            long goal = total * part / t;
            int lo = b[part - 1], hi = n;
            while (lo < hi) { // first row whose preceding work reaches the goal
                int mid = (lo + hi) >>> 1;
                if (k.workBefore(mid) < goal) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            b[part] = lo;
        }
        return b;
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public void step(double[] x, double[] y, double[] rowOut, double[] colOut) {
        int t = partial.length;
        ForkJoinTask<?>[] tasks = new ForkJoinTask<?>[t];
        for (int k = 0; k < t; k++) {
            final int part = k;
            tasks[k] = ForkJoinTask.adapt(() -> {
                double[] acc = part == 0 ? colOut : partial[part];
                Arrays.fill(acc, 0, n, 0.0);
                inner.stepRows(x, y, rowOut, acc, rowBounds[part], rowBounds[part + 1]);
            });
        }
        KernelPool.get().invoke(ForkJoinTask.adapt(() -> ForkJoinTask.invokeAll(tasks)));
        for (int k = 0; k < t; k++) {
            final int from = (int) ((long) n * k / t), to = (int) ((long) n * (k + 1) / t);
            tasks[k] = ForkJoinTask.adapt(() -> reduce(colOut, from, to));
        }
        KernelPool.get().invoke(ForkJoinTask.adapt(() -> ForkJoinTask.invokeAll(tasks)));
        Finite.check(rowOut, colOut, n);
    }

    /** colOut[j] += partial[1][j] + … + partial[t-1][j] for from ≤ j &lt; to, in that order. */
    private void reduce(double[] colOut, int from, int to) {
        for (int k = 1; k < partial.length; k++) {
            double[] p = partial[k];
            for (int j = from; j < to; j++) {
                colOut[j] += p[j];
            }
        }
    }

    @Override
    public String name() {
        return inner.name() + "-x" + partial.length;
    }
}
