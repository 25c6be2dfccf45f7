package org.micmac4j.operator;

import org.micmac4j.dematel.Dematel;
import org.micmac4j.fuzzy.Fuzzification;

/**
 * Factories for every {@link IndirectOperator}:
 * <pre>{@code
 * List<IndirectOperator> all = List.of(
 *         IndirectOperators.cumulative(7),          // M + ... + M^7
 *         IndirectOperators.katz(0.1),              // Σ 0.1^(j-1) M^j, needs 0.1 < 1/ρ(M)
 *         IndirectOperators.dematel(),              // D and R of T = N (I - N)^-1
 *         IndirectOperators.fuzzyMaxMin(),          // driving/dependence power of the max-min limit
 *         IndirectOperators.booleanReachability(),  // ISM driving/dependence power
 *         IndirectOperators.perronLimit());         // Perron vectors of M + I
 * OperatorComparison c = OperatorComparison.of(m, all);
 * }</pre>
 * The matrix-power operator of the core MICMAC analysis belongs here too (as
 * {@code matrixPower(k)}).
 */
public final class IndirectOperators {
    private IndirectOperators() {
    }

    /**
     * The MICMAC matrix-power operator: row and column sums of M^k.
     *
     * @param k the order, at least 1, or {@link org.micmac4j.Micmac#ORDER_AUTO} for the automatic
     *     order by stability
     * @return the operator
     */
    public static IndirectOperator matrixPower(int k) {
        return MatrixPower.of(org.micmac4j.Micmac.withDefaults().withOrder(k));
    }

    /**
     * @param k highest power, at least 1
     * @return {@link Cumulative}
     */
    public static IndirectOperator cumulative(int k) {
        return Cumulative.of(k);
    }

    /**
     * @param alpha attenuation, positive and below 1/ρ(M) of the matrices ranked
     * @return {@link Katz}
     */
    public static IndirectOperator katz(double alpha) {
        return Katz.of(alpha);
    }

    /** @return {@link DematelTotalRelation} with {@link Dematel#withDefaults()} */
    public static IndirectOperator dematel() {
        return DematelTotalRelation.of(Dematel.withDefaults());
    }

    /**
     * @param dematel a DEMATEL configuration
     * @return {@link DematelTotalRelation}
     */
    public static IndirectOperator dematel(Dematel dematel) {
        return DematelTotalRelation.of(dematel);
    }

    /** @return {@link FuzzyMaxMin} with {@link Fuzzification#CLASSIC_LINGUISTIC} */
    public static IndirectOperator fuzzyMaxMin() {
        return FuzzyMaxMin.of(Fuzzification.CLASSIC_LINGUISTIC);
    }

    /**
     * @param fuzzification how weights become values in [0, 1]
     * @return {@link FuzzyMaxMin}
     */
    public static IndirectOperator fuzzyMaxMin(Fuzzification fuzzification) {
        return FuzzyMaxMin.of(fuzzification);
    }

    /** @return {@link BooleanReachability} */
    public static IndirectOperator booleanReachability() {
        return BooleanReachability.INSTANCE;
    }

    /** @return {@link PerronLimit} with its defaults */
    public static IndirectOperator perronLimit() {
        return PerronLimit.withDefaults();
    }
}
