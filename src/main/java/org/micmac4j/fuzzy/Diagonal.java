package org.micmac4j.fuzzy;

/**
 * What fuzzy MICMAC does with the diagonal before composing.
 *
 * <p>Example: for the two-variable cycle [[0, 0.5], [0.7, 0]], {@link #UNIT} gives
 * [[1, 0.5], [0.7, 1]], stable at order 1; {@link #ZERO} (and {@link #AS_GIVEN} here) leaves the
 * diagonal 0 and from order 2 the powers alternate between [[0.5, 0], [0, 0.5]] and
 * [[0, 0.5], [0.5, 0]]: a cycle of period 2, reported rather than looped on.
 */
public enum Diagonal {
    /**
     * Every variable reaches itself with value 1 (as ISM's reachability matrix): the powers grow
     * monotonically and settle within n - 1 compositions. The default.
     */
    UNIT,
    /** The diagonal is set to 0: the powers may cycle. */
    ZERO,
    /** The diagonal is used as given. */
    AS_GIVEN
}
