package org.micmac4j;

/**
 * How much the indirect ranking moved from order k-1 to order k (docs/METHOD.md §3.5).
 *
 * @param order k (at least 2)
 * @param influenceRanksKept share of variables whose influence rank is unchanged from k-1, in [0, 1]
 * @param dependenceRanksKept share of variables whose dependence rank is unchanged
 * @param influenceTau Kendall's tau-b between the influence rankings of k-1 and k (NaN when one
 *     ranking is all ties, or n is above {@link Micmac#KENDALL_MAX_SIZE})
 * @param dependenceTau Kendall's tau-b between the dependence rankings
 * @param influenceChange largest relative change of the normalised influence vector:
 *     {@code max_i |s_k(i) - s_{k-1}(i)| / max_i s_{k-1}(i)} where s are shares (value / total)
 * @param dependenceChange the same for dependence
 */
public record OrderStability(int order, double influenceRanksKept, double dependenceRanksKept, double influenceTau,
        double dependenceTau, double influenceChange, double dependenceChange) {

    /** @return whether both rank vectors are unchanged from the previous order */
    public boolean ranksUnchanged() {
        return influenceRanksKept == 1.0 && dependenceRanksKept == 1.0;
    }
}
