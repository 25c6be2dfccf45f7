package org.micmac4j.cib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.micmac4j.Draws;
import org.micmac4j.InvalidInputException;
import org.micmac4j.cib.io.SuccessionParts;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;
import org.micmac4j.testutil.Basins;

/**
 * The three succession rules against the brute-force oracle of {@link BruteForce#step} (scores
 * summed afresh from the cells, written from the definitions in docs/METHOD.md §10.4), on thousands
 * of small seeded random matrices: every step, the fixed points (exactly the consistent scenarios
 * under every rule), trajectories, and exact basins in memory, streamed, from merged random ranges
 * and sampled; parts of different rules refuse to merge.
 */
class SuccessionRulesTest {
    private static final Succession EXACT = Succession.withDefaults().withWeightMode(WeightMode.EXACT)
            .withInMemoryLimit(Succession.EXACT_LIMIT_MAX);

    private static Set<Scenario> consistent(CibMatrix m) {
        Set<Scenario> out = new HashSet<>();
        ScenarioSpace s = m.space();
        for (long r = 0; r < s.size().longValue(); r++) {
            Scenario z = s.scenarioAt(r);
            if (BruteForce.consistent(m, z.variants())) {
                out.add(z);
            }
        }
        return out;
    }

    private static Map<List<Scenario>, Long> basins(SuccessionResult w) {
        Map<List<Scenario>, Long> out = new HashMap<>();
        for (Basin b : w.fixedPoints()) {
            out.put(b.attractor().scenarios(), b.weight());
        }
        for (Basin b : w.cycles()) {
            out.put(b.attractor().scenarios(), b.weight());
        }
        return out;
    }

    @Property(tries = 3000)
    void everyStepEqualsTheOracleAndTheFixedPointsOfEveryRuleAreTheConsistentScenarios(@ForAll long seed) {
        CibMatrix m = PrunedSearchTest.random(seed);
        ScenarioSpace s = m.space();
        Set<Scenario> consistent = consistent(m);
        assertEquals(consistent, new HashSet<>(Cib.withDefaults().solve(m).scenarios().stream()
                .map(CibScenario::scenario).toList()), "seed " + seed);
        for (SuccessionRule rule : SuccessionRule.values()) {
            Succession succession = Succession.withDefaults().withRule(rule);
            Set<Scenario> fixed = new HashSet<>();
            for (long r = 0; r < s.size().longValue(); r++) {
                Scenario z = s.scenarioAt(r);
                int[] oracle = BruteForce.step(m, rule, z.variants());
                assertArrayEquals(oracle, succession.next(m, z).variants(),
                        rule + " step from " + z + ", seed " + seed);
                if (Scenario.of(oracle).equals(z)) {
                    fixed.add(z);
                }
            }
            assertEquals(consistent, fixed, rule + ": fixed points, seed " + seed);
            // every consistent scenario is its own basin's start, so exact weights list them all
            SuccessionResult w = EXACT.withRule(rule).weights(m);
            assertEquals(consistent, new HashSet<>(w.fixedPoints().stream()
                    .map(b -> b.attractor().scenarios().get(0)).toList()), rule + ", seed " + seed);
        }
    }

    @Property(tries = 1500)
    void exactBasinsOfEveryRuleEqualNaiveWalksInMemoryAndStreamed(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 3) int threads, @ForAll @IntRange(min = 1, max = 8) int cacheBits) {
        CibMatrix m = PrunedSearchTest.random(seed);
        for (SuccessionRule rule : SuccessionRule.values()) {
            Map<List<Scenario>, Long> oracle = BruteForce.basins(m, rule);
            Succession exact = EXACT.withRule(rule).withThreads(threads);
            assertEquals(oracle, basins(exact.weights(m)), rule + " in memory, seed " + seed);
            // streamed with a small cache (collisions and misses on every path), a random range
            SuccessionKernel k = new SuccessionKernel(m, rule);
            BasinTally t = new StreamedBasins(k, threads, cacheBits, null).run(0, k.size - 1);
            Map<List<Scenario>, Long> streamed = new HashMap<>();
            for (long[] ranks : t.attractors()) {
                List<Scenario> att = new ArrayList<>();
                int[] z = new int[k.nd];
                for (long r : ranks) {
                    k.decode(r, z);
                    att.add(Scenario.of(z));
                }
                streamed.put(att, t.weight(ranks[0]));
            }
            assertEquals(oracle, streamed, rule + " streamed, seed " + seed);
        }
    }

    @Property(tries = 100)
    void mergedRandomRangesOfEveryRuleEqualTheWholeSpace(@ForAll long seed) {
        CibMatrix m = PrunedSearchTest.random(seed);
        Random r = new Random(seed);
        long size = m.space().size().longValue();
        for (SuccessionRule rule : SuccessionRule.values()) {
            Succession streamed = EXACT.withRule(rule).withInMemoryLimit(1);
            long cut = size < 2 ? size : 1 + (long) (r.nextDouble() * (size - 1));
            List<SuccessionPart> parts = new ArrayList<>();
            parts.add(streamed.weights(m, 0, cut - 1));
            if (cut < size) {
                parts.add(0, streamed.weights(m, cut, size - 1));
            }
            assertEquals(streamed.settings(), parts.get(0).settings());
            SuccessionResult merged = streamed.result(m, parts);
            assertEquals(BruteForce.basins(m, rule), basins(merged), rule + " merged, seed " + seed);
            assertEquals(rule, merged.config().rule());
        }
    }

    @Property(tries = 500)
    void trajectoriesOfEveryRuleFollowTheOracle(@ForAll long seed) {
        CibMatrix m = PrunedSearchTest.random(seed);
        Random r = new Random(seed);
        Scenario start = m.space().scenarioAt((long) (r.nextDouble() * m.space().size().longValue()));
        for (SuccessionRule rule : SuccessionRule.values()) {
            List<Scenario> walk = BruteForce.walk(m, rule, start);
            Trajectory t = Succession.withDefaults().withRule(rule).trajectory(m, start);
            assertEquals(walk.subList(0, walk.size() - 1), t.path(), rule + ", seed " + seed);
            assertEquals(BruteForce.attractor(walk), t.attractor().scenarios(), rule + ", seed " + seed);
        }
    }

    @Property(tries = 100)
    void sampledBasinsOfEveryRuleWalkTheDrawnStarts(@ForAll long seed) {
        CibMatrix m = PrunedSearchTest.random(seed);
        ScenarioSpace s = m.space();
        Draws draws = Draws.withDefaults().withCount(200).withSeed(seed);
        for (SuccessionRule rule : SuccessionRule.values()) {
            Map<List<Scenario>, Long> oracle = new HashMap<>();
            for (long d = 0; d < draws.count(); d++) {
                var rng = draws.stream(d);
                int[] z = new int[s.descriptorCount()];
                for (int j = 0; j < z.length; j++) {
                    z[j] = rng.nextInt(s.variantCount(j));
                }
                oracle.merge(BruteForce.attractor(BruteForce.walk(m, rule, Scenario.of(z))), 1L, Long::sum);
            }
            Succession sampled = Succession.withDefaults().withRule(rule).withWeightMode(WeightMode.SAMPLED);
            assertEquals(oracle, basins(sampled.withDraws(draws.withThreads(1)).weights(m)), rule + ", seed " + seed);
            assertEquals(oracle, basins(sampled.withDraws(draws.withThreads(3)).weights(m)), rule + ", seed " + seed);
        }
    }

    @ParameterizedTest
    @EnumSource(SuccessionRule.class)
    void everySharedCaseGivesTheSameBasinsInMemoryStreamedAndMergedUnderEveryRule(SuccessionRule rule)
            throws IOException {
        for (String name : List.of("somewhereland", "cibsa-global", "iaindm-bench-typical")) {
            CibMatrix m = CibCasesTest.csv(name);
            Succession exact = EXACT.withRule(rule);
            SuccessionResult mem = exact.weights(m);
            SuccessionResult streamed = exact.withInMemoryLimit(1).weights(m);
            SuccessionResult merged = Basins.merged(exact, m, new Random(name.hashCode()), 4);
            assertEquals(mem.fixedPoints(), streamed.fixedPoints(), name);
            assertEquals(mem.cycles(), streamed.cycles(), name);
            assertEquals(mem.fixedPoints(), merged.fixedPoints(), name);
            assertEquals(mem.cycles(), merged.cycles(), name);
            // the fixed points are the same under every rule: the consistent scenarios
            assertEquals(new HashSet<>(Cib.withDefaults().solve(m).scenarios().stream().map(CibScenario::scenario)
                    .toList()), new HashSet<>(mem.fixedPoints().stream().map(b -> b.attractor().scenarios().get(0))
                    .toList()), name);
        }
    }

    /** The 22.7-million-scenario nested case (15 descriptors): in memory equals streamed and merged. */
    @Tag("slow")
    @ParameterizedTest
    @EnumSource(value = SuccessionRule.class, names = {"SEQUENTIAL", "ADJACENT"})
    void theNestedCaseGivesTheSameBasinsInMemoryAndMerged(SuccessionRule rule) throws IOException {
        CibMatrix m = CibCasesTest.csv("cibsa-nested-simplified-standardized");
        Succession exact = EXACT.withRule(rule);
        SuccessionResult mem = exact.weights(m);
        SuccessionResult merged = Basins.merged(exact, m, new Random(15), 3);
        assertEquals(mem.fixedPoints(), merged.fixedPoints());
        assertEquals(mem.cycles(), merged.cycles());
        assertEquals(new HashSet<>(Cib.withDefaults().solve(m).scenarios().stream().map(CibScenario::scenario)
                .toList()), new HashSet<>(mem.fixedPoints().stream().map(b -> b.attractor().scenarios().get(0))
                .toList()));
    }

    @Test
    void theRulesDifferOnAKnownMatrix() {
        // two descriptors of three ordinal variants that push each other up, a1 favouring b2 most:
        // from (a1, b1) the global rule passes (a3, b2), the sequential rule judges B after A has
        // moved and goes straight to (a3, b3), the adjacent rule climbs one level a step
        ScenarioSpace s = ScenarioSpace.of(org.micmac4j.scenario.Descriptor.ofIds("A", "a1", "a2", "a3"),
                org.micmac4j.scenario.Descriptor.ofIds("B", "b1", "b2", "b3"));
        int[][] c = new int[6][6];
        for (int from = 0; from < 3; from++) {
            c[from][3 + 2] = 2; // every A variant favours b3
            c[3 + from][2] = 2; // every B variant favours a3
        }
        c[0][4] = 3; // a1 favours b2 above all
        CibMatrix m = CibMatrix.of(s, c);
        Scenario start = s.scenario("a1", "b1");
        assertEquals(List.of(start, s.scenario("a3", "b2"), s.scenario("a3", "b3")),
                Succession.withDefaults().trajectory(m, start).path());
        // sequential: A moves to a3 first, then B is judged under (a3, b1): b3 at once
        assertEquals(List.of(start, s.scenario("a3", "b3")),
                Succession.withDefaults().withRule(SuccessionRule.SEQUENTIAL).trajectory(m, start).path());
        assertEquals(List.of(start, s.scenario("a2", "b2"), s.scenario("a3", "b3")),
                Succession.withDefaults().withRule(SuccessionRule.ADJACENT).trajectory(m, start).path());
    }

    @Test
    void partsOfDifferentRulesRefuseToMergeAndTheRuleIsReadBack() throws IOException {
        CibMatrix m = CibCasesTest.csv("cibsa-global"); // 36 scenarios
        Succession global = EXACT.withInMemoryLimit(1);
        Succession sequential = global.withRule(SuccessionRule.SEQUENTIAL);
        SuccessionPart a = global.weights(m, 0, 9).withSource("a.part");
        SuccessionPart b = sequential.weights(m, 10, 35).withSource("b.part");
        assertEquals("succession=sequential ties=keep-if-maximal-else-first", b.settings());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SuccessionPart.merge(List.of(a, b)));
        assertTrue(e.getMessage().contains("different settings") && e.getMessage().contains("a.part")
                && e.getMessage().contains("b.part"), e.getMessage());
        SuccessionPart a2 = sequential.weights(m, 0, 9);
        e = assertThrows(InvalidInputException.class, () -> global.result(m, List.of(a2, b)));
        assertTrue(e.getMessage().contains("other settings") && e.getMessage().contains("succession=sequential"),
                e.getMessage());
        assertEquals(basins(sequential.weights(m)), basins(sequential.result(m, List.of(b, a2))));
        // the file keeps the rule
        SuccessionPart read = SuccessionParts.parse(SuccessionParts.format(b, m), "b.part").part();
        assertEquals(SuccessionRule.SEQUENTIAL, Succession.ruleOf(read.settings()));
        for (SuccessionRule r : SuccessionRule.values()) {
            assertEquals(r, Succession.ruleOf(global.withRule(r).settings()));
            assertEquals(r, SuccessionRule.of(r.id().toUpperCase(java.util.Locale.ROOT)));
        }
        e = assertThrows(InvalidInputException.class, () -> Succession.ruleOf("succession=local"));
        assertTrue(e.getMessage().contains("succession=local"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> SuccessionRule.of("local"));
        assertTrue(e.getMessage().contains("'local'") && e.getMessage().contains("adjacent"), e.getMessage());
        assertNotEquals(global.settings(), sequential.settings());
        assertEquals(SuccessionRule.GLOBAL, Succession.withDefaults().rule());
    }
}
