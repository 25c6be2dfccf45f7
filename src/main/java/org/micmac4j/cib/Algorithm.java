package org.micmac4j.cib;

/**
 * How {@link Cib} finds the solution set. All three are exact and give the same set; they differ
 * in speed only (the two sweeps exist as baselines and test oracles).
 *
 * <pre>{@code
 * Cib.withDefaults().withAlgorithm(Algorithm.PLAIN).solve(m);   // the slow reference
 * }</pre>
 */
public enum Algorithm {
    /**
     * Depth-first branch and bound with incremental scores and bounds that cut whole subtrees,
     * after splitting independent descriptor groups (default). Cost depends on the pruning, not on
     * the size of the space.
     */
    PRUNED,
    /**
     * Every scenario visited, scores updated by one row per step, checks stopped at the first
     * failing descriptor. Bounded by the enumeration limit.
     */
    SWEEP,
    /**
     * Every scenario visited and its whole balance recomputed from the matrix: the baseline.
     * Bounded by the enumeration limit.
     */
    PLAIN
}
