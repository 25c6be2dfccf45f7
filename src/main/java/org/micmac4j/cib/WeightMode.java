package org.micmac4j.cib;

/**
 * How {@link Succession} computes basin weights.
 *
 * <pre>{@code
 * Succession.withDefaults().withWeightMode(WeightMode.SAMPLED)
 *         .withDraws(Draws.withDefaults().withCount(100_000).withSeed(7));
 * }</pre>
 */
public enum WeightMode {
    /** Exact when the space is within the exact limit, sampled otherwise (default). */
    AUTO,
    /** Every scenario is a start: exact basin sizes (ScenarioWizard's volume weights). */
    EXACT,
    /** Random starts, uniform over the space: {@link Succession#draws()}. */
    SAMPLED
}
