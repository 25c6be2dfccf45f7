package org.micmac4j.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.micmac4j.InvalidInputException;
import org.micmac4j.scenario.Scenario;

/**
 * Diverse selection against an oracle written from the rule: the solution order rebuilt from the
 * brute-force measures and the exact weights, then at each step every candidate's smallest distance
 * to the picks recomputed from scratch, the largest taken, the earliest on ties.
 */
class DiverseSelectionTest {

    private static int distance(Scenario a, Scenario b) {
        int d = 0;
        for (int i = 0; i < a.size(); i++) {
            d += a.variant(i) == b.variant(i) ? 0 : 1;
        }
        return d;
    }

    @Property(tries = 2000)
    void greedyMaxMinEqualsTheRuleRecomputedAtEveryStep(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3) int k,
            @ForAll @IntRange(min = 1, max = 6) int count, @ForAll boolean weighted) {
        CibMatrix m = CibPropertiesTest.random(seed);
        CibResult r = Cib.withDefaults().withMaxInconsistency(k).withThreads(1).solve(m);
        SuccessionResult w = weighted ? Succession.withDefaults().withThreads(1).weights(m) : null;
        // the solution order from the definition: IC ascending, weight (or TIS) descending, then variants
        Map<Scenario, BruteForce.Measures> measures = BruteForce.solve(m, k, BruteForce.free(m), z -> true);
        Map<Scenario, Long> weights = w == null ? Map.of() : w.weights();
        List<Scenario> order = new ArrayList<>(measures.keySet());
        order.sort((a, b) -> {
            BruteForce.Measures x = measures.get(a);
            BruteForce.Measures y = measures.get(b);
            int c = Integer.compare(x.inconsistency(), y.inconsistency());
            if (c == 0 && w != null) {
                c = Long.compare(weights.getOrDefault(b, 0L), weights.getOrDefault(a, 0L));
            }
            if (c == 0) {
                c = Long.compare(y.totalImpactScore(), x.totalImpactScore());
            }
            return c != 0 ? c : a.compareTo(b);
        });
        assertEquals(order, DiverseSelection.solutionOrder(r, w).stream().map(CibScenario::scenario).toList());

        List<Scenario> picked = new ArrayList<>();
        List<Integer> distances = new ArrayList<>();
        while (picked.size() < Math.min(count, order.size())) {
            Scenario best = null;
            int bestD = -1;
            for (Scenario s : order) {
                if (picked.contains(s)) {
                    continue;
                }
                int d = picked.isEmpty() ? 0 : picked.stream().mapToInt(p -> distance(p, s)).min().getAsInt();
                if (d > bestD) {
                    bestD = d;
                    best = s;
                }
            }
            picked.add(best);
            distances.add(picked.size() == 1 ? null : bestD);
        }
        List<DiverseSelection.Pick> got = DiverseSelection.select(r, w, count);
        assertEquals(picked, got.stream().map(p -> p.scenario().scenario()).toList());
        for (int i = 0; i < got.size(); i++) {
            OptionalInt d = got.get(i).minDistance();
            assertEquals(distances.get(i) == null ? OptionalInt.empty() : OptionalInt.of(distances.get(i)), d);
            assertEquals(order.indexOf(picked.get(i)), got.get(i).position());
        }
    }

    @Test
    void distancesAreHammingAndKMustBePositive() {
        assertEquals(2, DiverseSelection.hamming(Scenario.of(0, 1, 2), Scenario.of(0, 2, 1)));
        assertThrows(InvalidInputException.class, () -> DiverseSelection.select(List.of(), 0));
        assertTrue(DiverseSelection.select(List.of(), 3).isEmpty());
    }
}
