package org.micmac4j.cib;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The global succession operator and its basin counts. One step: every descriptor j moves to a
 * variant of maximal score θ_j; it keeps its variant when that is already maximal, otherwise it
 * takes the first maximal one.
 *
 * <p><b>Exact basins.</b> Two passes over an int array of one entry per scenario (4 bytes each).
 * First the successor rank of every scenario, visited in rank order as an odometer: the scores of
 * every descriptor are kept as partial sums over the outer descriptors (one difference row per
 * odometer step), and the last descriptors, an {@link InnerBlock} of up to {@link #INNER_MAX}
 * combinations, are evaluated descriptor by descriptor over all their combinations at once. A
 * descriptor's moves over the block are read from a {@link SuccessorMemo} row when its key box is
 * small; otherwise, when its best variant wins against every inner combination (bounds), it is
 * decided once per block, else looked up per combination in its {@link MoveTable}. This pass runs
 * in parallel over rank ranges with disjoint writes. Then every scenario is resolved to its
 * attractor over the successor array, overwritten in place with minus the attractor code, in
 * parallel (see {@link #basins}): a walk ends at a resolved scenario or closes a new cycle, and the
 * codes are counted afterwards. Exact: every scenario's successor is computed with the same rule
 * as {@link #step}, and every scenario is counted once, in the basin its successor chain reaches.
 */
final class SuccessionKernel {
    final int nd;
    final int n;
    final int[] k;
    final int[] off;
    final int[] cells;
    final long[] stride;
    final long size;

    /** attractor code (1-based) -> canonical scenario ranks; guarded by this */
    private final List<long[]> attractors = new ArrayList<>();
    private final Map<List<Long>, Integer> codes = new HashMap<>();

    SuccessionKernel(CibMatrix m) {
        var s = m.space();
        nd = s.descriptorCount();
        n = m.size();
        k = s.variantCounts();
        off = new int[nd];
        for (int d = 0; d < nd; d++) {
            off[d] = s.offset(d);
        }
        cells = m.cells();
        stride = new long[nd];
        long st = 1;
        for (int d = nd - 1; d >= 0; d--) {
            stride[d] = st;
            st = s.size().bitLength() < 63 ? st * k[d] : st;
        }
        size = s.size().bitLength() < 63 ? s.size().longValue() : -1;
    }

    /** One full step: scores recomputed from the matrix. Writes {@code next}; uses {@code theta}. */
    void step(int[] z, int[] next, int[] theta) {
        Arrays.fill(theta, 0);
        for (int d = 0; d < nd; d++) {
            int row = (off[d] + z[d]) * n;
            for (int c = 0; c < n; c++) {
                theta[c] += cells[row + c];
            }
        }
        for (int j = 0; j < nd; j++) {
            int base = off[j];
            int best = 0;
            int max = theta[base];
            for (int b = 1; b < k[j]; b++) {
                if (theta[base + b] > max) {
                    max = theta[base + b];
                    best = b;
                }
            }
            next[j] = theta[base + z[j]] == max ? z[j] : best;
        }
    }

    long rank(int[] z) {
        long r = 0;
        for (int d = 0; d < nd; d++) {
            r += z[d] * stride[d];
        }
        return r;
    }

    void decode(long rank, int[] z) {
        long r = rank;
        for (int d = nd - 1; d >= 0; d--) {
            z[d] = (int) (r % k[d]);
            r /= k[d];
        }
    }

    /** @return the code of the attractor with these scenario ranks in succession order */
    synchronized int register(long[] cycle) {
        int min = 0;
        for (int i = 1; i < cycle.length; i++) {
            if (cycle[i] < cycle[min]) {
                min = i;
            }
        }
        long[] canon = new long[cycle.length];
        List<Long> key = new ArrayList<>(cycle.length);
        for (int i = 0; i < cycle.length; i++) {
            canon[i] = cycle[(min + i) % cycle.length];
            key.add(canon[i]);
        }
        Integer c = codes.get(key);
        if (c == null) {
            attractors.add(canon);
            c = attractors.size();
            codes.put(key, c);
        }
        return c;
    }

    synchronized List<long[]> attractors() {
        return new ArrayList<>(attractors);
    }

    /**
     * Largest inner block, in combinations: long enough that the per-block work (bounds, memo
     * lookups, table keys) is amortised and the loops over the block run long, short enough that
     * memo rows stay few and in cache. On bench_50x50 (single thread, pre-touched heap) the
     * successor pass took 1.26 s with 27 combinations, 0.81 s with 81, 0.67 s with 243, 1.0 s with
     * 729.
     */
    static final int INNER_MAX = 256;

    /** Exact basin counts: counts[code] over every start; index 0 unused. */
    long[] exact(int threads) {
        int[] succ = successors(threads);
        return basins(succ, threads);
    }

    /** The successor rank of every scenario, in parallel over rank ranges (disjoint writes). */
    int[] successors(int threads) {
        return successors(threads, true, true);
    }

    /**
     * As {@link #successors(int)}, choosing the ways an undecided descriptor's moves over the inner
     * block are found (the tests check each against full steps).
     *
     * @param memos whether descriptors with a small key box use {@link SuccessorMemo} rows
     * @param tables whether the others use their {@link MoveTable}s
     */
    int[] successors(int threads, boolean memos, boolean tables) {
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
        InnerBlock block = in > 0 ? new InnerBlock(this, in) : null;
        MoveTable[] lookups = block == null || !tables ? null : MoveTable.all(this, block);
        // memos of the inner blocks, one per running thread: taken by a task, given back after it
        ArrayDeque<SuccessorMemo[]> idle = new ArrayDeque<>();
        Parallel.run(threads, (int) tasks, task -> {
            if (in > 0) {
                SuccessorMemo[] memo;
                synchronized (idle) {
                    memo = idle.isEmpty() ? new SuccessorMemo[1] : idle.pop();
                }
                successorBlockTask(task, p, task * perTask, succ, block, lookups, memos ? memo : null);
                synchronized (idle) {
                    idle.push(memo);
                }
            } else {
                successorTask(task, p, task * perTask, succ);
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

    /**
     * Resolves every scenario to its attractor over the successor array, overwriting it in place
     * with minus the attractor code, and counts the codes.
     *
     * <p>In parallel over rank chunks: a walk from an unresolved scenario follows successors until
     * a resolved one (its code) or a cycle, found by Brent's method (no marks written, so walks of
     * different threads never see each other's half-done state), then writes −code on every scenario
     * it walked. Threads may walk or write the same scenario: every write is that scenario's final
     * value (an attractor's code is unique, {@link #register}), and an int is read and written
     * whole, so a racing reader sees either the successor or the final code, both correct. Each
     * scenario is counted once, by the chunk that owns its rank, right after that chunk is
     * resolved (while it is still in cache), so the result does not depend on the threads.
     *
     * @param succ successor ranks; modified (ends holding −code per scenario)
     * @param threads worker threads
     * @return counts[code]; index 0 unused
     */
    long[] basins(int[] succ, int threads) {
        int len = succ.length;
        int chunks = (int) Math.min(len, 256L * Math.max(1, threads));
        long[][] parts = new long[chunks][];
        Parallel.run(threads, chunks, c -> parts[c] = resolve(succ, (int) ((long) len * c / chunks),
                (int) ((long) len * (c + 1) / chunks)));
        long[] counts = new long[1];
        for (long[] p : parts) {
            if (p.length > counts.length) {
                counts = Arrays.copyOf(counts, p.length);
            }
            for (int i = 0; i < p.length; i++) {
                counts[i] += p[i];
            }
        }
        return counts;
    }

    /**
     * Resolves the scenarios of ranks [from, to) and every scenario their walks pass.
     *
     * @return counts[code] over the scenarios of ranks [from, to) only: each is counted by the one
     *         chunk that owns it, whoever resolved it (once resolved, its value never changes)
     */
    private long[] resolve(int[] succ, int from, int to) {
        int[][] path = {new int[64]};
        for (int i = from; i < to; i++) {
            int first = succ[i];
            if (first < 0) {
                continue;
            }
            int then = succ[first];
            if (then < 0) { // the common case, kept short: the successor is resolved
                succ[i] = then;
            } else {
                walk(succ, i, path);
            }
        }
        // counted apart, once every scenario of the chunk holds its final value: inside the loop
        // above, the increments would chain every iteration to the previous one's cache miss
        long[] counts = new long[16];
        for (int i = from; i < to; i++) {
            int code = -succ[i];
            if (code >= counts.length) {
                counts = Arrays.copyOf(counts, Math.max(code + 1, counts.length * 2));
            }
            counts[code]++;
        }
        return counts;
    }

    /**
     * Walks from unresolved scenario i to a resolved scenario or a new cycle and writes −code on
     * every scenario of the walk.
     *
     * @param scratch scratch[0] holds the walk; replaced by a longer array when a walk needs it
     * @return the attractor code
     */
    private int walk(int[] succ, int i, int[][] scratch) {
        int[] path = scratch[0];
        int len = 0;
        int cur = i;
        int code;
        // Brent: the tortoise jumps to the walker at powers of two; meeting it again closes a
        // cycle of exactly lam steps, the last lam scenarios of the path
        int tortoise = i;
        int power = 1;
        int lam = 0;
        while (true) {
            int v = succ[cur];
            if (v < 0) {
                code = -v;
                break;
            }
            if (len == path.length) {
                path = Arrays.copyOf(path, len * 2);
                scratch[0] = path;
            }
            path[len++] = cur;
            lam++;
            if (v == tortoise) {
                long[] cycle = new long[lam];
                for (int q = 0; q < lam; q++) {
                    cycle[q] = path[len - lam + q];
                }
                code = register(cycle);
                break;
            }
            if (lam == power) {
                tortoise = v;
                power <<= 1;
                lam = 0;
            }
            cur = v;
        }
        for (int q = 0; q < len; q++) {
            succ[path[q]] = -code;
        }
        return code;
    }

    private void successorTask(int task, int prefix, long firstRank, int[] succ) {
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
    private void successorBlockTask(int task, int prefix, long firstRank, int[] succ, InnerBlock block,
            MoveTable[] tables, SuccessorMemo[] memo) {
        int l1 = block.outer;
        int w = block.w;
        int[] rmin = block.min;
        int[] rmax = block.max;
        int[] istride = rankStrides();
        if (memo != null && memo[0] == null) {
            memo[0] = new SuccessorMemo(this, l1, block.scores, w, istride, block.variants);
        }
        SuccessorMemo mm = memo == null ? null : memo[0];
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

    /** The successor rank stride of every descriptor as an int (the exact pass's space fits an array). */
    private int[] rankStrides() {
        int[] istride = new int[nd];
        for (int d = 0; d < nd; d++) {
            istride[d] = (int) stride[d];
        }
        return istride;
    }

    /**
     * Sampled basin counts over {@code samples} uniform random starts. Starts are drawn per chunk
     * from generators split off one seeded generator in chunk order, so the counts depend on the
     * seed only, not on the number of threads.
     */
    List<Map.Entry<List<int[]>, Long>> sampled(long samples, long seed, int threads) {
        int chunks = (int) Math.min(samples, 256);
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] rnd = new SplittableRandom[chunks];
        for (int i = 0; i < chunks; i++) {
            rnd[i] = root.split();
        }
        List<Map<String, Object[]>> parts = new ArrayList<>();
        for (int i = 0; i < chunks; i++) {
            parts.add(null);
        }
        Parallel.run(threads, chunks, c -> {
            long lo = samples * c / chunks;
            long hi = samples * (c + 1) / chunks;
            Map<String, Object[]> counts = new HashMap<>();
            int[] z = new int[nd];
            int[] next = new int[nd];
            int[] theta = new int[n];
            for (long i = lo; i < hi; i++) {
                for (int d = 0; d < nd; d++) {
                    z[d] = rnd[c].nextInt(k[d]);
                }
                List<int[]> att = attractorOf(z, next, theta);
                String key = key(att);
                Object[] e = counts.computeIfAbsent(key, x -> new Object[] {att, new long[1]});
                ((long[]) e[1])[0]++;
            }
            parts.set(c, counts);
        });
        Map<String, Object[]> all = new HashMap<>();
        for (Map<String, Object[]> p : parts) {
            p.forEach((key, e) -> {
                Object[] t = all.computeIfAbsent(key, x -> new Object[] {e[0], new long[1]});
                ((long[]) t[1])[0] += ((long[]) e[1])[0];
            });
        }
        List<Map.Entry<List<int[]>, Long>> out = new ArrayList<>();
        all.values().forEach(e -> {
            @SuppressWarnings("unchecked")
            List<int[]> att = (List<int[]>) e[0];
            out.add(Map.entry(att, ((long[]) e[1])[0]));
        });
        return out;
    }

    private static String key(List<int[]> att) {
        StringBuilder b = new StringBuilder();
        for (int[] s : att) {
            b.append(Arrays.toString(s));
        }
        return b.toString();
    }

    /**
     * Follows the succession from {@code start} (not modified) with full steps.
     *
     * @return the path (start first) followed by a separator-free attractor: see {@link #trajectory}
     */
    List<int[]> attractorOf(int[] start, int[] next, int[] theta) {
        List<int[]> path = new ArrayList<>();
        int at = trajectory(start, path, next, theta);
        return canonical(path.subList(at, path.size()));
    }

    /** Appends the visited scenarios to {@code path}; returns the index where the attractor starts. */
    int trajectory(int[] start, List<int[]> path, int[] next, int[] theta) {
        Map<String, Integer> seen = new HashMap<>();
        int[] cur = start.clone();
        while (true) {
            String key = Arrays.toString(cur);
            Integer before = seen.get(key);
            if (before != null) {
                return before;
            }
            seen.put(key, path.size());
            path.add(cur);
            step(cur, next, theta);
            cur = next.clone();
        }
    }

    static List<int[]> canonical(List<int[]> cycle) {
        int min = 0;
        for (int i = 1; i < cycle.size(); i++) {
            if (Arrays.compare(cycle.get(i), cycle.get(min)) < 0) {
                min = i;
            }
        }
        List<int[]> out = new ArrayList<>(cycle.size());
        for (int i = 0; i < cycle.size(); i++) {
            out.add(cycle.get((min + i) % cycle.size()));
        }
        return out;
    }
}
