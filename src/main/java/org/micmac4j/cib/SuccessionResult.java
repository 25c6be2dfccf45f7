package org.micmac4j.cib;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * Basin weights of the global succession.
 *
 * @param config the configuration that produced it
 * @param space the scenario space
 * @param mode {@link WeightMode#EXACT} (every scenario a start) or {@link WeightMode#SAMPLED}
 * @param starts the number of starts (the space size when exact)
 * @param fixedPoints the fixed points (the consistent scenarios reached) with their weights, weight
 *        descending then scenario order; when exact, every consistent scenario is listed (each is
 *        its own start)
 * @param cycles the cycles reached with their weights, weight descending
 */
public record SuccessionResult(Succession config, ScenarioSpace space, WeightMode mode, long starts,
        List<Basin> fixedPoints, List<Basin> cycles) {
    /** The order of basin lists: weight descending, then the attractor's first scenario. */
    public static final Comparator<Basin> ORDER = Comparator.comparingLong(Basin::weight).reversed()
            .thenComparing(b -> b.attractor().scenarios().get(0));

    /**
     * Lists are copied.
     *
     * @param config the configuration that produced it
     * @param space the scenario space
     * @param mode {@link WeightMode#EXACT} (every scenario a start) or {@link WeightMode#SAMPLED}
     * @param starts the number of starts (the space size when exact)
     * @param fixedPoints the fixed points (the consistent scenarios reached) with their weights, weight
     *     descending then scenario order; when exact, every consistent scenario is listed (each is its own start)
     * @param cycles the cycles reached with their weights, weight descending
     */
    public SuccessionResult {
        fixedPoints = List.copyOf(fixedPoints);
        cycles = List.copyOf(cycles);
    }

    /** @return the number of starts whose succession ends in a cycle */
    public long cycleStarts() {
        return cycles.stream().mapToLong(Basin::weight).sum();
    }

    /** @return the weight of every fixed point, by scenario */
    public Map<Scenario, Long> weights() {
        Map<Scenario, Long> m = new HashMap<>();
        fixedPoints.forEach(b -> m.put(b.attractor().scenarios().get(0), b.weight()));
        return m;
    }

    /**
     * @param scenario a scenario
     * @return its weight as a fixed point, 0 when no start ends in it
     */
    public long weightOf(Scenario scenario) {
        return weights().getOrDefault(scenario, 0L);
    }
}
