package org.micmac4j.cib;

import java.util.ArrayDeque;
import java.util.Arrays;

import org.micmac4j.internal.parallel.Workers;

/**
 * The successor ranks of consecutive scenarios, visited in rank order as an odometer
 * ({@link RowOdometer}): the first pass of the exact basins in memory ({@link #run}) and the
 * source of first steps of the streamed basins ({@link #blocks}). The scores of every descriptor
 * are kept as partial sums over the outer descriptors (one difference row per odometer step), and
 * the last descriptors, an {@link InnerBlock} of up to {@link #INNER_MAX} combinations, are
 * evaluated descriptor by descriptor over all their combinations at once: from a
 * {@link SuccessorMemo} row when the descriptor's key box is small; otherwise decided once per
 * block when its best variant wins against every inner combination (bounds); else looked up per
 * combination in its {@link MoveTable}, or evaluated directly when it has none. Every successor
 * follows the rule of {@link SuccessionKernel#step} (the tests compare each with a full step).
 *
 * <p><b>Ranks beyond an int.</b> A successor rank is written as hi · S + lo with both parts in
 * {@code int} arrays, S the number of combinations of the last descriptors that fit an int: the
 * per-descriptor loops stay int loops (vectorised), and spaces up to about 2^62 scenarios are
 * covered ({@link #blocked()} is false beyond, or below three descriptors).
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
    private final boolean memos;
    private final InnerBlock block;
    private final MoveTable[] tables;
    /** memos of the inner block, one per running thread: taken by a task, given back after it */
    private final ArrayDeque<SuccessorMemo> idle = new ArrayDeque<>();
    /** descriptors before split go to the high part of the rank */
    private final int split;
    /** S: the weight of the high part */
    private final long loSpan;
    /** per descriptor: its stride in the low part (0 for a high descriptor) and in the high part */
    private final int[] stLo;
    private final int[] stHi;

    /**
     * Largest inner block, in combinations: long enough that the per-block work (bounds, memo
     * lookups, table keys) is amortised and the loops over the block run long, short enough that
     * memo rows stay few and in cache. When it was chosen, on bench_50x50 (single thread,
     * pre-touched heap), the successor pass took 1.26 s with 27 combinations, 0.81 s with 81,
     * 0.67 s with 243, 1.0 s with 729.
     */
    static final int INNER_MAX = 256;

    SuccessorPass(SuccessionKernel kernel) {
        this(kernel, true, true);
    }

    /**
     * @param memos whether descriptors with a small key box use {@link SuccessorMemo} rows
     * @param useTables whether the others use their {@link MoveTable}s (the tests check each way
     *     against full steps; the library uses both)
     */
    SuccessorPass(SuccessionKernel kernel, boolean memos, boolean useTables) {
        if (kernel.rule != SuccessionRule.GLOBAL) { // memo rows, tables and bounds decide global moves only
            throw new IllegalArgumentException("the blocked pass computes global steps, not " + kernel.rule.id());
        }
        this.kernel = kernel;
        nd = kernel.nd;
        n = kernel.n;
        k = kernel.k;
        off = kernel.off;
        cells = kernel.cells;
        stride = kernel.stride;
        size = kernel.size;
        this.memos = memos;
        int in = innerCount();
        // the low part: the last descriptors whose combinations fit an int
        int s = nd;
        long span = 1;
        while (s > 0 && span * k[s - 1] <= Integer.MAX_VALUE) {
            span *= k[s - 1];
            s--;
        }
        split = s;
        loSpan = span;
        boolean fits = size > 0 && size / span <= Integer.MAX_VALUE;
        block = in > 0 && fits ? new InnerBlock(kernel, in) : null;
        stLo = new int[nd];
        stHi = new int[nd];
        for (int d = 0; d < nd; d++) {
            if (d >= split) {
                stLo[d] = (int) stride[d];
            } else if (fits) {
                stHi[d] = (int) (stride[d] / span);
            }
        }
        SuccessorMemo first = block != null && memos ? newMemo() : null;
        if (first != null) {
            idle.push(first);
        }
        // a descriptor with memo rows never looks at its table
        tables = block == null || !useTables ? null : MoveTable.all(kernel, block, j -> first != null && first.has(j));
    }

    /** Receives the successor ranks of one inner block. */
    interface BlockSink {
        /**
         * @param firstRank the rank of the block's first scenario
         * @param lo the low parts of the successor ranks, one per inner combination (read only, reused)
         * @param hi their high parts (all 0 in spaces below 2^31); rank = hi · {@link #loSpan()} + lo
         */
        void block(long firstRank, int[] lo, int[] hi);
    }

    /** @return whether the blocked pass applies (at least three descriptors, ranks within two ints) */
    boolean blocked() {
        return block != null;
    }

    /** @return the number of scenarios per block (the inner block's combinations) */
    int width() {
        return block.w;
    }

    /** @return S, the weight of the high part of a rank */
    long loSpan() {
        return loSpan;
    }

    /**
     * The successor rank of every scenario, in parallel over rank ranges (disjoint writes).
     *
     * @param threads worker threads
     * @return succ[rank]
     */
    int[] run(int threads) {
        int[] succ = new int[(int) size];
        if (block == null) {
            plain(threads, succ);
            return succ;
        }
        long count = size / block.w;
        int tasks = (int) Math.min(count, 64L * threads);
        Workers.run(threads, tasks, task -> {
            long from = count * task / tasks;
            long to = count * (task + 1) / tasks;
            blocks(from, to - from, (first, lo, hi) -> System.arraycopy(lo, 0, succ, (int) first, lo.length));
        });
        return succ;
    }

    /** {@link #run} with memos and tables chosen (tests). */
    int[] run(int threads, boolean memoRows, boolean moveTables) {
        return new SuccessorPass(kernel, memoRows, moveTables).run(threads);
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

    /** Below three descriptors: every scenario evaluated, tasks by the first descriptor's variant. */
    private void plain(int threads, int[] succ) {
        int prefix = nd > 1 ? 1 : 0;
        int tasks = prefix == 1 ? k[0] : 1;
        long perTask = size / tasks;
        Workers.run(threads, tasks, task -> plainTask(task, prefix, task * perTask, succ));
    }

    private void plainTask(int task, int prefix, long firstRank, int[] succ) {
        int last = nd - 1;
        int[] z = RowOdometer.start(task, prefix, k, nd);
        int[] b = RowOdometer.rowSum(z, last, off, cells, n);
        int offLast = off[last];
        int kLast = k[last];
        int rank = (int) firstRank;
        while (true) {
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
                    s += (b[base + zj] + cells[rowL + base + zj] == max ? zj : best) * stLo[j];
                }
                succ[rank] = s;
            }
            if (!RowOdometer.advance(z, b, last - 1, prefix, off, k, cells, n)) {
                return;
            }
        }
    }

    /**
     * The successor ranks of {@code count} consecutive inner blocks from block {@code firstBlock}
     * (block b holds the scenarios of ranks b·w .. b·w + w − 1), one block at a time. Per state of
     * the outer descriptors, descriptor by descriptor over the whole block: a descriptor with a
     * memo adds its memoised row; any other whose best variant wins even against the most
     * favourable inner combination for every rival (lower bound of its score above the upper
     * bounds of all others) moves to that variant in every combination, counted once per block;
     * the rest are looked up per combination in their {@link MoveTable}, or evaluated when they
     * have none. Thread-safe: each call takes its own memo.
     */
    void blocks(long firstBlock, long count, BlockSink sink) {
        if (count <= 0) {
            return;
        }
        SuccessorMemo mm = null;
        if (memos) {
            synchronized (idle) {
                mm = idle.isEmpty() ? newMemo() : idle.pop();
            }
        }
        try {
            blocks(firstBlock, count, sink, mm);
        } finally {
            if (mm != null) {
                synchronized (idle) {
                    idle.push(mm);
                }
            }
        }
    }

    private void blocks(long firstBlock, long count, BlockSink sink, SuccessorMemo mm) {
        int l1 = block.outer;
        int w = block.w;
        int[] rmin = block.min;
        int[] rmax = block.max;
        boolean[] has = new boolean[nd];
        int[] memoised = new int[nd];
        int nm = 0;
        for (int j = 0; j < nd; j++) {
            has[j] = mm != null && mm.has(j);
            if (has[j]) {
                memoised[nm++] = j;
            }
        }
        int[] lo = new int[w];
        int[] hi = new int[w];
        int[] z = new int[nd];
        long rest = firstBlock;
        for (int d = l1 - 1; d >= 0; d--) {
            z[d] = (int) (rest % k[d]);
            rest /= k[d];
        }
        int[] undecided = new int[nd];
        int[] b = RowOdometer.rowSum(z, l1, off, cells, n);
        long rank = firstBlock * w;
        for (long done = 0; done < count; done++) {
            int constLo = 0;
            int constHi = 0;
            int nu = 0;
            for (int j = 0; j < nd; j++) {
                if (has[j]) {
                    continue;
                }
                int base = off[j];
                int best = 0;
                int bestLo = b[base] + rmin[base];
                for (int x = 1; x < k[j]; x++) {
                    int l = b[base + x] + rmin[base + x];
                    if (l > bestLo) {
                        bestLo = l;
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
                    constLo += best * stLo[j];
                    constHi += best * stHi[j];
                } else {
                    undecided[nu++] = j;
                }
            }
            Arrays.fill(lo, constLo);
            Arrays.fill(hi, constHi);
            for (int q = 0; q < nm; q++) {
                int j = memoised[q];
                if (j >= split) {
                    mm.add(j, z[j], b, lo, stLo[j]);
                } else {
                    mm.add(j, z[j], b, hi, stHi[j]);
                }
            }
            for (int q = 0; q < nu; q++) {
                int j = undecided[q];
                MoveTable t = tables == null ? null : tables[j];
                int[] acc = j >= split ? lo : hi;
                int st = j >= split ? stLo[j] : stHi[j];
                if (t == null) {
                    SuccessorMemo.addMoves(b, block.scores, w, off[j], k[j], st, z[j],
                            j >= l1 ? block.variants[j - l1] : null, acc, 0);
                } else {
                    t.addMoves(t.outerKey(b, j < l1 ? z[j] : 0), st, acc);
                }
            }
            sink.block(rank, lo, hi);
            rank += w;
            if (done + 1 < count && !RowOdometer.advance(z, b, l1 - 1, 0, off, k, cells, n)) {
                return;
            }
        }
    }

    private SuccessorMemo newMemo() {
        return new SuccessorMemo(kernel, block.outer, block.scores, block.w, block.variants);
    }
}
