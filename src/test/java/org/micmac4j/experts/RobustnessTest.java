package org.micmac4j.experts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.micmac4j.Draws;
import org.micmac4j.InfluenceMatrix;
import org.micmac4j.InvalidInputException;
import org.micmac4j.Micmac;
import org.micmac4j.Sector;
import org.micmac4j.SplitRule;
import org.micmac4j.View;
import org.micmac4j.testutil.RandomMatrices;

class RobustnessTest {

    /** Everything a result reports, as one string. */
    static String fingerprint(RobustnessResult r) {
        StringBuilder s = new StringBuilder().append(r.stableProbability());
        for (View v : View.values()) {
            for (VariableRobustness x : r.view(v)) {
                s.append('|').append(x.sectorProbability()).append(x.influenceRank()).append(x.dependenceRank());
            }
        }
        return s.toString();
    }

    @Test
    void sameSeedSameResultWhateverTheThreads() {
        Panel p = PanelPropertiesTest.randomPanel(3, 12, 5, 0.3);
        Draws d = Draws.withDefaults().withCount(200).withSeed(99);
        Robustness mc = Robustness.withDefaults().withDraws(d).withCellDraws(true)
                .withPerturbation(0.1, 0.02).withSplitRules(EnumSet.of(SplitRule.MEAN, SplitRule.MEDIAN))
                .withPotentialWeightRange(1, 3);
        String one = fingerprint(mc.withDraws(d.withThreads(1)).run(p, PanelSynthesis.withDefaults()));
        String four = fingerprint(mc.withDraws(d.withThreads(4)).run(p, PanelSynthesis.withDefaults()));
        assertEquals(one, four);
        String other = fingerprint(mc.withDraws(d.withSeed(100).withThreads(4)).run(p, PanelSynthesis.withDefaults()));
        assertNotEquals(one, other);
    }

    @Test
    void singleMatrixPerturbationIsReproducibleAndSumsToOne() {
        InfluenceMatrix m = InfluenceMatrix.of(RandomMatrices.classic(5, 15, 0.4));
        Draws d = Draws.withDefaults().withCount(300).withSeed(5);
        Robustness mc = Robustness.withDefaults().withDraws(d).withPerturbation(0.2, 0.05);
        RobustnessResult a = mc.withDraws(d.withThreads(1)).run(m, Micmac.withDefaults());
        RobustnessResult b = mc.withDraws(d.withThreads(4)).run(m, Micmac.withDefaults());
        assertEquals(fingerprint(a), fingerprint(b));
        for (VariableRobustness x : a.view(View.INDIRECT)) {
            double sum = 0;
            for (Sector s : Sector.values()) {
                sum += x.probability(s);
            }
            assertEquals(1, sum, 1e-12);
            assertTrue(x.influenceRank().p05() <= x.influenceRank().median());
            assertTrue(x.influenceRank().median() <= x.influenceRank().p95());
        }
    }

    @Test
    void noUncertaintyMeansCertainty() {
        // A P weight range on a matrix without P cells: every draw is the matrix itself, so each
        // variable keeps its sector with probability 1 and its rank in every quantile.
        InfluenceMatrix m = InfluenceMatrix.of(RandomMatrices.classic(8, 10, 0.5));
        RobustnessResult r = Robustness.withDefaults().withDraws(Draws.withDefaults().withCount(50))
                .withPotentialWeightRange(1, 3)
                .run(m, Micmac.withDefaults());
        var direct = Micmac.withDefaults().analyze(m).view(View.INDIRECT);
        for (int i = 0; i < m.size(); i++) {
            VariableRobustness x = r.view(View.INDIRECT).get(i);
            assertEquals(1.0, x.probability(direct.sector(i)));
            assertEquals(direct.influenceRank(i), x.influenceRank().p05());
            assertEquals(direct.influenceRank(i), x.influenceRank().p95());
        }
    }

    @Test
    void aSingleMatrixNeedsASource() {
        InfluenceMatrix m = InfluenceMatrix.of(RandomMatrices.classic(8, 6, 0.5));
        assertThrows(InvalidInputException.class, () -> Robustness.withDefaults().run(m, Micmac.withDefaults()));
    }

    @Test
    void progressCountsEveryDraw() {
        AtomicLong max = new AtomicLong();
        Panel p = PanelPropertiesTest.randomPanel(4, 6, 3, 0.2);
        Robustness.withDefaults().withDraws(Draws.withDefaults().withCount(37).withThreads(2)
                .withProgress(d -> max.accumulateAndGet(d, Math::max))).run(p, PanelSynthesis.withDefaults());
        assertEquals(37, max.get());
    }

    @Test
    void rankQuantilesFromAHistogram() {
        // Ranks 1, 1, 2, 4 (hand-checked type-7 quantiles: median 1.5, p05 1, p95 3.7).
        int[] h = {2, 1, 0, 1};
        RankSummary s = RankSummary.of(h, 0, 4, 4);
        assertEquals(1.5, s.median(), 1e-12);
        assertEquals(1, s.p05(), 1e-12);
        assertEquals(3.7, s.p95(), 1e-12);
    }
}
