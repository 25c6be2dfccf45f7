package org.micmac4j.morph;

import java.util.function.Predicate;

/**
 * The search kernel of the cross-consistency assessment, on indices and bit sets: parameter
 * {@code p} has {@code sizes[p]} values, numbered globally from {@code offset[p]}; the domain of
 * still-possible values of every parameter is a run of {@code long} words in one flat array
 * ({@code wordOffset[p]} ... {@code wordOffset[p + 1] - 1}, bit {@code v} = value {@code v}).
 *
 * <p>{@code compatible[g]} is, for global value {@code g}, the mask of the values of every other
 * parameter compatible with it (same layout as a domain). Assigning {@code g} intersects the
 * domain of every unassigned parameter with it (forward checking): an emptied domain prunes the
 * whole subtree, and a configuration reached with every parameter assigned is consistent with no
 * further test. That is why the search is exact: it only discards subtrees that contain an
 * excluded pair.
 *
 * <p>Immutable and thread-safe: every search allocates its own buffers, so one instance serves
 * every analysis of a pair table (see {@link PairKernel}).
 */
final class FieldSearch {
    private final int n;
    private final int[] sizes;
    private final int[] offset;
    private final int[] wordOffset;
    private final long[][] compatible;
    private final int words;

    /**
     * @param sizes values per parameter (not modified)
     * @param compatible per global value, the compatibility mask over all parameters (not modified)
     */
    FieldSearch(int[] sizes, long[][] compatible) {
        this.n = sizes.length;
        this.sizes = sizes.clone();
        this.offset = new int[n + 1];
        this.wordOffset = new int[n + 1];
        for (int p = 0; p < n; p++) {
            offset[p + 1] = offset[p] + sizes[p];
            wordOffset[p + 1] = wordOffset[p] + words(sizes[p]);
        }
        this.words = wordOffset[n];
        this.compatible = compatible;
    }

    static int words(int size) {
        return (size + 63) >>> 6;
    }

    /** @return the flat layout's word offsets (length n + 1) */
    int[] wordOffsets() {
        return wordOffset.clone();
    }

    /** @return the number of words of a domain */
    int words() {
        return words;
    }

    /** Count and per-value survival of the consistent configurations of a set of parameters. */
    static final class Tally {
        long count;
        final long[] survival;

        Tally(int values) {
            survival = new long[values];
        }
    }

    /**
     * Counts the consistent configurations of the parameters {@code params} (the others are
     * ignored: their constraints with {@code params} must be void, as between two components),
     * smallest remaining domain first, and adds to {@code tally} the count and, per value of these
     * parameters, the number of configurations that hold it.
     *
     * @param params the parameters to assign (not modified)
     * @param domain the initial domains (unary exclusions applied; not modified)
     * @param tally receives the count and survival counts
     * @param budget the analysis's search budget
     * @throws ArithmeticException when a count exceeds {@code Long.MAX_VALUE}
     */
    void count(int[] params, long[] domain, Tally tally, SearchBudget budget) {
        for (int p : params) {
            if (popcount(domain, p) == 0) {
                return;
            }
        }
        long[][] stack = new long[params.length + 1][];
        stack[0] = domain.clone();
        for (int d = 1; d <= params.length; d++) {
            stack[d] = new long[words];
        }
        tally.count = Math.addExact(tally.count, countRec(stack, 0, params.clone(), params.length, tally,
                budget));
    }

    /**
     * The number of consistent completions below stack[depth]; adds each value's share to the
     * survival counts: a value of the last free parameter once per completion it ends, the value
     * chosen at a level by its subtree's total when the subtree returns (once per node, not once
     * per leaf and ancestor).
     */
    private long countRec(long[][] stack, int depth, int[] free, int nFree, Tally tally, SearchBudget budget) {
        long[] d = stack[depth];
        if (nFree == 1) {
            int p = free[0];
            forEachBit(d, p, v -> {
                tally.survival[offset[p] + v]++;
                return true;
            });
            return popcount(d, p);
        }
        int best = 0;
        int bestSize = Integer.MAX_VALUE;
        for (int i = 0; i < nFree; i++) {
            int s = popcount(d, free[i]);
            if (s < bestSize) {
                bestSize = s;
                best = i;
            }
        }
        int p = free[best];
        // move p to the end of the free part: it stays there (assigned) for the subtree
        free[best] = free[nFree - 1];
        free[nFree - 1] = p;
        long[] next = stack[depth + 1];
        long total = 0;
        for (int w = wordOffset[p]; w < wordOffset[p + 1]; w++) {
            long bits = d[w];
            while (bits != 0) {
                int v = ((w - wordOffset[p]) << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                int g = offset[p] + v;
                budget.step();
                if (narrow(d, next, compatible[g], free, nFree - 1)) {
                    long sub = countRec(stack, depth + 1, free, nFree - 1, tally, budget);
                    tally.survival[g] = Math.addExact(tally.survival[g], sub);
                    total = Math.addExact(total, sub);
                }
            }
        }
        free[nFree - 1] = free[best];
        free[best] = p;
        return total;
    }

    /** next = d ∧ mask on the first {@code k} free parameters; false when one becomes empty. */
    private boolean narrow(long[] d, long[] next, long[] mask, int[] free, int k) {
        for (int i = 0; i < k; i++) {
            int q = free[i];
            long any = 0;
            for (int w = wordOffset[q]; w < wordOffset[q + 1]; w++) {
                long x = d[w] & mask[w];
                next[w] = x;
                any |= x;
            }
            if (any == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Visits the consistent configurations in lexicographic order (parameter order, then value
     * order) until the visitor returns false.
     *
     * @param domain the initial domains (not modified)
     * @param visitor receives the global value index of every parameter (a buffer reused between
     *     calls: copy it to keep it); returns whether to continue
     * @param budget the analysis's search budget
     */
    void visit(long[] domain, Predicate<int[]> visitor, SearchBudget budget) {
        for (int p = 0; p < n; p++) {
            if (popcount(domain, p) == 0) {
                return;
            }
        }
        long[][] stack = new long[n + 1][];
        stack[0] = domain.clone();
        for (int d = 1; d <= n; d++) {
            stack[d] = new long[words];
        }
        visitRec(stack, 0, new int[n], visitor, budget);
    }

    private boolean visitRec(long[][] stack, int p, int[] chosen, Predicate<int[]> visitor, SearchBudget budget) {
        if (p == n) {
            return visitor.test(chosen);
        }
        long[] d = stack[p];
        long[] next = stack[p + 1];
        for (int w = wordOffset[p]; w < wordOffset[p + 1]; w++) {
            long bits = d[w];
            while (bits != 0) {
                int v = ((w - wordOffset[p]) << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                int g = offset[p] + v;
                budget.step();
                if (narrowFrom(d, next, compatible[g], p + 1)) {
                    chosen[p] = g;
                    if (!visitRec(stack, p + 1, chosen, visitor, budget)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * next = d ∧ mask on the parameters {@code from} .. n − 1 (forward checking after assigning a
     * value whose compatibility mask is {@code mask}); {@code d} is not modified.
     *
     * @return false when a domain becomes empty
     */
    boolean narrowFrom(long[] d, long[] next, long[] mask, int from) {
        for (int q = from; q < n; q++) {
            long any = 0;
            for (int w = wordOffset[q]; w < wordOffset[q + 1]; w++) {
                long x = d[w] & mask[w];
                next[w] = x;
                any |= x;
            }
            if (any == 0) {
                return false;
            }
        }
        return true;
    }

    int popcount(long[] d, int p) {
        int c = 0;
        for (int w = wordOffset[p]; w < wordOffset[p + 1]; w++) {
            c += Long.bitCount(d[w]);
        }
        return c;
    }

    private void forEachBit(long[] d, int p, java.util.function.IntPredicate action) {
        for (int w = wordOffset[p]; w < wordOffset[p + 1]; w++) {
            long bits = d[w];
            while (bits != 0) {
                int v = ((w - wordOffset[p]) << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                if (!action.test(v)) {
                    return;
                }
            }
        }
    }

    int parameters() {
        return n;
    }

    int size(int p) {
        return sizes[p];
    }

    int offset(int p) {
        return offset[p];
    }
}
