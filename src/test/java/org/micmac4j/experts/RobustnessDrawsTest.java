package org.micmac4j.experts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.micmac4j.Draws;
import org.micmac4j.InfluenceMatrix;
import org.micmac4j.InvalidInputException;
import org.micmac4j.Micmac;
import org.micmac4j.SplitRule;
import org.micmac4j.View;
import org.micmac4j.testutil.RandomMatrices;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The stream contract on the experts' robustness: each draw computed alone, from
 * {@code draws.stream(d)} on a fresh copy of the source and in a random order (as Spark tasks
 * would), tallies to exactly the run's result; and a run gives the same result on 1, 2, 3 and 7
 * threads.
 */
class RobustnessDrawsTest {
    private static final int[] THREADS = {1, 2, 3, 7};

    /** The run recomputed draw by draw, each alone, in a shuffled order. */
    private static RobustnessResult alone(Robustness mc, Robustness.Plan plan, long seed) {
        int count = (int) mc.draws().count();
        List<Integer> order = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            order.add(d);
        }
        Collections.shuffle(order, new Random(seed));
        Robustness.Tally tally = new Robustness.Tally(plan.n(), plan.views());
        for (int d : order) {
            tally.add(mc.analyze(plan, plan.source().copy(), mc.draws().stream(d)));
        }
        return new RobustnessResult(mc, plan.variables(), tally, count, plan.views().length == View.values().length);
    }

    @Property(tries = 12)
    void aMatrixDrawAloneIsTheDrawInTheRun(@ForAll long seed, @ForAll @IntRange(min = 3, max = 12) int n) {
        InfluenceMatrix m = RandomMatrices.withPotential(seed, n, 0.4, 0.1);
        Draws d = Draws.withDefaults().withCount(60).withSeed(seed);
        Robustness mc = Robustness.withDefaults().withDraws(d).withPerturbation(0.2, 0.05)
                .withPotentialWeightRange(1, 3).withSplitRules(EnumSet.of(SplitRule.MEAN, SplitRule.MEDIAN));
        String run = RobustnessTest.fingerprint(mc.run(m, Micmac.withDefaults()));
        assertEquals(run, RobustnessTest.fingerprint(alone(mc, mc.plan(m, Micmac.withDefaults()), seed)));
        for (int t : THREADS) {
            assertEquals(run, RobustnessTest.fingerprint(mc.withDraws(d.withThreads(t)).run(m, Micmac.withDefaults())),
                    t + " threads");
        }
    }

    @Property(tries = 8)
    void aPanelDrawAloneIsTheDrawInTheRun(@ForAll long seed) {
        Panel p = PanelPropertiesTest.randomPanel(seed, 7, 4, 0.3);
        Draws d = Draws.withDefaults().withCount(50).withSeed(seed);
        Robustness mc = Robustness.withDefaults().withDraws(d).withCellDraws(true).withPerturbation(0.1, 0.02);
        String run = RobustnessTest.fingerprint(mc.run(p, PanelSynthesis.withDefaults()));
        assertEquals(run, RobustnessTest.fingerprint(alone(mc, mc.plan(p, PanelSynthesis.withDefaults()), seed)));
        for (int t : THREADS) {
            assertEquals(run, RobustnessTest.fingerprint(mc.withDraws(d.withThreads(t))
                    .run(p, PanelSynthesis.withDefaults())),
                    t + " threads");
        }
    }

    @Test
    void theDrawsAreBounded() {
        Draws big = Draws.withDefaults().withCount(Robustness.DRAWS_MAX + 1);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Robustness.withDefaults().withDraws(big));
        assertTrue(e.getMessage().contains("1000000"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> Draws.withDefaults().withCount(Draws.COUNT_MAX + 1));
        assertThrows(InvalidInputException.class, () -> Draws.withDefaults().withCount(0));
        assertThrows(InvalidInputException.class, () -> Draws.withDefaults().withThreads(-1));
        assertEquals(Robustness.DRAWS_MAX, Robustness.withDefaults()
                .withDraws(Draws.withDefaults().withCount(Robustness.DRAWS_MAX)).draws().count());
    }

    /** Cuts of 0..count−1 into {@code pieces} ranges at random points: {first, last} pairs, shuffled. */
    static List<long[]> cut(long count, int pieces, Random r) {
        java.util.TreeSet<Long> starts = new java.util.TreeSet<>(List.of(0L));
        while (starts.size() < Math.min(pieces, count)) {
            starts.add((long) r.nextInt((int) count));
        }
        List<Long> s = new ArrayList<>(starts);
        List<long[]> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            out.add(new long[] {s.get(i), i + 1 < s.size() ? s.get(i + 1) - 1 : count - 1});
        }
        Collections.shuffle(out, r);
        return out;
    }

    @Property(tries = 10)
    void partsOfAnyCutMergeIntoTheRun(@ForAll long seed, @ForAll @IntRange(min = 1, max = 9) int pieces) {
        Panel p = PanelPropertiesTest.randomPanel(seed, 6, 4, 0.3);
        Robustness mc = Robustness.withDefaults().withDraws(Draws.withDefaults().withCount(25).withSeed(seed))
                .withCellDraws(true).withPerturbation(0.1, 0.02);
        PanelSynthesis s = PanelSynthesis.withDefaults();
        List<RobustnessPart> parts = new ArrayList<>();
        for (long[] r : cut(25, pieces, new Random(seed))) {
            parts.add(mc.withDraws(mc.draws().withThreads(1)).part(p, s, r[0], r[1]));
        }
        assertEquals(RobustnessTest.fingerprint(mc.run(p, s)), RobustnessTest.fingerprint(mc.result(p, s, parts)));
    }

    @Test
    void partsWithAGapOrAnOverlapAreRefusedNamingTheDraws() {
        InfluenceMatrix m = RandomMatrices.withPotential(5, 6, 0.4, 0.1);
        Robustness mc = Robustness.withDefaults().withDraws(Draws.withDefaults().withCount(10))
                .withPerturbation(0.2, 0.05);
        Micmac micmac = Micmac.withDefaults();
        RobustnessPart a = mc.part(m, micmac, 0, 3);
        InvalidInputException gap = assertThrows(InvalidInputException.class,
                () -> mc.result(m, micmac, List.of(a, mc.part(m, micmac, 5, 9))));
        assertTrue(gap.getMessage().contains("draws 4:4 are in no part"), gap.getMessage());
        InvalidInputException overlap = assertThrows(InvalidInputException.class,
                () -> mc.result(m, micmac, List.of(a, mc.part(m, micmac, 2, 9))));
        assertTrue(overlap.getMessage().contains("draws 2:3 are in two parts"), overlap.getMessage());
        InvalidInputException shortOfTheEnd = assertThrows(InvalidInputException.class,
                () -> mc.result(m, micmac, List.of(a)));
        assertTrue(shortOfTheEnd.getMessage().contains("draws 4:9 are in no part"), shortOfTheEnd.getMessage());
        assertThrows(InvalidInputException.class, () -> mc.part(m, micmac, 3, 10));
    }
}
