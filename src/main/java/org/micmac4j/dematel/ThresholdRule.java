package org.micmac4j.dematel;

/**
 * How the DEMATEL threshold on the total-relation matrix T is set. A cell (i, j) is a relation
 * (drawn in the impact-relation map) when t_ij is strictly greater than the threshold, as in
 * JMcDM and the CRAN package {@code dematel}.
 *
 * <p>Example: for T = [[0.1, 0.4], [0.2, 0.3]] the mean is 0.25 ({@link #MEAN}: relations (1,2)
 * and (2,2)); the population standard deviation is about 0.112, so {@link #MEAN_PLUS_SD} gives
 * about 0.362 (relation (1,2) only); {@link #FIXED} uses the caller's value.
 */
public enum ThresholdRule {
    /** The mean of all n² entries of T (the default; JMcDM and CRAN {@code dematel}). */
    MEAN,
    /**
     * The mean of all n² entries of T plus their population standard deviation (divisor n²), a
     * stricter filter used in several DEMATEL studies.
     */
    MEAN_PLUS_SD,
    /** A value given by the caller ({@link Dematel#withFixedThreshold(double)}). */
    FIXED;

    /**
     * @param t the total-relation matrix, not modified
     * @param fixed the caller's value (used by {@link #FIXED} only)
     * @return the threshold
     */
    double threshold(double[][] t, double fixed) {
        if (this == FIXED) {
            return fixed;
        }
        int n = t.length;
        double sum = 0;
        for (double[] row : t) {
            for (double v : row) {
                sum += v;
            }
        }
        double mean = sum / ((double) n * n);
        if (this == MEAN) {
            return mean;
        }
        double squares = 0;
        for (double[] row : t) {
            for (double v : row) {
                squares += (v - mean) * (v - mean);
            }
        }
        return mean + Math.sqrt(squares / ((double) n * n));
    }
}
