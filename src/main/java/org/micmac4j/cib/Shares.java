package org.micmac4j.cib;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.micmac4j.scenario.Scenario;

/** Counts how many solution sets hold each scenario. */
final class Shares {
    private Shares() {
    }

    static List<ScenarioShare> of(List<CibResult> results) {
        Map<Scenario, Integer> counts = new HashMap<>();
        for (CibResult r : results) {
            for (CibScenario s : r.scenarios()) {
                counts.merge(s.scenario(), 1, Integer::sum);
            }
        }
        List<ScenarioShare> out = new ArrayList<>();
        int n = results.size();
        counts.forEach((s, c) -> out.add(new ScenarioShare(s, c, c / (double) n)));
        out.sort(ScenarioShare.ORDER);
        return out;
    }
}
