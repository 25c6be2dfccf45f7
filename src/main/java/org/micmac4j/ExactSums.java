package org.micmac4j;

import java.math.BigInteger;
import java.util.List;

/**
 * The exact raw sums of an indirect view: row sums (influence) and column sums (dependence) of
 * M^k as arbitrary-precision integers, for matrices whose weights (P weight included) are integers.
 *
 * @param view the view
 * @param order k
 * @param influence row sums of M^k, unmodifiable
 * @param dependence column sums of M^k, unmodifiable
 */
public record ExactSums(View view, int order, List<BigInteger> influence, List<BigInteger> dependence) {
    /**
     * @param view the view
     * @param order k
     * @param influence row sums, copied
     * @param dependence column sums, copied
     */
    public ExactSums {
        influence = List.copyOf(influence);
        dependence = List.copyOf(dependence);
    }
}
