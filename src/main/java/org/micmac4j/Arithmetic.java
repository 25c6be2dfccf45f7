package org.micmac4j;

/**
 * The arithmetic of the indirect iteration.
 *
 * <p>Example: {@code Micmac.withDefaults().withArithmetic(Arithmetic.EXACT)} ranks a 0..3 matrix on
 * the exact integer row sums of M^k, so that ties are exact.
 */
public enum Arithmetic {
    /**
     * Doubles, rescaled at every order so that nothing overflows; values that differ by at most
     * the tie tolerance tie. Fast; the default.
     */
    DOUBLE,
    /**
     * Arbitrary-precision integers (matrices whose weights, P weights included, are all
     * integers): exact sums, exact ties. Costs O(k·n²) big-integer operations.
     */
    EXACT
}
