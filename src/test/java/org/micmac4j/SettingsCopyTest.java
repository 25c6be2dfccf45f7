package org.micmac4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.micmac4j.cib.Algorithm;
import org.micmac4j.cib.Cib;
import org.micmac4j.cib.FeasibilityConstraints;
import org.micmac4j.experts.AggregationRule;
import org.micmac4j.experts.BlankCells;
import org.micmac4j.experts.PanelSynthesis;
import org.micmac4j.experts.Robustness;

/**
 * Each {@code with...} of the configured analyses changes its own setting and keeps every other
 * one: every setting is set to a value other than its default, one call after the other, and all
 * of them must hold at the end (a {@code with...} that rebuilt the object from defaults, or
 * dropped a setting, fails). The defaults themselves are checked against the {@code *_DEFAULT}
 * constants.
 */
class SettingsCopyTest {
    @Test
    void micmacKeepsEverySetting() {
        Micmac d = Micmac.withDefaults();
        assertEquals(Micmac.ORDER_DEFAULT, d.order());
        assertEquals(Micmac.SPLIT_DEFAULT, d.split());
        assertEquals(Micmac.P_POTENTIAL_DEFAULT, d.potentialWeightPotential());
        Micmac m = d.withOrder(5).withMaxOrder(30).withStabilityWindow(3).withSplit(SplitRule.MEDIAN)
                .withPotentialWeights(1, 2).withTieTolerance(1e-6).withArithmetic(Arithmetic.EXACT)
                .withRegulatingRadius(0.5);
        assertEquals(5, m.order());
        assertEquals(30, m.maxOrder());
        assertEquals(3, m.stabilityWindow());
        assertEquals(SplitRule.MEDIAN, m.split());
        assertEquals(1, m.potentialWeightCurrent());
        assertEquals(2, m.potentialWeightPotential());
        assertEquals(1e-6, m.tieTolerance());
        assertEquals(Arithmetic.EXACT, m.arithmetic());
        assertEquals(0.5, m.regulatingRadius());
        Micmac fixed = m.withFixedThresholds(4, 6);
        assertEquals(SplitRule.FIXED, fixed.split());
        assertEquals(4, fixed.fixedInfluenceThreshold());
        assertEquals(6, fixed.fixedDependenceThreshold());
        assertEquals(5, fixed.order());
        Micmac back = fixed.withSplit(SplitRule.MEAN);
        assertTrue(Double.isNaN(back.fixedInfluenceThreshold()), "a rule clears the fixed thresholds");
        assertEquals(0.5, back.regulatingRadius());
        assertEquals(Micmac.ORDER_DEFAULT, d.order(), "the defaults are not modified");
    }

    @Test
    void cibKeepsEverySetting() {
        Cib d = Cib.withDefaults();
        assertEquals(Cib.MAX_INCONSISTENCY_DEFAULT, d.maxInconsistency());
        assertEquals(Cib.INDEPENDENT_GROUPS_DEFAULT, d.independentGroups());
        FeasibilityConstraints rules = FeasibilityConstraints.none().implies("A", "a1", "B", "b2");
        Cib c = d.withMaxInconsistency(2).withAlgorithm(Algorithm.SWEEP).withThreads(3).withLimit(77)
                .withIndependentGroups(!Cib.INDEPENDENT_GROUPS_DEFAULT).withEnumerationLimit(1234)
                .withIntervention(Map.of("A", "a2")).withConstraints(rules);
        assertEquals(2, c.maxInconsistency());
        assertEquals(Algorithm.SWEEP, c.algorithm());
        assertEquals(3, c.threads());
        assertEquals(77, c.limit());
        assertEquals(!Cib.INDEPENDENT_GROUPS_DEFAULT, c.independentGroups());
        assertEquals(1234, c.enumerationLimit());
        assertEquals(Map.of("A", "a2"), c.intervention());
        assertSame(rules, c.constraints());
        assertNotEquals(Algorithm.SWEEP, d.algorithm(), "the defaults are not modified");
    }

    @Test
    void robustnessKeepsEverySetting() {
        Robustness d = Robustness.withDefaults();
        assertEquals(Robustness.DRAWS_DEFAULT, d.draws().count());
        assertTrue(d.expertBootstrap());
        Draws draws = Draws.withDefaults().withCount(10).withSeed(9);
        Set<SplitRule> rules = EnumSet.of(SplitRule.MEAN, SplitRule.MEDIAN);
        Robustness r = d.withDraws(draws).withKeyThreshold(0.6).withExpertBootstrap(false).withCellDraws(true)
                .withPerturbation(0.2, 0.1).withPotentialWeightRange(1, 3).withSplitRules(rules);
        assertSame(draws, r.draws());
        assertEquals(0.6, r.keyThreshold());
        assertFalse(r.expertBootstrap());
        assertTrue(r.cellDraws());
        assertEquals(0.2, r.perturbationP());
        assertEquals(0.1, r.perturbationQ());
        assertArrayEquals(new double[] {1, 3}, r.potentialWeightRange());
        assertEquals(rules, r.splitRules());
        assertTrue(d.splitRules().isEmpty(), "the defaults are not modified");
    }

    @Test
    void panelSynthesisKeepsEverySetting() {
        PanelSynthesis d = PanelSynthesis.withDefaults();
        Micmac m = Micmac.withDefaults().withMaxOrder(5);
        PanelSynthesis c = d.withRule(AggregationRule.MEDIAN).withPotentialValue(1.5).withMinCoverage(3)
                .withDisputedCells(7).withBlankCells(BlankCells.AGGREGATE).withMicmac(m);
        assertEquals(AggregationRule.MEDIAN, c.rule());
        assertEquals(1.5, c.potentialValue());
        assertEquals(3, c.minCoverage());
        assertEquals(7, c.disputedCells());
        assertEquals(BlankCells.AGGREGATE, c.blankCells());
        assertSame(m, c.micmac());
        assertEquals(PanelSynthesis.RULE_DEFAULT, d.rule(), "the defaults are not modified");
        assertEquals(PanelSynthesis.MIN_COVERAGE_DEFAULT, d.minCoverage());
        assertEquals(PanelSynthesis.BLANK_CELLS_DEFAULT, d.blankCells());
    }
}
