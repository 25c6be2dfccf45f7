package org.micmac4j.cib;

/**
 * The order in which the pruned search assigns descriptors: greedy by coupling. The first
 * descriptor is the one that discriminates most (largest summed spread of its judgements, in and
 * out); each next one is the unassigned descriptor most coupled to those already assigned. Coupled
 * descriptors assigned early make the bounds of {@link PrunedSearch} tight early, so whole subtrees
 * are cut near the root. Any order gives the same (exact) answer; only the speed differs.
 */
final class SearchOrder {
    private SearchOrder() {
    }

    /**
     * @param m the matrix
     * @return the descriptor indices in search order
     */
    static int[] greedy(CibMatrix m) {
        int nd = m.space().descriptorCount();
        long[][] w = coupling(m);
        int[] order = new int[nd];
        boolean[] used = new boolean[nd];
        for (int t = 0; t < nd; t++) {
            int best = -1;
            long bestScore = -1;
            for (int u = 0; u < nd; u++) {
                if (used[u]) {
                    continue;
                }
                long s = 0;
                for (int a = 0; a < nd; a++) {
                    if (t == 0 ? a != u : used[a]) {
                        s += w[u][a] + w[a][u];
                    }
                }
                if (s > bestScore) {
                    bestScore = s;
                    best = u;
                }
            }
            order[t] = best;
            used[best] = true;
        }
        return order;
    }

    /** w[i][j] = Σ_v (max_b C[(i,v),(j,b)] − min_b C[(i,v),(j,b)]): how much i discriminates j's variants. */
    static long[][] coupling(CibMatrix m) {
        var s = m.space();
        int nd = s.descriptorCount();
        int n = m.size();
        int[] c = m.cells();
        long[][] w = new long[nd][nd];
        for (int i = 0; i < nd; i++) {
            for (int j = 0; j < nd; j++) {
                if (i == j) {
                    continue;
                }
                long sum = 0;
                for (int r = s.offset(i); r < s.offset(i) + s.variantCount(i); r++) {
                    int lo = Integer.MAX_VALUE;
                    int hi = Integer.MIN_VALUE;
                    for (int col = s.offset(j); col < s.offset(j) + s.variantCount(j); col++) {
                        lo = Math.min(lo, c[r * n + col]);
                        hi = Math.max(hi, c[r * n + col]);
                    }
                    sum += (long) hi - lo;
                }
                w[i][j] = sum;
            }
        }
        return w;
    }
}
