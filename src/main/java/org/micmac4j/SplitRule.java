package org.micmac4j;

/**
 * How the thresholds that split the influence / dependence plane into sectors are chosen
 * (docs/METHOD.md §5.1). Thresholds are computed per view on the comparable scale.
 *
 * <p>Example, influences {1, 2, 3, 10}: MEAN gives 4, MEDIAN 2.5, MIDPOINT 5.5.
 */
public enum SplitRule {
    /** The mean (Godet's convention, the default): total / n, the same on both axes. */
    MEAN,
    /** The median of the values of each axis. */
    MEDIAN,
    /** (max + min) / 2 of each axis. */
    MIDPOINT,
    /** Thresholds given by the caller ({@link Micmac#withFixedThresholds(double, double)}). */
    FIXED
}
