package org.micmac4j;

/**
 * Why the indirect iteration stopped at its order k.
 *
 * <p>Example: {@code Micmac.withDefaults().analyze(m).iteration(View.INDIRECT).stopReason()} is
 * {@link #STABLE} for a typical study matrix, {@link #CYCLE} for a matrix whose ranking cycles.
 */
public enum StopReason {
    /** The order was fixed by the caller. */
    FIXED,
    /** Automatic order: both rank vectors were unchanged over the stability window. */
    STABLE,
    /**
     * Automatic order: the structure is periodic (period p from the diagnosis) and the rankings
     * repeated over a whole period twice; further orders would only cycle.
     */
    CYCLE,
    /**
     * Automatic order on an acyclic matrix: the order reached the longest path; above it M^k = 0
     * and every indirect value is zero.
     */
    NILPOTENT,
    /** Automatic order: the maximum order was reached without stability. */
    MAX_ORDER
}
