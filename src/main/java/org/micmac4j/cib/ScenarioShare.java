package org.micmac4j.cib;

import java.util.Comparator;

import org.micmac4j.scenario.Scenario;

/**
 * How often a scenario is in the solution set over several matrices (ensemble members or noisy
 * draws).
 *
 * @param scenario the scenario
 * @param count the number of matrices in whose solution set it is
 * @param share count / number of matrices: the share of members, or the estimated probability of
 *        consistency under judgement noise
 */
public record ScenarioShare(Scenario scenario, int count, double share) {
    /** Share descending, then scenario order. */
    public static final Comparator<ScenarioShare> ORDER = Comparator.comparingInt(ScenarioShare::count).reversed()
            .thenComparing(ScenarioShare::scenario);
}
