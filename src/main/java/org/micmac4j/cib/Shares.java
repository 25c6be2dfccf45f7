package org.micmac4j.cib;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.micmac4j.scenario.Scenario;

/** Counts how many solution sets hold each scenario, and which. */
final class Shares {
    private Shares() {
    }

    /**
     * @param solutions the scenarios of each solution set, in the order the matrices were solved
     * @return every scenario of at least one set with its count, share and matrix positions, in
     *         {@link ScenarioShare#ORDER}
     */
    static List<ScenarioShare> of(List<List<Scenario>> solutions) {
        Map<Scenario, List<Integer>> holders = new LinkedHashMap<>();
        for (int i = 0; i < solutions.size(); i++) {
            for (Scenario s : solutions.get(i)) {
                holders.computeIfAbsent(s, x -> new ArrayList<>()).add(i);
            }
        }
        List<ScenarioShare> out = new ArrayList<>();
        int n = solutions.size();
        holders.forEach((s, at) -> out.add(new ScenarioShare(s, at.size(), at.size() / (double) n, at)));
        out.sort(ScenarioShare.ORDER);
        return out;
    }
}
