package org.micmac4j.cib;

import java.util.List;

import org.micmac4j.scenario.ScenarioSpace;

/**
 * The result of an {@link Ensemble} or {@link JudgementNoise} analysis: every scenario in the
 * solution set of at least one matrix, with its count and share, share descending.
 *
 * @param <C> the type of the configuration
 * @param config the configuration that produced it
 * @param space the scenario space
 * @param matrices the number of matrices solved (members, draws, or members · draws)
 * @param scenarios the scenarios with their shares (unmodifiable)
 */
public record ShareResult<C>(C config, ScenarioSpace space, int matrices, List<ScenarioShare> scenarios) {
    /**
     * The list is copied.
     *
     * @param config the configuration that produced it
     * @param space the scenario space
     * @param matrices the number of matrices solved (members, draws, or members · draws)
     * @param scenarios the scenarios with their shares (unmodifiable)
     */
    public ShareResult {
        scenarios = List.copyOf(scenarios);
    }
}
