package org.micmac4j.cib;

import java.util.ArrayDeque;
import java.util.Arrays;

import org.micmac4j.internal.parallel.Workers;

/**
 * The first pass of the exact basins ({@link SuccessionKernel#exact}): the successor rank of
 * every scenario, visited in rank order as an odometer ({@link RowOdometer}). The scores of every
 * descriptor are kept as partial sums over the outer descriptors (one difference row per odometer
 * step), and the last descriptors, an {@link InnerBlock} of up to {@link #INNER_MAX} combinations,
 * are evaluated descriptor by descriptor over all their combinations at once: from a
 * {@link SuccessorMemo} row when the descriptor's key box is small; otherwise decided once per
 * block when its best variant wins against every inner combination (bounds); else looked up per
 * combination in its {@link MoveTable}, or evaluated directly when it has none. Every successor
 * follows the rule of {@link SuccessionKernel#step} (the tests compare each with a full step).
 */
final class SuccessorPass {
    private final SuccessionKernel kernel;
    private final int nd;
    private final int n;
    private final int[] k;
    private final int[] off;
    private final int[] cells;
    private final long[] stride;
    private final long size;

    SuccessorPass(SuccessionKernel kernel) {
        this.kernel = kernel;
        nd = kernel.nd;
        n = kernel.n;
        k = kernel.k;
        off = kernel.off;
        cells = kernel.cells;
        stride = kernel.stride;
        size = kernel.size;
    }

    /**
     * Largest inner block, in combinations: long enough that the per-block work (bounds, memo
     * lookups, table keys) is amortised and the loops over the block run long, short enough that
     * memo rows stay few and in cache. When it was chosen, on bench_50x50 (single thread,
     * pre-touched heap), the successor pass took 1.26 s with 27 combinations, 0.81 s with 81,
     * 0.67 s with 243, 1.0 s with 729.
     */
    static final int INNER_MAX = 256;

    /**
     * The successor rank of every scenario, in parallel over rank ranges (disjoint writes),
     * choosing the ways an undecided descriptor's moves over the inner block are found (the tests
     * check each against full steps; the library uses both).
     *
     * @param memos whether descriptors with a small key box use {@link SuccessorMemo} rows
     * @param tables whether the others use their {@link MoveTable}s
     */
    int[] run(int threads, boolean memos, boolean tables) {
        int[] succ = new int[(int) size];
        int in = innerCount();
        // tasks: the readings of the first descriptors (never the last one, nor the inner block)
        int fixable = in > 0 ? nd - in : nd - 1;
        int prefix = 0;
        long tasks = 1;
        while (prefix < fixable && tasks < 64L * threads) {
            tasks *= k[prefix];
            prefix++;
        }
        int p = prefix;
        long perTask = size / tasks;
        InnerBlock block = in > 0 ? new InnerBlock(kernel, in) : null;
        // memos of the inner block, one per running thread: taken by a task, given back after it
        ArrayDeque<SuccessorMemo> idle = new ArrayDeque<>();
        SuccessorMemo first = block != null && memos ? newMemo(block) : null;
        if (first != null) {
            idle.push(first);
        }
        // a descriptor with memo rows never looks at its table
        MoveTable[] lookups = block == null || !tables ? null
                : MoveTable.all(kernel, block, j -> first != null && first.has(j));
        Workers.run(threads, (int) tasks, task -> {
            if (block == null) {
                plainTask(task, p, task * perTask, succ);
                return;
            }
            SuccessorMemo memo = null;
            if (memos) {
                synchronized (idle) {
                    memo = idle.isEmpty() ? newMemo(block) : idle.pop();
                }
            }
            blockTask(task, p, task * perTask, succ, block, lookups, memo);
            if (memo != null) {
                synchronized (idle) {
                    idle.push(memo);
                }
            }
        });
        return succ;
    }

    /**
     * The number of last descriptors evaluated together per outer state: as many as fit
     * {@link #INNER_MAX} combinations, at least one, always leaving one outer descriptor; 0 (no
     * block) below three descriptors.
     */
    int innerCount() {
        if (nd < 3) {
            return 0;
        }
        int count = 1;
        long w = k[nd - 1];
        while (count < nd - 1 && w * k[nd - 1 - count] <= INNER_MAX) {
            w *= k[nd - 1 - count];
            count++;
        }
        return count;
    }

    private void plainTask(int task, int prefix, long firstRank, int[] succ) {
        int last = nd - 1;
        int[] z = RowOdometer.start(task, prefix, k, nd);
        int[] b = RowOdometer.rowSum(z, last, off, cells, n);
        int offLast = off[last];
        int kLast = k[last];
        int[] istride = rankStrides();
        int rank = (int) firstRank;
        while (true) {
            // successor rank of all but the last descriptor does not depend on z[last] only through
            // the last row, so it is computed per last variant
            for (int v = 0; v < kLast; v++, rank++) {
                int rowL = (offLast + v) * n;
                int s = 0;
                for (int j = 0; j < nd; j++) {
                    int base = off[j];
                    int zj = j == last ? v : z[j];
                    int best = 0;
                    int max = b[base] + cells[rowL + base];
                    for (int x = 1; x < k[j]; x++) {
                        int t = b[base + x] + cells[rowL + base + x];
                        if (t > max) {
                            max = t;
                            best = x;
                        }
                    }
                    s += (b[base + zj] + cells[rowL + base + zj] == max ? zj : best) * istride[j];
                }
                succ[rank] = s;
            }
            if (!RowOdometer.advance(z, b, last - 1, prefix, off, k, cells, n)) {
                return;
            }
        }
    }

    /**
     * The successor ranks of one task's scenarios, the inner block's w combinations at a time.
     * Per state of the outer descriptors, descriptor by descriptor over the whole block: a
     * descriptor with a memo adds its memoised row; any other whose best variant wins even against
     * the most favourable inner combination for every rival (lower bound of its score above the
     * upper bounds of all others) moves to that variant in every combination, counted once per
     * block; the rest are looked up per combination in their {@link MoveTable}, or evaluated when
     * they have none.
     */
    private void blockTask(int task, int prefix, long firstRank, int[] succ, InnerBlock block,
            MoveTable[] tables, SuccessorMemo mm) {
        int l1 = block.outer;
        int w = block.w;
        int[] rmin = block.min;
        int[] rmax = block.max;
        int[] istride = rankStrides();
        boolean[] has = new boolean[nd];
        int[] memoised = new int[nd];
        int nm = 0;
        for (int j = 0; j < nd; j++) {
            has[j] = mm != null && mm.has(j);
            if (has[j]) {
                memoised[nm++] = j;
            }
        }
        int[] acc = new int[w];
        int[] z = RowOdometer.start(task, prefix, k, nd);
        int[] undecided = new int[nd];
        int[] b = RowOdometer.rowSum(z, l1, off, cells, n);
        int rank = (int) firstRank;
        while (true) {
            int constant = 0;
            int nu = 0;
            for (int j = 0; j < nd; j++) {
                if (has[j]) {
                    continue;
                }
                int base = off[j];
                int best = 0;
                int bestLo = b[base] + rmin[base];
                for (int x = 1; x < k[j]; x++) {
                    int lo = b[base + x] + rmin[base + x];
                    if (lo > bestLo) {
                        bestLo = lo;
                        best = x;
                    }
                }
                boolean decided = true;
                for (int x = 0; x < k[j]; x++) {
                    if (x != best && b[base + x] + rmax[base + x] >= bestLo) {
                        decided = false;
                        break;
                    }
                }
                if (decided) {
                    constant += best * istride[j];
                } else {
                    undecided[nu++] = j;
                }
            }
            Arrays.fill(acc, constant);
            for (int q = 0; q < nm; q++) {
                int j = memoised[q];
                mm.add(j, z[j], b, acc);
            }
            for (int q = 0; q < nu; q++) {
                int j = undecided[q];
                MoveTable t = tables == null ? null : tables[j];
                if (t == null) {
                    SuccessorMemo.addMoves(b, block.scores, w, off[j], k[j], istride[j], z[j],
                            j >= l1 ? block.variants[j - l1] : null, acc, 0);
                } else {
                    t.addMoves(t.outerKey(b, j < l1 ? z[j] : 0), istride[j], acc);
                }
            }
            System.arraycopy(acc, 0, succ, rank, w);
            rank += w;
            if (!RowOdometer.advance(z, b, l1 - 1, prefix, off, k, cells, n)) {
                return;
            }
        }
    }

    private SuccessorMemo newMemo(InnerBlock block) {
        return new SuccessorMemo(kernel, block.outer, block.scores, block.w, rankStrides(), block.variants);
    }

    /** The successor rank stride of every descriptor as an int (the exact pass's space fits an array). */
    private int[] rankStrides() {
        int[] istride = new int[nd];
        for (int d = 0; d < nd; d++) {
            istride[d] = (int) stride[d];
        }
        return istride;
    }
}
