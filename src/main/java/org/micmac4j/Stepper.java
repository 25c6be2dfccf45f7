package org.micmac4j;

/**
 * The state of the indirect iteration at order k: the row sums of M^k (influence) and the column
 * sums (dependence), possibly rescaled, with their ranks. {@link #next()} moves to order k + 1.
 */
interface Stepper {
    /** Advances one order. */
    void next();

    /** @return the current order k (0 before the first step) */
    int order();

    /**
     * @return influence values at k, scaled so that the true sums are these times exp(logInfluenceScale()); not a copy
     */
    double[] influence();

    /** @return dependence values at k, scaled like {@link #influence()}; not a copy */
    double[] dependence();

    /** @return natural log of the factor between the true influence sums and {@link #influence()} */
    double logInfluenceScale();

    /** @return natural log of the factor for dependence */
    double logDependenceScale();

    /** @return competition ranks of influence at k, a new array */
    int[] influenceRanks();

    /** @return competition ranks of dependence at k, a new array */
    int[] dependenceRanks();
}
