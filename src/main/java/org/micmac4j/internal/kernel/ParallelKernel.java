package org.micmac4j.internal.kernel;

import java.util.Arrays;

import org.micmac4j.internal.parallel.Team;
import org.micmac4j.internal.parallel.Workers;

/**
 * Splits a {@link RowRangeKernel}'s step into contiguous row ranges of equal work, one per
 * thread. Each range writes its own rows of rowOut and accumulates its column products in a
 * private buffer; the buffers are then summed into colOut (O(n·threads), done by the caller).
 * rowOut is bit-identical to the single-threaded kernel; colOut differs only by the grouping of
 * the column sums (range by range), which is fixed for a given n and thread count. The ranges are
 * handed to threads by a {@link Team} (the back-to-back mode of {@link Workers}), whose helpers stay
 * awake between the steps of an iteration.
 */
final class ParallelKernel implements RankingKernel {
    private final RowRangeKernel inner;
    private final int n;
    private final int[] rowBounds;
    /** partial[0] is colOut itself; the others are reused between steps. */
    private final double[][] partial;
    private final Team team;

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
        this.team = Workers.team(t);
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
        // Range 0 accumulates into colOut itself, range k into partial[k], whichever thread runs it.
        team.run(part -> range(x, y, rowOut, part == 0 ? colOut : partial[part], part));
        // colOut[j] += partial[1][j] + … + partial[t-1][j]: O(n·t), small beside the O(n²) step.
        for (int k = 1; k < t; k++) {
            double[] p = partial[k];
            for (int j = 0; j < n; j++) {
                colOut[j] += p[j];
            }
        }
        Finite.check(rowOut, colOut, n);
    }

    private void range(double[] x, double[] y, double[] rowOut, double[] acc, int part) {
        Arrays.fill(acc, 0, n, 0.0);
        inner.stepRows(x, y, rowOut, acc, rowBounds[part], rowBounds[part + 1]);
    }

    @Override
    public String name() {
        return inner.name() + "-x" + partial.length;
    }
}
