package org.micmac4j.experts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Scale;
import org.micmac4j.Variable;

/** The documented examples of each rule (AggregationRule Javadoc), computed by hand. */
class AggregationTest {
    private static final List<Variable> AB = List.of(Variable.of("A"), Variable.of("B"));

    /** A panel where expert k scores A -> B with opinions[k] ("P" or a number, null = blank). */
    static Panel cell(String... opinions) {
        Panel.Builder b = Panel.builder(AB);
        for (int k = 0; k < opinions.length; k++) {
            String e = "e" + k;
            b.expert(e);
            if (opinions[k] == null) {
                b.set(e, "B", "A", 1);
            } else if (opinions[k].equals("P")) {
                b.potential(e, "A", "B");
            } else {
                b.set(e, "A", "B", Double.parseDouble(opinions[k]));
            }
        }
        return b.build();
    }

    static double ab(AggregationRule rule, String... opinions) {
        InfluenceMatrix m = PanelSynthesis.withDefaults().withRule(rule).aggregate(cell(opinions));
        return m.value(0, 1);
    }

    @Test
    void rulesOnOneOneThreeThree() {
        assertEquals(2, ab(AggregationRule.MEAN, "1", "1", "3", "3"));
        assertEquals(2, ab(AggregationRule.MEDIAN, "1", "1", "3", "3"));
        assertEquals(1, ab(AggregationRule.MODE, "1", "1", "3", "3"));
        assertEquals(2, ab(AggregationRule.ROUNDED, "1", "1", "3", "3"));
        assertEquals(3, ab(AggregationRule.MAX, "1", "1", "3", "3"));
    }

    @Test
    void rulesOnTwoThree() {
        assertEquals(2.5, ab(AggregationRule.MEAN, "2", "3"));
        assertEquals(2.5, ab(AggregationRule.MEDIAN, "2", "3"));
        assertEquals(2, ab(AggregationRule.MODE, "2", "3"));
        assertEquals(3, ab(AggregationRule.ROUNDED, "2", "3"));
        assertEquals(3, ab(AggregationRule.MAX, "2", "3"));
    }

    @Test
    void modeTieGoesToTheValueClosestToTheMean() {
        // 2 and 3 twice each, mean (0 + 2 + 2 + 3 + 3) / 5 = 2: 2 is closer.
        assertEquals(2, ab(AggregationRule.MODE, "0", "2", "2", "3", "3"));
        // 0 and 3 twice each, mean 1.6: 3 is 1.4 away, 0 is 1.6 away.
        assertEquals(3, ab(AggregationRule.MODE, "0", "0", "3", "3", "2"));
    }

    @Test
    void blanksAreNoOpinionNotZero() {
        // Experts 1 and 2 are blank on A -> B: the mean is over the two opinions.
        assertEquals(3, ab(AggregationRule.MEAN, "3", null, null, "3"));
    }

    @Test
    void potentialByStrictMajority() {
        Panel three = cell("P", "P", "3");
        assertTrue(PanelSynthesis.withDefaults().aggregate(three).isPotential(0, 1));
        Panel four = cell("P", "P", "3", "3");
        InfluenceMatrix m = PanelSynthesis.withDefaults().aggregate(four);
        assertFalse(m.isPotential(0, 1));
        // Minority P opinions count 0 (the current weight of P): (0 + 0 + 3 + 3) / 4.
        assertEquals(1.5, m.value(0, 1));
        assertEquals(3, PanelSynthesis.withDefaults().withPotentialValue(3).aggregate(four).value(0, 1));
    }

    @Test
    void weightedMeanAndRealScale() {
        Panel p = cell("1", "3").withWeights(java.util.Map.of("e0", 3.0, "e1", 1.0));
        InfluenceMatrix m = PanelSynthesis.withDefaults().aggregate(p);
        assertEquals(1.5, m.value(0, 1)); // (3 * 1 + 1 * 3) / 4
        assertEquals(Scale.PERMISSIVE, m.scale());
        // Median ignores weights: (1 + 3) / 2.
        assertEquals(2, PanelSynthesis.withDefaults().withRule(AggregationRule.MEDIAN).aggregate(p).value(0, 1));
    }

    @Test
    void uncoveredCellIsZeroAndReported() {
        PanelResult r = PanelSynthesis.withDefaults().synthesize(cell("2", "3"));
        assertEquals(0, r.aggregate().value(1, 0));
        assertEquals(List.of(new CellCoverage(1, 0, 0)), r.coverage().uncovered());
        assertEquals(2, r.coverage().count(0, 1));
    }

    @Test
    void dispersionOfTheJavadocExample() {
        PanelResult r = PanelSynthesis.withDefaults().synthesize(cell("0", "1", "3", "3"));
        CellDispersion d = r.disputedCells().get(0);
        assertEquals(1.75, d.mean(), 1e-12);
        assertEquals(1.5, d.standardDeviation(), 1e-12);
        assertEquals(2.25, d.interquartileRange(), 1e-12);
        assertEquals(3, d.range());
    }

    @Test
    void singleExpertHasNoAgreement() {
        assertNull(PanelSynthesis.withDefaults().synthesize(cell("2")).agreement());
    }
}
