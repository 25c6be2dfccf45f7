package org.micmac4j.cib;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;


import org.micmac4j.internal.parallel.Workers;

/**
 * Exact depth-first branch and bound over the scenarios of one matrix: every scenario with
 * inconsistency at most K, and no other.
 *
 * <p><b>Algorithm.</b> Descriptors are assigned in {@link SearchOrder} order. The scores of the
 * partial scenario, θ'_j(b) = Σ over assigned i of C[(i, z_i), (j, b)], are kept on a stack and
 * updated with one matrix row per step (int arithmetic). For an assigned descriptor j the final
 * gap of variant b over the chosen z_j is θ'_j(b) − θ'_j(z_j) + Σ over unassigned i of
 * (C[(i, z_i), (j, b)] − C[(i, z_i), (j, z_j)]); whatever the completion, the last sum is at least
 * R_t(j, b, z_j) = Σ over unassigned i of min_v (C[(i, v), (j, b)] − C[(i, v), (j, z_j)]),
 * precomputed for every depth t. If θ'_j(b) − θ'_j(z_j) + R_t(j, b, z_j) &gt; K for some assigned
 * j and some b, every completion has IC &gt; K, so the whole subtree is cut.
 *
 * <p><b>Why it is exact.</b> A cut is made only when that lower bound on the gap of every
 * completion exceeds K (no scenario with IC ≤ K is lost); at a leaf every descriptor is assigned,
 * the bound is the exact gap (R = 0), so a leaf is kept iff its IC ≤ K (nothing else is added).
 *
 * <p><b>Suffix join.</b> The last descriptors of the order, as many as give at most
 * {@link #JOIN_COMBINATIONS_DEFAULT} combinations (and tables of at most {@link #JOIN_TABLE_LIMIT}
 * longs), are not searched one by one: at depth p every completion of the prefix is tested at once
 * by {@link SuffixJoin}, ANDing one precomputed bitset per condition "gap of j's variant to rival c
 * at most K". On bench_50x50 (60 466 176 scenarios) this replaces about 200 000 deep nodes by
 * about 6 600 joins of 103-word bitsets. The tables cost about Σ k_j² · Q operations, so they are
 * built only once the search has visited a quarter of that in nodes (a search that ends sooner
 * never builds them); from then on every node reaching depth p is joined. Either way each
 * completion of a prefix is decided exactly once, so the answer does not depend on when the switch
 * happens.
 *
 * <p><b>Caps and constraints.</b> The largest gap kept may differ per descriptor (all K for a
 * solution set; larger on one descriptor for the near scenarios of {@link Leverage}). With
 * {@link Feasibility} constraints a variant that is not allowed is never tried, a variant excluding
 * one already assigned is cut when assigned, the bound R_t takes its minimum over allowed variants
 * only (still a lower bound on every feasible completion), and the suffix join ANDs the
 * constraints' bitsets: exact as before, with fewer nodes.
 *
 * <p>The first levels are split into independent tasks run in parallel; each task owns its
 * buffers.
 */
final class PrunedSearch {
    private final int nd;
    private final int n;
    private final int kmax;
    private final int[] k;
    private final int[] off;
    private final int[] cells;
    private final int[] order;
    private final int[][] slack;
    /** per descriptor: the largest gap allowed (K, or more for the near sets of {@link Leverage}) */
    private final int[] cap;
    /** the constraints, or null */
    private final Feasibility feasibility;
    /**
     * per flat variant: the flat variants of descriptors earlier in the order that it excludes; null without
     * constraints
     */
    private final int[][] earlier;
    /** per flat variant: its descriptor */
    private final int[] descriptorOf;
    private final int maxInconsistency;
    private final int limit;
    /** what a solution's measures and place in the order are (its balance in this matrix unless set) */
    private java.util.function.Function<int[], CibScenario> measure;
    /** depth from which the suffix is joined with bitsets ({@code nd}: never) */
    private final int joinDepth;
    private final CibMatrix matrix;
    /** built once the search has visited {@link #joinBudget} nodes; null before */
    private volatile SuffixJoin join;
    /** nodes searched one by one before the join is built */
    private final long joinBudget;
    private final AtomicLong visited = new AtomicLong();

    /**
     * Default largest number of suffix combinations joined as one bitset: {@value}. Larger
     * suffixes mean fewer, longer joins and larger tables; 3^8 = 6561 measured best on bench_50x50.
     */
    static final int JOIN_COMBINATIONS_DEFAULT = 8192;
    /** Largest suffix tables, in longs (32 MiB). */
    static final long JOIN_TABLE_LIMIT = 1L << 22;

    PrunedSearch(CibMatrix m, int[] order, int maxInconsistency, int limit) {
        this(m, order, maxInconsistency, limit, JOIN_COMBINATIONS_DEFAULT, -1);
    }

    PrunedSearch(CibMatrix m, int[] order, int maxInconsistency, int limit, int joinCombinations,
            long joinBudget) {
        this(m, order, uniform(m, maxInconsistency), null, limit, joinCombinations, joinBudget);
    }

    /**
     * @param cap per descriptor, the largest gap kept (all K: the solution set with IC ≤ K)
     * @param feasibility the constraints over the matrix's space, or null
     */
    PrunedSearch(CibMatrix m, int[] order, int[] cap, Feasibility feasibility, int limit) {
        this(m, order, cap, feasibility, limit, JOIN_COMBINATIONS_DEFAULT, -1);
    }

    private static int[] uniform(CibMatrix m, int k) {
        int[] c = new int[m.space().descriptorCount()];
        Arrays.fill(c, k);
        return c;
    }

    /**
     * @param joinCombinations the largest suffix joined with bitsets (fewer than 2 descriptors
     *     fitting: no join, every level searched)
     * @param joinBudget nodes searched one by one before the join is built; −1: a quarter of the
     *     cost of building its tables (Σ k_j² · Q / (4 N) node updates), so that a search that ends
     *     soon never pays for tables and a long one loses little before it gets them
     */
    PrunedSearch(CibMatrix m, int[] order, int[] cap, Feasibility feasibility, int limit,
            int joinCombinations, long joinBudget) {
        var s = m.space();
        this.nd = s.descriptorCount();
        this.n = m.size();
        this.k = s.variantCounts();
        this.off = new int[nd];
        int km = 0;
        for (int d = 0; d < nd; d++) {
            off[d] = s.offset(d);
            km = Math.max(km, k[d]);
        }
        this.kmax = km;
        this.cells = m.cells();
        this.matrix = m;
        this.order = order;
        this.cap = cap.clone();
        int mc = 0;
        for (int c : cap) {
            mc = Math.max(mc, c);
        }
        this.maxInconsistency = mc;
        this.feasibility = feasibility;
        this.descriptorOf = new int[n];
        for (int d = 0; d < nd; d++) {
            Arrays.fill(descriptorOf, off[d], off[d] + k[d], d);
        }
        this.earlier = feasibility == null ? null : earlierPartners();
        this.limit = limit;
        this.measure = Solutions.of(m);
        this.joinDepth = joinDepth(m, order, joinCombinations);
        long pairs = 0;
        long combos = 1;
        for (int d = 0; d < nd; d++) {
            pairs += (long) k[d] * k[d];
        }
        for (int t = joinDepth; t < nd; t++) {
            combos *= k[order[t]];
        }
        this.joinBudget = joinBudget >= 0 ? joinBudget : pairs * combos / Math.max(1, 4L * n);
        this.slack = new int[nd + 1][n * kmax];
        for (int t = nd - 1; t >= 0; t--) {
            int i = order[t];
            int[] next = slack[t + 1];
            int[] cur = slack[t];
            for (int j = 0; j < nd; j++) {
                for (int b = 0; b < k[j]; b++) {
                    for (int c = 0; c < k[j]; c++) {
                        int min = Integer.MAX_VALUE;
                        for (int v = 0; v < k[i]; v++) {
                            if (feasibility != null && !feasibility.allowed(off[i] + v)) {
                                continue; // never chosen: the bound needs only the variants that can be
                            }
                            int row = (off[i] + v) * n;
                            min = Math.min(min, cells[row + off[j] + b] - cells[row + off[j] + c]);
                        }
                        int idx = (off[j] + b) * kmax + c;
                        // no allowed variant: no scenario at all (run() returns none); keep the bound finite
                        cur[idx] = next[idx] + (min == Integer.MAX_VALUE ? 0 : min);
                    }
                }
            }
        }
    }

    private synchronized void buildJoin() {
        if (join == null) {
            join = new SuffixJoin(matrix, Arrays.copyOfRange(order, joinDepth, nd), feasibility, 1);
        }
    }

    /** Per flat variant, the variants it excludes among the descriptors assigned before its own. */
    private int[][] earlierPartners() {
        int[] position = new int[nd];
        for (int t = 0; t < nd; t++) {
            position[order[t]] = t;
        }
        int[][] out = new int[n][];
        for (int flat = 0; flat < n; flat++) {
            int d = descriptorOf[flat];
            out[flat] = Arrays.stream(feasibility.partners(flat)).filter(p -> position[descriptorOf[p]] < position[d])
                    .toArray();
        }
        return out;
    }

    /** The first depth whose suffix fits the bitset join (at least two descriptors), or nd. */
    private static int joinDepth(CibMatrix m, int[] order, int joinCombinations) {
        int nd = order.length;
        int best = nd;
        long combos = 1;
        for (int p = nd - 1; p >= 0; p--) {
            combos *= m.space().variantCount(order[p]);
            if (combos > joinCombinations) {
                break;
            }
            if (nd - p >= 2 && SuffixJoin.estimate(m, Arrays.copyOfRange(order, p, nd)) <= JOIN_TABLE_LIMIT) {
                best = p;
            }
        }
        return best;
    }

    /**
     * @param m a solution's measures, which decide which are kept past the limit
     * @return this search
     */
    PrunedSearch measuredBy(java.util.function.Function<int[], CibScenario> m) {
        this.measure = m;
        return this;
    }

    /**
     * @param threads worker threads (1: the calling thread only)
     * @return every scenario with IC ≤ K counted, the first {@code limit} kept, per task
     */
    List<Solutions> run(int threads) {
        if (feasibility != null) {
            for (int d = 0; d < nd; d++) {
                boolean any = false;
                for (int v = 0; v < k[d]; v++) {
                    any |= feasibility.allowed(off[d] + v);
                }
                if (!any) {
                    return new ArrayList<>(); // a descriptor with no allowed variant: no scenario
                }
            }
        }
        if (joinDepth < nd && joinBudget == 0) {
            buildJoin();
        }
        int split = 0;
        long tasks = 1;
        while (split < joinDepth && tasks < 64L * threads) {
            tasks *= k[order[split]];
            split++;
        }
        int depth = split;
        int taskCount = (int) tasks;
        List<Solutions> parts = new ArrayList<>(taskCount);
        for (int i = 0; i < taskCount; i++) {
            parts.add(null);
        }
        Workers.run(threads, taskCount, task -> parts.set(task, new Worker().runTask(task, depth)));
        return parts;
    }

    private final class Worker {
        final int[][] theta = new int[nd + 1][n];
        final int[] z = new int[nd];
        final Solutions out = new Solutions(measure, limit);
        SuffixJoin.Scratch scratch;
        long pending;

        Solutions runTask(int task, int depth) {
            int r = task;
            for (int t = depth - 1; t >= 0; t--) {
                z[order[t]] = r % k[order[t]];
                r /= k[order[t]];
            }
            for (int t = 0; t < depth; t++) {
                if (!admitted(order[t], z[order[t]])) {
                    flush();
                    return out;
                }
                push(t, order[t], z[order[t]]);
                if (!feasible(t + 1)) {
                    flush();
                    return out;
                }
            }
            dfs(depth);
            flush();
            return out;
        }

        /** Counts a node; past the budget, builds the join (once, on this thread). */
        private void count() {
            if (++pending == 256) {
                flush();
            }
        }

        private void flush() {
            long p = pending;
            pending = 0;
            if (joinDepth < nd && join == null && visited.addAndGet(p) >= joinBudget) {
                buildJoin();
            }
        }

        private void push(int t, int d, int v) {
            count();
            int[] src = theta[t];
            int[] dst = theta[t + 1];
            int row = (off[d] + v) * n;
            for (int c = 0; c < n; c++) {
                dst[c] = src[c] + cells[row + c];
            }
        }

        private void dfs(int t) {
            if (t == nd) {
                emit();
                return;
            }
            SuffixJoin sj;
            if (t == joinDepth && (sj = join) != null) {
                if (scratch == null) {
                    scratch = sj.new Scratch();
                }
                int live = sj.join(theta[t], z, cap, scratch);
                for (int y = 0; y < live; y++) {
                    int x = scratch.idx[y];
                    for (long bits = scratch.acc[x]; bits != 0; bits &= bits - 1) {
                        sj.decode((x << 6) + Long.numberOfTrailingZeros(bits), z);
                        emit();
                    }
                }
                return;
            }
            int d = order[t];
            for (int v = 0; v < k[d]; v++) {
                if (earlier != null && !admitted(d, v)) {
                    continue;
                }
                z[d] = v;
                push(t, d, v);
                if (feasible(t + 1)) {
                    dfs(t + 1);
                }
            }
        }

        /**
         * Whether variant v of d is allowed and excludes no variant already assigned (always true without constraints).
         */
        private boolean admitted(int d, int v) {
            if (feasibility == null) {
                return true;
            }
            int f = off[d] + v;
            if (!feasibility.allowed(f)) {
                return false;
            }
            for (int p : earlier[f]) {
                int e = descriptorOf[p];
                if (z[e] == p - off[e]) {
                    return false;
                }
            }
            return true;
        }

        private void emit() {
            out.add(z);
        }

        /** The bound check after {@code t} descriptors are assigned. */
        private boolean feasible(int t) {
            int[] th = theta[t];
            int[] sl = slack[t];
            for (int p = t - 1; p >= 0; p--) { // the newest descriptor first: it fails most often
                int j = order[p];
                int base = off[j];
                int zj = z[j];
                int own = th[base + zj];
                int cj = cap[j];
                for (int b = 0; b < k[j]; b++) {
                    if (th[base + b] - own + sl[(base + b) * kmax + zj] > cj) {
                        return false;
                    }
                }
            }
            return true;
        }
    }
}
