package org.micmac4j.agreement;

/**
 * The six intraclass correlations of Shrout and Fleiss (1979), with McGraw and Wong's (1996)
 * names. "Single" is the reliability of one rater's score, "average" of the mean of k raters.
 *
 * <p>Example: to ask whether the experts' scores are interchangeable (the same number, not just
 * the same order), read {@link #ICC2_1}; to ask whether their order agrees, {@link #ICC3_1}.
 */
public enum IccForm {
    /** One-way random, single rating: (BMS − WMS) / (BMS + (k − 1) WMS). */
    ICC1_1,
    /** Two-way random, absolute agreement, single rating (McGraw-Wong ICC(A,1)). */
    ICC2_1,
    /** Two-way mixed, consistency, single rating (McGraw-Wong ICC(C,1)). */
    ICC3_1,
    /** One-way random, average of k ratings: (BMS − WMS) / BMS. */
    ICC1_K,
    /** Two-way random, absolute agreement, average of k ratings (ICC(A,k)). */
    ICC2_K,
    /** Two-way mixed, consistency, average of k ratings (ICC(C,k)): (BMS − EMS) / BMS. */
    ICC3_K
}
