package org.micmac4j.ism;

/**
 * The four ISM-MICMAC clusters of the plane of driving power against dependence power. "High"
 * means at or above the threshold of its axis (see {@link Ism#withEqualCountsAsHigh(boolean)});
 * a power of 1 is never high.
 */
public enum IsmCluster {
    /** Low driving power, low dependence power (weakly connected to the system). */
    AUTONOMOUS,
    /** Low driving power, high dependence power (results of the system). */
    DEPENDENT,
    /** High driving power, high dependence power (unstable: any action on them spreads). */
    LINKAGE,
    /** High driving power, low dependence power (the drivers; "independent" in ISM papers). */
    INDEPENDENT;

    /**
     * @param highDriving whether the driving power is high
     * @param highDependence whether the dependence power is high
     * @return the cluster of that quadrant
     */
    public static IsmCluster of(boolean highDriving, boolean highDependence) {
        if (highDriving) {
            return highDependence ? LINKAGE : INDEPENDENT;
        }
        return highDependence ? DEPENDENT : AUTONOMOUS;
    }
}
