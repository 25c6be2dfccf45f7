package org.micmac4j.cib;

import java.math.BigInteger;
import java.util.List;

import org.micmac4j.scenario.ScenarioSpace;

/**
 * The solution set of a {@link Cib} run: every scenario with inconsistency at most
 * {@code config().maxInconsistency()}, counted exactly, and the first {@code config().limit()} of
 * them listed in {@link CibScenario#ORDER} (inconsistency, then total impact score descending,
 * then variants).
 *
 * @param config the configuration that produced it
 * @param space the scenario space
 * @param scenarios the listed scenarios, in order (unmodifiable): all of them when
 *        {@link #isComplete()}, otherwise the first {@code config().limit()}
 * @param count the exact number of scenarios in the set, listed or not
 * @param groups the independent descriptor groups the search was split into, each with its own
 *        count (one group holding every descriptor when not split)
 */
public record CibResult(Cib config, ScenarioSpace space, List<CibScenario> scenarios, BigInteger count,
        List<DescriptorGroup> groups) {
    /**
     * The lists are copied.
     *
     * @param config the configuration that produced it
     * @param space the scenario space
     * @param scenarios the listed scenarios, in order
     * @param count the exact number of scenarios in the set, listed or not
     * @param groups the independent descriptor groups, each with its own count
     */
    public CibResult {
        scenarios = List.copyOf(scenarios);
        groups = List.copyOf(groups);
    }

    /** @return the listed scenarios with IC = 0, in order */
    public List<CibScenario> consistent() {
        return scenarios.stream().filter(CibScenario::isConsistent).toList();
    }

    /** @return the number of listed scenarios */
    public int size() {
        return scenarios.size();
    }

    /** @return whether every scenario of the set is listed */
    public boolean isComplete() {
        return count.compareTo(BigInteger.valueOf(scenarios.size())) == 0;
    }

    /**
     * Every scenario of the set, for analyses that a cut list would make wrong (shares of
     * ensembles and judgement noise, the change an intervention makes).
     *
     * @param which the set, for the message (e.g. "noisy copy 3 of member 1")
     * @return the listed scenarios, which are all of them
     * @throws org.micmac4j.InvalidInputException when only the first {@code config().limit()} are
     *         listed (one line naming the set, its count and the limit)
     */
    public List<CibScenario> all(String which) {
        org.micmac4j.internal.Messages.require(isComplete(), "%s: %s scenarios have an inconsistency of at most %d, "
                + "more than the %d listed (Cib.withLimit, --list N); this analysis needs every one of them: raise "
                + "the limit or lower the maximum inconsistency", which, count, config.maxInconsistency(),
                config.limit());
        return scenarios;
    }

    /** @return how many scenarios of the set are not listed */
    public BigInteger leftOut() {
        return count.subtract(BigInteger.valueOf(scenarios.size()));
    }
}
