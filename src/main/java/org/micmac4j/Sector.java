package org.micmac4j;

/**
 * The four sectors of the influence / dependence plane (docs/METHOD.md §5.2). A value equal to a
 * threshold counts as high.
 *
 * <p>Example: with thresholds 10 and 10, a variable of influence 14 and dependence 3 is
 * {@link #INFLUENT}; influence 10 and dependence 10 is {@link #RELAY}.
 */
public enum Sector {
    /** High influence, low dependence: motor, driving, determinant (ISM: independent). */
    INFLUENT,
    /** High influence, high dependence: linkage, stake, key variable. */
    RELAY,
    /** Low influence, high dependence: result, output, sensitive. */
    DEPENDENT,
    /** Low influence, low dependence: excluded. */
    AUTONOMOUS;

    /**
     * @param highInfluence whether influence is at or above its threshold
     * @param highDependence whether dependence is at or above its threshold
     * @return the sector
     */
    public static Sector of(boolean highInfluence, boolean highDependence) {
        if (highInfluence) {
            return highDependence ? RELAY : INFLUENT;
        }
        return highDependence ? DEPENDENT : AUTONOMOUS;
    }
}
