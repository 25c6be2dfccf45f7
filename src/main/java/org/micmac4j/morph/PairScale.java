package org.micmac4j.morph;

/**
 * How the cross-consistency table scores a pair of values of two different parameters.
 *
 * <pre>{@code
 * // BINARY: the classic cross-consistency assessment (Zwicky, Ritchey): 0 or 1
 * MorphologicalField.of(space, PairScale.BINARY).withScore("Economy", "Low", "Policy", "Expand", 0);
 * // ORDINAL: a consistency-analysis score -2..+2; -2 ("total inconsistency") excludes the pair
 * MorphologicalField.of(space, PairScale.ORDINAL).withScore("Economy", "Low", "Policy", "Expand", -1);
 * }</pre>
 */
public enum PairScale {
    /**
     * 0 = the two values exclude each other, 1 = compatible. Every consistent configuration has
     * the same score, so configurations are listed without a ranking.
     */
    BINARY(0, 1, 1),
    /**
     * −2..+2 consistency scores: −2 total inconsistency, −1 partial inconsistency, 0 neutral,
     * +1 favourable, +2 strongly supporting. A pair is excluded when its score is at most the
     * analysis's exclusion threshold ({@link MorphologicalAnalysis#ORDINAL_EXCLUSION_DEFAULT}
     * = −2); configurations are ranked by their summed score. Unscored pairs are neutral (0).
     */
    ORDINAL(-2, 2, 0);

    private final int min;
    private final int max;
    private final int neutral;

    PairScale(int min, int max, int neutral) {
        this.min = min;
        this.max = max;
        this.neutral = neutral;
    }

    /** @return the smallest score allowed */
    public int min() {
        return min;
    }

    /** @return the largest score allowed */
    public int max() {
        return max;
    }

    /** @return the score of a pair nobody judged: 1 (compatible) in BINARY, 0 in ORDINAL */
    public int neutral() {
        return neutral;
    }

    /**
     * @param score a score
     * @return whether it lies on this scale
     */
    public boolean contains(int score) {
        return score >= min && score <= max;
    }
}
