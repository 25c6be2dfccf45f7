package org.micmac4j.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.micmac4j.InvalidInputException;
import org.micmac4j.scenario.Descriptor;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * Interventions and feasibility constraints against {@link BruteForce} (every scenario enumerated,
 * the held variants and the rules applied as defined, IC and CV over the free descriptors only),
 * on thousands of seeded random matrices, with every algorithm, with and without group splitting,
 * and the pruned search with its bitset suffix join at every size.
 */
class InterventionConstraintsTest {

    @Property(tries = 3000)
    void everySolverEqualsBruteForce(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3) int k) {
        CibMatrix m = PrunedSearchTest.random(seed);
        ScenarioSpace s = m.space();
        Random r = new Random(seed * 31 + k);
        int[] fixed = r.nextBoolean() ? BruteForce.randomHeld(s, r) : BruteForce.free(m);
        BruteForce.RandomRules rules = BruteForce.rules(s, r, r.nextInt(6));
        var want = BruteForce.solve(m, k, fixed, rules.feasible());
        Cib cib = Cib.withDefaults().withMaxInconsistency(k).withThreads(1)
                .withIntervention(BruteForce.heldMap(s, fixed)).withConstraints(rules.constraints());
        assertEquals(want, BruteForce.of(cib.solve(m)));
        assertEquals(want, BruteForce.of(cib.withSplitting(false).solve(m)));
        assertEquals(want, BruteForce.of(cib.withAlgorithm(Algorithm.SWEEP).solve(m)));
        assertEquals(want, BruteForce.of(cib.withAlgorithm(Algorithm.PLAIN).withThreads(2).solve(m)));
        assertEquals(want, BruteForce.of(cib.withThreads(3).solve(m)));
    }

    /** The search with constraints inside the branch and bound and inside the bitset join, at every join size. */
    @Property(tries = 1500)
    void prunedSearchWithConstraintsAtEveryJoinSize(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3) int k) {
        CibMatrix m = PrunedSearchTest.random(seed);
        Random r = new Random(~seed);
        BruteForce.RandomRules rules = BruteForce.rules(m.space(), r, 1 + r.nextInt(8));
        Set<Scenario> want = BruteForce.solve(m, k, BruteForce.free(m), rules.feasible()).keySet();
        Feasibility f = Feasibility.of(rules.constraints(), m.space());
        int[] caps = new int[m.space().descriptorCount()];
        Arrays.fill(caps, k);
        for (int join : new int[] {0, 4, 9, 27, 100, PrunedSearch.JOIN_COMBINATIONS_DEFAULT}) {
            for (long budget : new long[] {0, 1}) {
                List<int[]> raw = Solutions.all(new PrunedSearch(m, SearchOrder.greedy(m), caps, f, Islands.GROUP_LIMIT,
                        join, budget).run(1 + (int) budget), "the search");
                Set<Scenario> got = new HashSet<>();
                raw.forEach(z -> assertTrue(got.add(Scenario.of(z)), "found twice"));
                assertEquals(want, got, "join " + join + ", budget " + budget);
            }
        }
    }

    @Property(tries = 1000)
    void constrainedSetIsTheFreeSetMinusItsInfeasibleScenarios(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 2) int k) {
        CibMatrix m = CibPropertiesTest.random(seed);
        Random r = new Random(seed);
        BruteForce.RandomRules rules = BruteForce.rules(m.space(), r, 1 + r.nextInt(5));
        Cib cib = Cib.withDefaults().withMaxInconsistency(k).withThreads(1);
        List<CibScenario> free = cib.solve(m).scenarios();
        List<CibScenario> kept = free.stream().filter(x -> rules.feasible().test(x.scenario().variants())).toList();
        assertEquals(kept, cib.withConstraints(rules.constraints()).solve(m).scenarios());
        free.forEach(x -> assertEquals(rules.feasible().test(x.scenario().variants()),
                rules.constraints().admits(m.space(), x.scenario())));
    }

    /** Holding a descriptor at the variant a consistent scenario gives it keeps that scenario, for every descriptor. */
    @Property(tries = 500)
    void holdingAKernelVariantKeepsTheKernelScenario(@ForAll long seed) {
        CibMatrix m = CibPropertiesTest.random(seed);
        ScenarioSpace s = m.space();
        CibResult free = Cib.withDefaults().withThreads(1).solve(m);
        for (int d = 0; d < s.descriptorCount(); d++) {
            for (int v = 0; v < s.variantCount(d); v++) {
                Map<String, String> held = Map.of(s.descriptor(d).id(), s.descriptor(d).variant(v).id());
                CibResult r = Cib.withDefaults().withThreads(1).withIntervention(held).solve(m);
                KernelChange c = KernelChange.between(free, r);
                int dd = d;
                int vv = v;
                // lost: exactly the free scenarios with another variant of d; gained: none of them free
                assertEquals(free.scenarios().stream().map(CibScenario::scenario).filter(x -> x.variant(dd) != vv)
                        .sorted().toList(), c.lost());
                c.gained().forEach(x -> assertEquals(vv, x.variant(dd)));
                free.scenarios().stream().filter(x -> x.scenario().variant(dd) == vv)
                        .forEach(x -> assertTrue(r.scenarios().stream()
                        .anyMatch(y -> y.scenario().equals(x.scenario()))));
            }
        }
    }

    @Test
    void everyDescriptorHeld() {
        CibMatrix m = CibPropertiesTest.random(7);
        ScenarioSpace s = m.space();
        int[] fixed = new int[s.descriptorCount()];
        Map<String, String> held = BruteForce.heldMap(s, fixed);
        CibResult r = Cib.withDefaults().withIntervention(held).solve(m);
        assertEquals(1, r.size());
        assertEquals(0, r.scenarios().get(0).inconsistency());
        assertEquals(Scenario.of(fixed), r.scenarios().get(0).scenario());
    }

    @Test
    void unknownIdsNameTheRuleOrTheIntervention() {
        ScenarioSpace s = ScenarioSpace.of(Descriptor.ofIds("A", "a1", "a2"), Descriptor.ofIds("B", "b1", "b2"));
        CibMatrix m = CibMatrix.of(s, new int[4][4]);
        FeasibilityConstraints c = FeasibilityConstraints.of(List.of(new FeasibilityConstraints.Rule(
                FeasibilityConstraints.Kind.IMPLIES, "A", List.of("a1"), "C", "c1", "rules.txt line 3")));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Cib.withDefaults().withConstraints(c).solve(m));
        assertEquals("rules.txt line 3: no descriptor C (descriptors: A, B)", e.getMessage());
        e = assertThrows(InvalidInputException.class,
                () -> Cib.withDefaults().withConstraints(FeasibilityConstraints.none().allows("B", "b3")).solve(m));
        assertTrue(e.getMessage().contains("descriptor B has no variant b3 (variants: b1, b2)"), e.getMessage());
        e = assertThrows(InvalidInputException.class,
                () -> Cib.withDefaults().withIntervention(Map.of("A", "a9")).solve(m));
        assertTrue(e.getMessage().startsWith("intervention A=a9: descriptor A has no variant a9"), e.getMessage());
        e = assertThrows(InvalidInputException.class,
                () -> Cib.withDefaults().withIntervention(Map.of("Z", "a1")).solve(m));
        assertTrue(e.getMessage().startsWith("intervention Z=a1: no descriptor Z"), e.getMessage());
        e = assertThrows(InvalidInputException.class,
                () -> FeasibilityConstraints.none().excludes("A", "a1", "A", "a2"));
        assertTrue(e.getMessage().contains("both sides name descriptor A"), e.getMessage());
    }

    @Test
    void heldVariantsViolatingAConstraintLeaveNoScenario() {
        CibMatrix m = CibPropertiesTest.random(11);
        ScenarioSpace s = m.space();
        if (s.descriptorCount() < 2) {
            return;
        }
        String a = s.descriptor(0).id();
        String b = s.descriptor(1).id();
        String av = s.descriptor(0).variant(0).id();
        String bv = s.descriptor(1).variant(0).id();
        Map<String, String> held = new HashMap<>(Map.of(a, av, b, bv));
        CibResult r = Cib.withDefaults().withIntervention(held)
                .withConstraints(FeasibilityConstraints.none().excludes(a, av, b, bv)).solve(m);
        assertEquals(0, r.size());
    }
}
