package org.micmac4j.agreement;

/**
 * The difference function δ²(c, k) of Krippendorff's alpha between two values c ≤ k.
 *
 * <p>Example, values 0..3 each used 10 times (marginals n_g = 10): NOMINAL δ²(1, 3) = 1, ORDINAL
 * δ²(1, 3) = (10 + 10 + 10 − (10 + 10)/2)² = 400, INTERVAL δ²(1, 3) = 4, RATIO δ²(1, 3) = 0.25.
 */
public enum AlphaMetric {
    /** δ² = 0 when c = k, else 1: categories without order. */
    NOMINAL,
    /**
     * δ² = (Σ_{g = c..k} n_g − (n_c + n_k)/2)², n_g the marginals of the coincidence matrix: ranks,
     * distances measured by how many values lie between.
     */
    ORDINAL,
    /** δ² = (c − k)²: equal steps (the 0..3 scale read as numbers). */
    INTERVAL,
    /** δ² = ((c − k)/(c + k))², taken as 0 when c = k = 0 (the 0/0 case of a 0..3 scale). */
    RATIO
}
