package org.micmac4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one split policy, its arithmetic (worked by hand) and the zero rule in the MICMAC plane. */
class SplitRuleTest {
    private static final double[] VALUES = {1, 2, 3, 10};

    @Test
    void javadocExample() {
        assertEquals(4, SplitRule.MEAN.threshold(VALUES), 0);
        assertEquals(2.5, SplitRule.MEDIAN.threshold(VALUES), 0);
        assertEquals(5.5, SplitRule.MIDPOINT.threshold(VALUES), 0);
        // squared deviations 9 + 4 + 1 + 36 = 50, population variance 12.5
        assertEquals(4 + Math.sqrt(12.5), SplitRule.MEAN_PLUS_SD.threshold(VALUES), 1e-15);
        assertEquals(2, SplitRule.MEDIAN.threshold(new double[] {3, 1, 2}), 0);
        assertThrows(IllegalStateException.class, () -> SplitRule.FIXED.threshold(VALUES));
        assertThrows(IllegalArgumentException.class, () -> SplitRule.MEAN.threshold(new double[0]));
    }

    @Test
    void equalCountsAsHighButZeroNever() {
        assertTrue(SplitRule.isHigh(4, 4));
        assertFalse(SplitRule.isHigh(3.9, 4));
        assertFalse(SplitRule.isHigh(0, 0));
        assertTrue(SplitRule.isHigh(1e-300, 0));
    }

    @Test
    void anAllZeroMatrixHasOnlyAutonomousVariables() {
        MicmacResult r = Micmac.withDefaults().withOrder(2).analyze(InfluenceMatrix.of(new double[3][3]));
        for (View v : View.values()) {
            for (int i = 0; i < 3; i++) {
                assertEquals(Sector.AUTONOMOUS, r.view(v).sector(i), v + " " + i);
            }
        }
        // a fixed threshold of 0 does not make a variable without influence high either
        MicmacResult fixed = Micmac.withDefaults().withFixedThresholds(0, 0).analyze(
                InfluenceMatrix.of(new double[][] {{0, 1, 0}, {0, 0, 0}, {0, 0, 0}}));
        ViewResult d = fixed.view(View.DIRECT);
        assertEquals(Sector.INFLUENT, d.sector(0));
        assertEquals(Sector.DEPENDENT, d.sector(1));
        assertEquals(Sector.AUTONOMOUS, d.sector(2));
    }

    @Test
    void meanPlusSdSplitsTheMicmacPlane() {
        // influences 3, 1, 0: mean 4/3, population SD sqrt(14/9 ... ) computed by hand below
        MicmacResult r = Micmac.withDefaults().withSplit(SplitRule.MEAN_PLUS_SD).analyze(
                InfluenceMatrix.of(new double[][] {{0, 1, 2}, {1, 0, 0}, {0, 0, 0}}));
        Thresholds t = r.view(View.DIRECT).thresholds();
        double mean = 4.0 / 3;
        double sd = Math.sqrt(((3 - mean) * (3 - mean) + (1 - mean) * (1 - mean) + mean * mean) / 3);
        assertEquals(SplitRule.MEAN_PLUS_SD, t.rule());
        assertEquals(mean + sd, t.influence(), 1e-12);
        // dependences 1, 1, 2: mean 4/3, SD sqrt(2/9)
        assertEquals(4.0 / 3 + Math.sqrt(2.0 / 9), t.dependence(), 1e-12);
        assertEquals(Sector.INFLUENT, r.view(View.DIRECT).sector(0));
    }
}
