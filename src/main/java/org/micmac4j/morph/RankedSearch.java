package org.micmac4j.morph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The best consistent configurations by summed pair score (the ordinal scale), by depth-first
 * branch and bound.
 *
 * <p>The search assigns the parameters in order, with the forward checking of {@link FieldSearch}.
 * It carries the partial score S of the assigned parameters and, for every value g of an
 * unassigned parameter, its contribution c(g) = Σ over assigned i of score(g_i, g). Every
 * completion of the node scores at most
 *
 * <pre>
 * B = S + Σ over unassigned q of max over g in dom(q) of (c(g) + a(g)),
 * a(g) = Σ over parameters r after q of max over values u of r compatible with g of score(g, u)
 * </pre>
 *
 * since each unassigned-unassigned pair (q, r), q before r, is counted once, from q's side, by
 * its best possible partner. The values of a parameter are tried best first (c + a descending,
 * then value order), so that good configurations are held early.
 *
 * <p>Ranking: score descending, ties in lexicographic order (parameter order, then value order).
 * Once {@code limit} configurations are held, a subtree is cut when B is below the worst held
 * score, or equal to it while the subtree's assigned prefix is lexicographically after the worst
 * held configuration's (then each completion ranks after it). Only such subtrees are cut, so the
 * result equals a visit of every consistent configuration followed by a sort.
 *
 * <p>Not thread-safe: holds its buffers; one instance per search.
 */
final class RankedSearch {
    /** One ranked configuration: its global value indices (in parameter order) and summed score. */
    record Ranked(int[] values, int score) {
    }

    /** Worst first: lower score, then lexicographically later. */
    private static final Comparator<Ranked> WORST_FIRST = Comparator.comparingInt(Ranked::score)
            .thenComparing(Ranked::values, (a, b) -> Arrays.compare(b, a));

    private final FieldSearch search;
    private final int n;
    private final int values;
    private final int[] scores;
    private final long[][] compatible;
    private final int[] ahead;
    private final int[] offset;
    private final int[] wordOffset;

    private final int[][] children;
    private final int[][] keys;
    private PriorityQueue<Ranked> best;
    private int limit;
    private long visited;
    private SearchBudget budget;

    /**
     * @param search the kernel (layout and forward checking)
     * @param scores the flat V × V pair scores (not modified)
     * @param compatible per global value, its compatibility mask (not modified)
     */
    RankedSearch(FieldSearch search, int[] scores, long[][] compatible) {
        this.search = search;
        this.n = search.parameters();
        this.offset = new int[n + 1];
        for (int p = 0; p < n; p++) {
            offset[p + 1] = offset[p] + search.size(p);
        }
        this.values = offset[n];
        this.wordOffset = search.wordOffsets();
        this.scores = scores;
        this.compatible = compatible;
        this.ahead = ahead();
        this.children = new int[n][];
        this.keys = new int[n][];
        for (int p = 0; p < n; p++) {
            children[p] = new int[search.size(p)];
            keys[p] = new int[search.size(p)];
        }
    }

    /** a(g) for every value: the best score with a compatible value of each later parameter. */
    private int[] ahead() {
        int[] a = new int[values];
        for (int p = 0; p < n; p++) {
            for (int g = offset[p]; g < offset[p + 1]; g++) {
                int sum = 0;
                for (int r = p + 1; r < n; r++) {
                    int max = Integer.MIN_VALUE;
                    for (int u = offset[r]; u < offset[r + 1]; u++) {
                        int local = u - offset[r];
                        if ((compatible[g][wordOffset[r] + (local >>> 6)] & (1L << local)) != 0) {
                            max = Math.max(max, scores[g * values + u]);
                        }
                    }
                    sum += max == Integer.MIN_VALUE ? 0 : max; // no partner: g is in no configuration
                }
                a[g] = sum;
            }
        }
        return a;
    }

    /**
     * @param domain the initial domains (not modified)
     * @param k how many to keep, ≥ 1
     * @param steps the analysis's search budget
     * @return the best {@code k} consistent configurations, best first (score descending, then
     *     lexicographic)
     */
    List<Ranked> top(long[] domain, int k, SearchBudget steps) {
        budget = steps;
        best = new PriorityQueue<>(WORST_FIRST);
        limit = k;
        visited = 0;
        for (int p = 0; p < n; p++) {
            if (search.popcount(domain, p) == 0) {
                return List.of();
            }
        }
        long[][] stack = new long[n + 1][];
        int[][] contrib = new int[n + 1][values];
        stack[0] = domain.clone();
        for (int d = 1; d <= n; d++) {
            stack[d] = new long[domain.length];
        }
        rec(stack, contrib, 0, 0, new int[n]);
        List<Ranked> out = new ArrayList<>(best);
        out.sort(WORST_FIRST.reversed());
        best = null;
        budget = null;
        return out;
    }

    private void rec(long[][] stack, int[][] contrib, int p, int partial, int[] chosen) {
        if (p == n) {
            offer(chosen, partial);
            return;
        }
        long[] d = stack[p];
        int[] c = contrib[p];
        // children best first (by c + a), so that good configurations are held early
        int[] order = children[p];
        int[] key = keys[p];
        int k = 0;
        for (int w = wordOffset[p]; w < wordOffset[p + 1]; w++) {
            long bits = d[w];
            while (bits != 0) {
                int g = offset[p] + ((w - wordOffset[p]) << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                int kg = c[g] + ahead[g];
                int i = k++;
                while (i > 0 && key[i - 1] < kg) { // stable: equal keys keep value order
                    key[i] = key[i - 1];
                    order[i] = order[i - 1];
                    i--;
                }
                key[i] = kg;
                order[i] = g;
            }
        }
        // B of this node = partial + key[0] + rest; a child's bound from these domains is
        // partial + its key + rest (looser than after narrowing, never below a completion)
        long rest = bound(d, c, p + 1, 0);
        if (best.size() == limit && cut(partial + key[0] + rest, chosen, p)) {
            return;
        }
        long[] next = stack[p + 1];
        int[] nc = contrib[p + 1];
        for (int i = 0; i < k; i++) {
            int g = order[i];
            chosen[p] = g;
            budget.step();
            if (best.size() == limit && cut(partial + key[i] + rest, chosen, p + 1)) {
                continue;
            }
            if (search.narrowFrom(d, next, compatible[g], p + 1)) {
                int row = g * values;
                for (int h = offset[p + 1]; h < values; h++) {
                    nc[h] = c[h] + scores[row + h];
                }
                rec(stack, contrib, p + 1, partial + c[g], chosen);
            }
        }
    }

    /**
     * Whether a subtree whose completions score at most {@code bound} can be cut: when the bound
     * is below the worst held score, or equal to it while the subtree's prefix {@code chosen[0..p)}
     * is lexicographically after the worst held configuration's (then every completion ranks after
     * it on a tie).
     */
    private boolean cut(long bound, int[] chosen, int p) {
        Ranked worst = best.peek();
        if (bound != worst.score()) {
            return bound < worst.score();
        }
        return Arrays.compare(chosen, 0, p, worst.values(), 0, p) > 0;
    }

    /** B: the partial score plus, per unassigned parameter, its best value's c + a. */
    private long bound(long[] d, int[] c, int p, int partial) {
        long b = partial;
        for (int q = p; q < n; q++) {
            int max = Integer.MIN_VALUE;
            for (int w = wordOffset[q]; w < wordOffset[q + 1]; w++) {
                long bits = d[w];
                while (bits != 0) {
                    int g = offset[q] + ((w - wordOffset[q]) << 6) + Long.numberOfTrailingZeros(bits);
                    bits &= bits - 1;
                    max = Math.max(max, c[g] + ahead[g]);
                }
            }
            b += max;
        }
        return b;
    }

    /** @return the complete configurations reached by the last {@link #top} (for tests: pruning shows) */
    long leavesReached() {
        return visited;
    }

    private void offer(int[] chosen, int score) {
        visited++;
        Ranked r = new Ranked(chosen.clone(), score);
        if (best.size() < limit) {
            best.add(r);
        } else if (WORST_FIRST.compare(r, best.peek()) > 0) {
            best.poll();
            best.add(r);
        }
    }
}
