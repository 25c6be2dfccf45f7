package org.micmac4j.cib;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.micmac4j.internal.Messages;
import org.micmac4j.internal.parallel.Workers;

/**
 * Full sweeps of every scenario of a matrix, for the solution set with IC ≤ K.
 *
 * <p>{@link #incremental}: the scenarios are visited as an odometer (last descriptor fastest). With
 * three or more descriptors the last two form an inner block decided with bounds first (see
 * {@code blockTask}); otherwise the
 * scores of all descriptors but the last, B = Σ_{i &lt; last} C[(i, z_i), ·], change by one
 * precomputed difference row per odometer step; the last descriptor's row is added lazily, only
 * for the cells a check reads, and the check of a scenario stops at its first descriptor whose gap
 * exceeds K (most scenarios fail at the first or second descriptor).
 *
 * <p>{@link #plain}: the baseline and test oracle: every scenario decoded from its rank and its
 * whole balance recomputed from the matrix.
 */
final class Sweep {
    private final int nd;
    private final int n;
    private final int[] k;
    private final int[] off;
    private final int[] cells;
    private final int cap;
    private final long maxResults;
    private final AtomicLong found = new AtomicLong();

    /** the constraints, or null: the sweeps visit every scenario and drop the infeasible ones when recording */
    private final Feasibility feasibility;

    Sweep(CibMatrix m, int maxInconsistency, long maxResults) {
        this(m, maxInconsistency, null, maxResults);
    }

    Sweep(CibMatrix m, int maxInconsistency, Feasibility feasibility, long maxResults) {
        this.feasibility = feasibility;
        var s = m.space();
        nd = s.descriptorCount();
        n = m.size();
        k = s.variantCounts();
        off = new int[nd];
        for (int d = 0; d < nd; d++) {
            off[d] = s.offset(d);
        }
        cells = m.cells();
        cap = maxInconsistency;
        this.maxResults = maxResults;
    }

    private void record(List<int[]> out, int[] z) {
        if (feasibility != null && !feasibility.admits(z)) {
            return;
        }
        if (found.incrementAndGet() > maxResults) {
            throw Messages.invalid("more than %d scenarios have an inconsistency of at most %d: "
                    + "lower the maximum inconsistency or raise the result limit", maxResults, cap);
        }
        out.add(z.clone());
    }

    /** The incremental sweep; tasks are the values of the first descriptor(s). */
    List<int[]> incremental(int threads) {
        if (nd == 1) {
            return plain(1);
        }
        int prefix = 0;
        long tasks = 1;
        int maxPrefix = nd >= 3 ? nd - 3 : nd - 1;
        while (prefix < maxPrefix && tasks < 16L * threads) {
            tasks *= k[prefix];
            prefix++;
        }
        int p = prefix;
        List<List<int[]>> parts = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            parts.add(null);
        }
        Workers.run(threads, (int) tasks, task -> parts.set(task, incrementalTask(task, p)));
        List<int[]> all = new ArrayList<>();
        parts.forEach(all::addAll);
        return all;
    }

    private List<int[]> incrementalTask(int task, int prefix) {
        return prefix <= nd - 3 ? blockTask(task, prefix) : lastTask(task, prefix);
    }

    /**
     * The sweep with the last two descriptors as an inner block of W = k1·k2 scenarios. For each
     * state of the other descriptors, bounds of the inner rows' contributions (their minimum and
     * maximum over the block, per column) classify every outer descriptor: its gap exceeds K for
     * every inner combination (the whole block fails at once), stays within K for every one (no
     * check needed), or is checked per scenario.
     */
    private List<int[]> blockTask(int task, int prefix) {
        List<int[]> out = new ArrayList<>();
        int l1 = nd - 2;
        int l2 = nd - 1;
        int w = k[l1] * k[l2];
        int[] r = new int[w * n];
        for (int u = 0; u < k[l1]; u++) {
            for (int v = 0; v < k[l2]; v++) {
                int row1 = (off[l1] + u) * n;
                int row2 = (off[l2] + v) * n;
                int x = (u * k[l2] + v) * n;
                for (int c = 0; c < n; c++) {
                    r[x + c] = cells[row1 + c] + cells[row2 + c];
                }
            }
        }
        int[] rmin = new int[n];
        int[] rmax = new int[n];
        RowOdometer.columnBounds(r, w, n, rmin, rmax);
        int[] z = RowOdometer.start(task, prefix, k, nd);
        int[] check = new int[nd];
        int[] b = RowOdometer.rowSum(z, l1, off, cells, n);
        while (true) {
            int nc = 0;
            boolean blockFails = false;
            for (int j = 0; j < l1 && !blockFails; j++) {
                int base = off[j];
                int own = base + z[j];
                int ownLo = b[own] + rmin[own];
                int ownHi = b[own] + rmax[own];
                boolean sure = true;
                for (int x = base; x < base + k[j]; x++) {
                    if (b[x] + rmin[x] - ownHi > cap) {
                        blockFails = true;
                        break;
                    }
                    if (b[x] + rmax[x] - ownLo > cap) {
                        sure = false;
                    }
                }
                if (!sure) {
                    check[nc++] = j;
                }
            }
            if (!blockFails) {
                check[nc++] = l1;
                check[nc++] = l2;
                for (int u = 0; u < k[l1]; u++) {
                    z[l1] = u;
                    for (int v = 0; v < k[l2]; v++) {
                        z[l2] = v;
                        if (passes(b, r, (u * k[l2] + v) * n, z, check, nc)) {
                            record(out, z);
                        }
                    }
                }
            }
            if (!RowOdometer.advance(z, b, l1 - 1, prefix, off, k, cells, n)) {
                return out;
            }
        }
    }

    private boolean passes(int[] b, int[] r, int rowW, int[] z, int[] check, int nc) {
        for (int q = nc - 1; q >= 0; q--) { // the inner descriptors first: they fail most often
            int j = check[q];
            int base = off[j];
            int own = b[base + z[j]] + r[rowW + base + z[j]];
            for (int v = 0; v < k[j]; v++) {
                if (b[base + v] + r[rowW + base + v] - own > cap) {
                    return false;
                }
            }
        }
        return true;
    }

    private List<int[]> lastTask(int task, int prefix) {
        List<int[]> out = new ArrayList<>();
        int last = nd - 1;
        int[] z = RowOdometer.start(task, prefix, k, nd);
        int[] b = RowOdometer.rowSum(z, last, off, cells, n);
        int offLast = off[last];
        int kLast = k[last];
        while (true) {
            for (int v = 0; v < kLast; v++) {
                int rowL = (offLast + v) * n;
                z[last] = v;
                if (passes(b, rowL, z)) {
                    record(out, z);
                }
            }
            if (!RowOdometer.advance(z, b, last - 1, prefix, off, k, cells, n)) {
                return out;
            }
        }
    }

    private boolean passes(int[] b, int rowL, int[] z) {
        for (int j = nd - 1; j >= 0; j--) {
            int base = off[j];
            int own = b[base + z[j]] + cells[rowL + base + z[j]];
            for (int v = 0; v < k[j]; v++) {
                if (b[base + v] + cells[rowL + base + v] - own > cap) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The plain sweep: every scenario's balance recomputed from scratch. */
    List<int[]> plain(int threads) {
        long size = 1;
        for (int d = 0; d < nd; d++) {
            size *= k[d];
        }
        long total = size;
        int tasks = (int) Math.min(total, 64L * Math.max(1, threads));
        List<List<int[]>> parts = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            parts.add(null);
        }
        Workers.run(threads, tasks, task -> {
            List<int[]> out = new ArrayList<>();
            long lo = total * task / tasks;
            long hi = total * (task + 1) / tasks;
            int[] z = new int[nd];
            int[] theta = new int[n];
            for (long rank = lo; rank < hi; rank++) {
                long r = rank;
                for (int d = nd - 1; d >= 0; d--) {
                    z[d] = (int) (r % k[d]);
                    r /= k[d];
                }
                java.util.Arrays.fill(theta, 0);
                for (int d = 0; d < nd; d++) {
                    int row = (off[d] + z[d]) * n;
                    for (int c = 0; c < n; c++) {
                        theta[c] += cells[row + c];
                    }
                }
                if (inconsistency(theta, z) <= cap) {
                    record(out, z);
                }
            }
            parts.set(task, out);
        });
        List<int[]> all = new ArrayList<>();
        parts.forEach(all::addAll);
        return all;
    }

    private int inconsistency(int[] theta, int[] z) {
        int ic = 0;
        for (int j = 0; j < nd; j++) {
            int own = theta[off[j] + z[j]];
            for (int v = 0; v < k[j]; v++) {
                ic = Math.max(ic, theta[off[j] + v] - own);
            }
        }
        return ic;
    }
}
