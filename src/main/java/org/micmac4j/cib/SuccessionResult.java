package org.micmac4j.cib;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * Basin weights of a succession: of the rule {@code config().rule()} ({@link SuccessionRule}).
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

    /** Default confidence level of {@link #interval}: {@value}. */
    public static final double CONFIDENCE_DEFAULT = 0.95;

    /**
     * A basin's share of the starts. Exact weights: the share, exactly. Sampled weights: the
     * estimate with its Wilson score interval (Wilson 1927; Brown, Cai and DasGupta 2001 recommend
     * it over the normal approximation, which fails near 0 and 1): with p̂ = w / n and z the
     * standard normal quantile of 1 − (1 − confidence) / 2,
     * (p̂ + z²/2n ± z·√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n).
     *
     * @param basin one of this result's basins
     * @param confidence the confidence level, strictly between 0 and 1
     * @return the share and its bounds
     * @throws org.micmac4j.InvalidInputException when the confidence is outside (0, 1)
     */
    public ShareInterval interval(Basin basin, double confidence) {
        org.micmac4j.internal.Messages.require(confidence > 0 && confidence < 1,
                "the confidence level must be strictly between 0 and 1, got %s", confidence);
        double n = starts;
        double p = basin.weight() / n;
        if (mode == WeightMode.EXACT) {
            return new ShareInterval(p, p, p, confidence);
        }
        double z = org.apache.commons.statistics.distribution.NormalDistribution.of(0, 1)
                .inverseCumulativeProbability(1 - (1 - confidence) / 2);
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return new ShareInterval(p, Math.max(0, centre - half), Math.min(1, centre + half), confidence);
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
