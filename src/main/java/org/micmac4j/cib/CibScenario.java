package org.micmac4j.cib;

import java.util.Comparator;

import org.micmac4j.scenario.Scenario;

/**
 * One scenario of a CIB solution set with its measures (see {@link ImpactBalance} for the
 * formulas).
 *
 * @param scenario the scenario
 * @param inconsistency IC, 0 when consistent
 * @param consistencyValue CV
 * @param totalImpactScore TIS
 */
public record CibScenario(Scenario scenario, int inconsistency, int consistencyValue, long totalImpactScore) {
    /**
     * The order of every solution list: inconsistency ascending, then total impact score
     * descending, then the scenario's variant indices (lexicographic) so that the order is total.
     */
    public static final Comparator<CibScenario> ORDER = Comparator.comparingInt(CibScenario::inconsistency)
            .thenComparing(Comparator.comparingLong(CibScenario::totalImpactScore).reversed())
            .thenComparing(CibScenario::scenario);

    /** @return true when IC = 0 */
    public boolean isConsistent() {
        return inconsistency == 0;
    }
}
