package org.micmac4j.cib;

import java.util.List;

import org.micmac4j.scenario.ScenarioSpace;

/**
 * The solution set of a {@link Cib} run: every scenario with inconsistency at most
 * {@code config().maxInconsistency()}, sorted by {@link CibScenario#ORDER} (inconsistency, then
 * total impact score descending).
 *
 * @param config the configuration that produced it
 * @param space the scenario space
 * @param scenarios the scenarios (unmodifiable)
 * @param groups the number of independent descriptor groups the search was split into (1 when not split)
 */
public record CibResult(Cib config, ScenarioSpace space, List<CibScenario> scenarios, int groups) {
    /**
     * The list is copied.
     *
     * @param config the configuration that produced it
     * @param space the scenario space
     * @param scenarios the scenarios (unmodifiable)
     * @param groups the number of independent descriptor groups the search was split into (1 when not split)
     */
    public CibResult {
        scenarios = List.copyOf(scenarios);
    }

    /** @return the consistent scenarios (IC = 0), in order */
    public List<CibScenario> consistent() {
        return scenarios.stream().filter(CibScenario::isConsistent).toList();
    }

    /** @return the number of scenarios in the set */
    public int size() {
        return scenarios.size();
    }
}
