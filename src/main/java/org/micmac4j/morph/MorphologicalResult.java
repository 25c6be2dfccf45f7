package org.micmac4j.morph;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.micmac4j.scenario.ScenarioSpace;
import org.micmac4j.scenario.Variant;

/**
 * The result of a {@link MorphologicalAnalysis}: the exact number of consistent configurations,
 * per-value survival counts (how many consistent configurations hold each value) and the listed
 * configurations. Immutable.
 */
public final class MorphologicalResult {
    private final MorphologicalAnalysis config;
    private final MorphologicalField field;
    private final BigInteger count;
    private final BigInteger[] survival;
    private final List<Configuration> configurations;

    MorphologicalResult(MorphologicalAnalysis config, MorphologicalField field, BigInteger count,
            BigInteger[] survival, List<Configuration> configurations) {
        this.config = config;
        this.field = field;
        this.count = count;
        this.survival = survival;
        this.configurations = configurations;
    }

    /** @return the analysis that produced this result */
    public MorphologicalAnalysis config() {
        return config;
    }

    /** @return the analysed field (with the fixed parameters, in the inference mode) */
    public MorphologicalField field() {
        return field;
    }

    /** @return the parameters and their values */
    public ScenarioSpace space() {
        return field.space();
    }

    /** @return the exact number of consistent configurations */
    public BigInteger count() {
        return count;
    }

    /**
     * @return the listed configurations (at most {@link MorphologicalAnalysis#limit()}): on the
     *     binary scale the first in lexicographic order, on the ordinal scale the best by summed
     *     score, ties in lexicographic order
     */
    public List<Configuration> configurations() {
        return configurations;
    }

    /** @return whether every consistent configuration is listed */
    public boolean isComplete() {
        return count.compareTo(BigInteger.valueOf(configurations.size())) == 0;
    }

    /**
     * @param flat a flat value index ({@link ScenarioSpace#flatIndex})
     * @return the number of consistent configurations holding that value
     */
    public BigInteger survival(int flat) {
        return survival[flat];
    }

    /**
     * @param parameter a parameter id
     * @param value one of its value ids
     * @return the number of consistent configurations holding that value
     */
    public BigInteger survival(String parameter, String value) {
        int p = space().indexOf(parameter);
        return survival[space().offset(p) + space().descriptor(p).indexOf(value)];
    }

    /**
     * The inference answer: the values of a parameter that at least one consistent configuration
     * holds.
     *
     * @param p a 0-based parameter index
     * @return its still-possible values, in order
     */
    public List<Variant> possibleValues(int p) {
        List<Variant> out = new ArrayList<>();
        for (int v = 0; v < space().variantCount(p); v++) {
            if (survival[space().offset(p) + v].signum() > 0) {
                out.add(space().descriptor(p).variant(v));
            }
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return "MorphologicalResult[space=" + space().size() + ", count=" + count + ", listed="
                + configurations.size() + "]";
    }
}
