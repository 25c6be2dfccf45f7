package org.micmac4j.experts;

/**
 * How the opinions on one cell are combined into the aggregate (docs/METHOD.md §9.1). Only the
 * experts who gave an opinion count; a cell nobody scored is 0 (and reported by
 * {@link PanelResult#coverage()}). P opinions follow {@link PanelSynthesis}'s P rule first: the
 * cell is P when a strict majority of its opinions are P; otherwise each P opinion counts as the
 * synthesis's P value (default 0, the current weight of P) in the rules below.
 *
 * <p>Example, opinions {1, 1, 3, 3} (equal weights): MEAN 2, MEDIAN 2, MODE 1, ROUNDED 2, MAX 3;
 * opinions {2, 3}: MEAN 2.5, MEDIAN 2.5, MODE 2, ROUNDED 3, MAX 3.
 */
public enum AggregationRule {
    /**
     * The weighted mean Σ w_e x_e / Σ w_e (the plain mean when all weights are 1; the default).
     * Real-valued: the aggregate moves to the permissive real scale when needed.
     */
    MEAN,
    /**
     * The median of the opinions, unweighted; for an even count the mean of the two middle
     * values ({2, 3} → 2.5), the textbook definition, so that two experts split evenly land in
     * between rather than on the lower opinion.
     */
    MEDIAN,
    /**
     * The most frequent opinion, experts counting by their weights. Ties: the tied value closest
     * to the weighted mean of all the cell's opinions; if two are equally close, the lower one
     * (precaution against overstating an influence). {1, 1, 3, 3} → 1 (both 1 away from the
     * mean 2); {0, 2, 2, 3, 3} → 2 (2 and 3 tie, the mean is 2).
     */
    MODE,
    /**
     * The weighted mean rounded half up to an integer of the scale ({2, 3} → 2.5 → 3): keeps the
     * aggregate on the 0..3 scale.
     */
    ROUNDED,
    /** The largest opinion (precautionary: any expert's strong influence is kept). Unweighted. */
    MAX;

    /** @return whether the rule uses the expert weights */
    public boolean isWeighted() {
        return this == MEAN || this == MODE || this == ROUNDED;
    }
}
