package org.micmac4j.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.micmac4j.Draws;
import org.micmac4j.cib.io.ScwProject;
import org.micmac4j.cib.io.ScwReader;
import org.micmac4j.cib.io.SolutionList;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.testutil.Resources;

/**
 * Volume weights printed by ScenarioWizard in the cibsa solution lists (solutions.sl, second field;
 * SOURCE.md: full-enumeration basin sizes, 17 and 46 926 starts ending in cycles as recomputed by
 * verify.py), and the .scw → .sl round trip, byte for byte.
 */
class SuccessionCasesTest {

    @ParameterizedTest
    @ValueSource(strings = {"cibsa-global", "cibsa-nested-simplified-standardized"})
    void exactWeightsAreThePrintedOnes(String name) throws IOException {
        CibMatrix m = CibCasesTest.csv(name);
        SuccessionResult w = Succession.withDefaults().weights(m);
        assertEquals(WeightMode.EXACT, w.mode());
        assertEquals(m.space().size().longValue(), w.starts());
        List<Map<String, Object>> printed = CibCasesTest.printed(name);
        assertEquals(printed.size(), w.fixedPoints().size());
        for (Map<String, Object> e : printed) {
            Scenario s = CibCasesTest.scenario(e);
            assertEquals(((Number) e.get("volume_weight")).longValue(), w.weightOf(s), s.toString());
        }
        long cycleStarts = name.equals("cibsa-global") ? 17 : 46_926;
        assertEquals(cycleStarts, w.cycleStarts());
        long sum = w.fixedPoints().stream().mapToLong(Basin::weight).sum() + w.cycleStarts();
        assertEquals(w.starts(), sum);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cibsa-global", "cibsa-nested-simplified-standardized"})
    void scwToSlRoundTripReproducesScenarioWizardsFile(String name) throws IOException {
        ScwProject p = ScwReader.read(Resources.path(CibCasesTest.ROOT + name + "/project.scw"));
        CibResult kernel = Cib.withDefaults().solve(p.matrix());
        SuccessionResult w = Succession.withDefaults().weights(p.matrix());
        // ScenarioWizard sorted CIB_global's list by total impact score and the nested list by weight
        SolutionList.Order order = name.equals("cibsa-global") ? SolutionList.Order.RESULT : SolutionList.Order.WEIGHT;
        String written = SolutionList.format(SolutionList.entries(kernel, w.weights(), order));
        String reference = Files.readString(Resources.path(CibCasesTest.ROOT + name + "/solutions.sl"));
        assertEquals(reference, written);
        List<SolutionList.Entry> back = SolutionList.parse(reference, "solutions.sl", p.matrix().space());
        assertEquals(kernel.size(), back.size());
    }

    @Test
    void sampledWeightsAreReproducibleAndSumToTheStarts() throws IOException {
        CibMatrix m = CibCasesTest.csv("cibsa-global");
        Draws d = Draws.withDefaults().withCount(5000).withSeed(42);
        Succession s = Succession.withDefaults().withWeightMode(WeightMode.SAMPLED);
        SuccessionResult a = s.withDraws(d.withThreads(1)).weights(m);
        SuccessionResult b = s.withDraws(d.withThreads(2)).weights(m);
        assertEquals(a.fixedPoints(), b.fixedPoints());
        assertEquals(a.cycles(), b.cycles());
        assertEquals(5000, a.fixedPoints().stream().mapToLong(Basin::weight).sum() + a.cycleStarts());
        // 36 equally likely starts: 17/36 of them end in cycles; the share is near it
        assertTrue(Math.abs(a.cycleStarts() / 5000.0 - 17 / 36.0) < 0.03, "" + a.cycleStarts());
    }

    /**
     * Wilson intervals of sampled shares cover the exact shares about as often as they claim: 200
     * independent samples of 400 starts of CIB_global (exact shares known), every basin; a 95 %
     * interval must cover at least 90 % of the time here (the Wilson interval's coverage stays
     * near its level; Brown, Cai and DasGupta 2001).
     */
    @Test
    void wilsonIntervalsOfSampledSharesCoverTheExactShares() throws IOException {
        CibMatrix m = CibCasesTest.csv("cibsa-global");
        SuccessionResult exact = Succession.withDefaults().withWeightMode(WeightMode.EXACT).weights(m);
        int covered = 0;
        int total = 0;
        for (long seed = 1; seed <= 200; seed++) {
            SuccessionResult s = Succession.withDefaults().withWeightMode(WeightMode.SAMPLED)
                    .withDraws(Draws.withDefaults()
                    .withCount(400).withSeed(seed).withThreads(1)).weights(m);
            for (Basin b : exact.fixedPoints()) {
                double truth = b.weight() / 36.0;
                Basin sampled = s.fixedPoints().stream().filter(x -> x.attractor().equals(b.attractor())).findFirst()
                        .orElse(new Basin(b.attractor(), 0));
                ShareInterval i = s.interval(sampled, 0.95);
                assertTrue(i.lower() <= i.share() && i.share() <= i.upper());
                covered += i.lower() <= truth && truth <= i.upper() ? 1 : 0;
                total++;
            }
        }
        assertTrue(covered >= 0.90 * total, covered + " of " + total);
        ShareInterval e = exact.interval(exact.fixedPoints().get(0), 0.95);
        assertEquals(e.share(), e.lower());
        assertEquals(e.share(), e.upper());
    }

    @Test
    void trajectoryEndsInAFixedPointOrACycle() throws IOException {
        CibMatrix m = CibCasesTest.csv("cibsa-global");
        Succession s = Succession.withDefaults();
        for (long r = 0; r < 36; r++) {
            Scenario start = m.space().scenarioAt(r);
            Trajectory t = s.trajectory(m, start);
            assertEquals(start, t.path().get(0));
            Attractor a = t.attractor();
            Scenario first = a.scenarios().get(0);
            if (a.isFixedPoint()) {
                assertTrue(m.balance(first).isConsistent());
                assertEquals(first, s.next(m, first));
            } else {
                Scenario x = first;
                for (int i = 0; i < a.period(); i++) {
                    assertEquals(a.scenarios().get(i), x);
                    x = s.next(m, x);
                }
                assertEquals(first, x);
            }
        }
    }
}
