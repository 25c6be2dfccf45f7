package org.micmac4j.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.micmac4j.Draws;
import org.micmac4j.InvalidInputException;
import org.micmac4j.scenario.Descriptor;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The stream contract on CIB's Monte Carlo analyses: a noisy copy or a random start computed alone
 * from {@code draws.stream(d)} (as a Spark task would) is the one inside the run, and a run is the
 * same on 1, 2, 3 and 7 threads.
 */
class CibDrawsTest {
    private static final int[] THREADS = {1, 2, 3, 7};

    /** Scenario to the draws in whose solution set it is. */
    private static Map<Scenario, List<Integer>> positions(ShareResult<?> r) {
        Map<Scenario, List<Integer>> out = new HashMap<>();
        r.scenarios().forEach(s -> out.put(s.scenario(), s.matrices()));
        return out;
    }

    @Property(tries = 40)
    void aNoisyCopyAloneIsTheCopyInTheRun(@ForAll long seed) {
        CibMatrix m = CibPropertiesTest.random(seed);
        int[] changed = m.cells().clone(); // a second member over the same space, one cell moved
        changed[changed.length / 2] += 2;
        CibMatrix other = m.withCells(changed);
        Draws d = Draws.withDefaults().withCount(12).withSeed(seed);
        JudgementNoise noise = JudgementNoise.withDefaults().withStandardDeviation(1.2).withDraws(d)
                .withCib(Cib.withDefaults().withMaxInconsistency(1));
        List<CibMatrix> members = List.of(m, other);
        Map<Scenario, List<Integer>> run = positions(noise.analyze(members));
        // Each copy alone, last to first: its solution set is the scenarios whose positions hold it.
        Map<Scenario, List<Integer>> alone = new HashMap<>();
        for (int p = 2 * 12 - 1; p >= 0; p--) {
            CibMatrix copy = noise.draw(members.get(p / 12), d.stream(p), p);
            for (CibScenario s : Cib.withDefaults().withMaxInconsistency(1).withThreads(1).solve(copy).scenarios()) {
                alone.computeIfAbsent(s.scenario(), x -> new ArrayList<>()).add(0, p);
            }
        }
        assertEquals(alone, run);
        for (int t : THREADS) {
            assertEquals(run, positions(noise.withDraws(d.withThreads(t)).analyze(members)), t + " threads");
        }
    }

    @Property(tries = 40)
    void aRandomStartAloneIsTheStartInTheRun(@ForAll long seed) {
        CibMatrix m = CibPropertiesTest.random(seed);
        ScenarioSpace space = m.space();
        Draws d = Draws.withDefaults().withCount(300).withSeed(seed);
        Succession s = Succession.withDefaults().withWeightMode(WeightMode.SAMPLED).withDraws(d);
        SuccessionResult run = s.weights(m);
        // Start d: variant nextInt(k_j) of stream(d) for each descriptor j, followed to its attractor.
        Map<List<Scenario>, Long> alone = new HashMap<>();
        for (long start = 0; start < d.count(); start++) {
            UniformRandomProvider rng = d.stream(start);
            int[] z = new int[space.descriptorCount()];
            for (int j = 0; j < z.length; j++) {
                z[j] = rng.nextInt(space.variantCount(j));
            }
            alone.merge(s.trajectory(m, Scenario.of(z)).attractor().scenarios(), 1L, Long::sum);
        }
        assertEquals(alone, weights(run));
        for (int t : THREADS) {
            assertEquals(weights(run), weights(s.withDraws(d.withThreads(t)).weights(m)), t + " threads");
        }
    }

    private static Map<List<Scenario>, Long> weights(SuccessionResult r) {
        Map<List<Scenario>, Long> out = new HashMap<>();
        for (List<Basin> bs : List.of(r.fixedPoints(), r.cycles())) {
            for (Basin b : bs) {
                out.put(b.attractor().scenarios(), b.weight());
            }
        }
        return out;
    }

    @Test
    void noiseIsBounded() {
        for (double sd : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY, 1e30, 3e8, 100.5}) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> JudgementNoise.withDefaults().withStandardDeviation(sd));
            assertTrue(e.getMessage().contains("standard deviation") && e.getMessage().contains("100"),
                    e.getMessage());
        }
        JudgementNoise.withDefaults().withStandardDeviation(JudgementNoise.STANDARD_DEVIATION_MAX);
        assertThrows(InvalidInputException.class, () -> JudgementNoise.withDefaults()
                .withDraws(Draws.withDefaults().withCount(JudgementNoise.DRAWS_MAX + 1)));
        CibMatrix m = CibPropertiesTest.random(3);
        Draws half = Draws.withDefaults().withCount(JudgementNoise.DRAWS_MAX / 2 + 1);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> JudgementNoise.withDefaults().withDraws(half).analyze(List.of(m, m)));
        assertTrue(e.getMessage().contains("members"), e.getMessage());
    }

    /** At the largest σ every noisy copy moves its cells by up to hundreds: no saturation, varied sets. */
    @Test
    void theLargestNoiseStillDraws() {
        CibMatrix m = CibPropertiesTest.random(5);
        JudgementNoise noise = JudgementNoise.withDefaults()
                .withStandardDeviation(JudgementNoise.STANDARD_DEVIATION_MAX).withZerosKept(false);
        Set<Integer> firstCells = new HashSet<>();
        for (long d = 0; d < 50; d++) {
            firstCells.add(noise.draw(m, noise.draws().stream(d), d).cells()[0]);
        }
        assertTrue(firstCells.size() > 30, "distinct values of a cell over 50 copies: " + firstCells.size());
        assertTrue(firstCells.stream().anyMatch(c -> Math.abs(c) > 100), String.valueOf(firstCells));
    }

    /** Cells near the score limit with noise: one message naming the noise, never a wrong copy. */
    @Test
    void aCopyBeyondTheScoreLimitSaysSo() {
        ScenarioSpace s = ScenarioSpace.of(List.of(Descriptor.ofIds("A", "a1", "a2"),
                Descriptor.ofIds("B", "b1", "b2")));
        int n = s.totalVariants();
        int[][] c = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                c[i][j] = s.descriptorOf(i) == s.descriptorOf(j) ? 0 : CibMatrix.SCORE_LIMIT / s.descriptorCount();
            }
        }
        CibMatrix big = CibMatrix.of(s, c);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> JudgementNoise.withDefaults()
                .withStandardDeviation(50).withDraws(Draws.withDefaults().withCount(20)).analyze(big));
        assertTrue(e.getMessage().startsWith("judgement noise: noisy copy "), e.getMessage());
        assertTrue(e.getMessage().contains("standard deviation 50"), e.getMessage());
    }

    @Property(tries = 20)
    void noisyCopiesOfAnyCutGiveTheRun(@ForAll long seed) {
        CibMatrix m = CibPropertiesTest.random(seed);
        int[] changed = m.cells().clone();
        changed[0] += 1;
        List<CibMatrix> members = List.of(m, m.withCells(changed));
        JudgementNoise noise = JudgementNoise.withDefaults().withStandardDeviation(1.0)
                .withDraws(Draws.withDefaults().withCount(9).withSeed(seed).withThreads(1));
        java.util.Random r = new java.util.Random(seed);
        List<List<Scenario>> sets = new ArrayList<>();
        long at = 0;
        while (at < 18) { // ranges of random length, in order
            long last = Math.min(17, at + r.nextInt(6));
            sets.addAll(noise.solutionSets(members, at, last));
            at = last + 1;
        }
        ShareResult<JudgementNoise> run = noise.analyze(members);
        assertEquals(run.scenarios(), noise.result(members, sets).scenarios());
        assertThrows(InvalidInputException.class, () -> noise.result(members, sets.subList(0, 17)));
        assertThrows(InvalidInputException.class, () -> noise.solutionSets(members, 10, 18));
    }
}
