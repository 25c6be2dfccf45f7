package org.micmac4j.cib;

import java.util.List;

import org.micmac4j.scenario.Scenario;

/**
 * Where a global succession ends: a fixed point (one scenario, which is then consistent) or a
 * cycle of scenarios visited in turn, listed in succession order starting from its smallest
 * scenario (by {@link Scenario#compareTo}).
 *
 * @param scenarios the fixed point, or the cycle in succession order
 */
public record Attractor(List<Scenario> scenarios) {
    /** @param scenarios see the record; copied */
    public Attractor {
        scenarios = List.copyOf(scenarios);
    }

    /** @return true for a fixed point */
    public boolean isFixedPoint() {
        return scenarios.size() == 1;
    }

    /** @return the number of scenarios in the cycle (1 for a fixed point) */
    public int period() {
        return scenarios.size();
    }
}
