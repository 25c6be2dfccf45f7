package org.micmac4j.morph;

import java.util.Objects;
import java.util.OptionalInt;

import org.micmac4j.scenario.Scenario;

/**
 * A consistent configuration of a morphological field: one value per parameter, and, on the
 * {@link PairScale#ORDINAL ordinal} scale, its summed consistency score (the sum of the scores of
 * all its pairs of values).
 *
 * @param scenario the value indices, in parameter order
 * @param score the summed pair score on the ordinal scale; empty on the binary scale, where every
 *     consistent configuration scores the same
 */
public record Configuration(Scenario scenario, OptionalInt score) {
    /**
     * @param scenario the value indices
     * @param score the summed score, or empty
     */
    public Configuration {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(score, "score");
    }
}
