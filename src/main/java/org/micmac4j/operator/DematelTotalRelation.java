package org.micmac4j.operator;

import java.util.Objects;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Ranking;
import org.micmac4j.dematel.Dematel;
import org.micmac4j.dematel.DirectRelationMatrix;

/**
 * DEMATEL as an indirect operator: influence = D (row sums of the total relation
 * T = N (I - N)^-1), dependence = R (column sums), with the given {@link Dematel} configuration.
 * The matrix is refused, with the reason, when I - N is singular (see {@link Dematel#analyze}).
 * Immutable.
 */
final class DematelTotalRelation implements IndirectOperator {
    private final Dematel dematel;

    private DematelTotalRelation(Dematel dematel) {
        this.dematel = dematel;
    }

    /**
     * @param dematel the configuration (normalisation, rounding)
     * @return the operator
     */
    public static DematelTotalRelation of(Dematel dematel) {
        return new DematelTotalRelation(Objects.requireNonNull(dematel, "dematel"));
    }

    @Override
    public String name() {
        return "dematel(" + dematel.normalization() + (dematel.rounding() == Dematel.ROUNDING_NONE ? ""
                : ", round=" + dematel.rounding()) + ")";
    }

    @Override
    public Ranking rank(InfluenceMatrix m, double potentialWeight) {
        return dematel.analyze(DirectRelationMatrix.from(m, potentialWeight)).ranking();
    }
}
