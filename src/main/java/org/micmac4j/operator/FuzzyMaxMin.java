package org.micmac4j.operator;

import java.util.Objects;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Ranking;
import org.micmac4j.fuzzy.Diagonal;
import org.micmac4j.fuzzy.Fuzzification;
import org.micmac4j.fuzzy.FuzzyMatrix;
import org.micmac4j.fuzzy.FuzzyMicmac;

/**
 * Fuzzy MICMAC as an indirect operator: the weights become values in [0, 1] by a
 * {@link Fuzzification} (default {@link Fuzzification#CLASSIC_LINGUISTIC}: 1, 2, 3 read 0.3, 0.5,
 * 0.7), the max-min powers with a unit diagonal settle, and influence = driving power, dependence
 * = dependence power of the stable matrix. Immutable.
 */
final class FuzzyMaxMin implements IndirectOperator {
    private static final FuzzyMicmac UNIT = FuzzyMicmac.withDefaults().withDiagonal(Diagonal.UNIT);

    private final Fuzzification fuzzification;

    private FuzzyMaxMin(Fuzzification fuzzification) {
        this.fuzzification = fuzzification;
    }

    /**
     * @param fuzzification how weights become values in [0, 1]
     * @return the operator
     */
    public static FuzzyMaxMin of(Fuzzification fuzzification) {
        return new FuzzyMaxMin(Objects.requireNonNull(fuzzification, "fuzzification"));
    }

    @Override
    public String name() {
        return "fuzzy-max-min(" + fuzzification + ")";
    }

    @Override
    public Ranking rank(InfluenceMatrix m, double potentialWeight) {
        return UNIT.analyze(FuzzyMatrix.from(m, potentialWeight, fuzzification)).ranking();
    }
}
