package org.micmac4j.dematel;

import org.micmac4j.SplitRule;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Small hand-checked examples of the options. */
class DematelTest {
    // Z = [[0, 2], [1, 0]]: s = 2, N = [[0, 1], [0.5, 0]], (I - N)^-1 = [[2, 2], [1, 2]],
    // T = N (I - N)^-1 = [[1, 2], [1, 1]] (by hand)
    private static final double[][] Z = {{0, 2}, {1, 0}};

    @Test
    void twoByTwoByHand() {
        DematelResult r = Dematel.withDefaults().analyze(Z);
        assertEquals(2.0, r.divisor(), 0.0);
        double[][] t = r.totalRelation();
        assertArrayEquals(new double[] {1, 2}, t[0], 1e-12);
        assertArrayEquals(new double[] {1, 1}, t[1], 1e-12);
        assertArrayEquals(new double[] {3, 2}, r.d(), 1e-12);
        assertArrayEquals(new double[] {2, 3}, r.r(), 1e-12);
        assertEquals(List.of(Role.CAUSE, Role.EFFECT), List.of(r.role(0), r.role(1)));
        assertEquals(1.25, r.threshold(), 1e-12);
        assertEquals(1, r.relations().size());
        assertEquals("V1", r.relations().get(0).from().id());
        assertEquals("V2", r.relations().get(0).to().id());
        // rho(N) = sqrt(0.5); lambda_max(T) = rho / (1 - rho)
        assertEquals(Math.sqrt(0.5), r.spectralRadiusOfN(), 1e-12);
        assertEquals(Math.sqrt(0.5) / (1 - Math.sqrt(0.5)), r.largestEigenvalueOfT(), 1e-9);
        assertEquals(r.largestEigenvalueOfT(), r.spectral().lambdaMax(), 1e-9);
    }

    @Test
    void thresholdRules() {
        // T entries 1, 2, 1, 1: mean 1.25, population sd sqrt(0.1875)
        DematelResult sd = Dematel.withDefaults().withThresholdRule(SplitRule.MEAN_PLUS_SD).analyze(Z);
        assertEquals(1.25 + Math.sqrt(0.1875), sd.threshold(), 1e-12);
        assertEquals(SplitRule.MEAN_PLUS_SD, sd.config().thresholdRule());
        DematelResult fixed = Dematel.withDefaults().withFixedThreshold(0.5).analyze(Z);
        assertEquals(4, fixed.relations().size());
        assertEquals(SplitRule.FIXED, fixed.config().thresholdRule());
    }

    @Test
    void normalizations() {
        double[][] z = {{0, 3, 1}, {0, 0, 0}, {0, 0, 0}};
        assertEquals(4.0, Dematel.withDefaults().analyze(z).divisor(), 0.0);
        assertEquals(4.0, Dematel.withDefaults().withNormalization(Normalization.MAX_ROW).analyze(z).divisor(), 0.0);
        assertEquals(3.0, Dematel.withDefaults().withNormalization(Normalization.MAX_COLUMN).analyze(z).divisor(), 0.0);
    }

    @Test
    void roundingChangesNOnlyWhenAsked() {
        double[][] z = {{0, 1, 2}, {2, 0, 1}, {1, 1, 0}};
        double[][] exact = Dematel.withDefaults().analyze(z).normalizedMatrix();
        double[][] rounded = Dematel.withDefaults().withRounding(2).analyze(z).normalizedMatrix();
        assertEquals(1.0 / 3, exact[0][1], 1e-16);
        assertEquals(0.33, rounded[0][1], 0.0);
        assertNotEquals(exact[0][1], rounded[0][1]);
        assertEquals(Dematel.ROUNDING_NONE, Dematel.withDefaults().withRounding(2).withoutRounding().rounding());
    }

    @Test
    void expertsAreAveraged() {
        DematelResult avg = Dematel.withDefaults()
                .analyze(List.of(DirectRelationMatrix.of(new double[][] {{0, 4}, {0, 0}}),
                DirectRelationMatrix.of(new double[][] {{0, 0}, {2, 0}})));
        assertEquals(2.0, avg.divisor(), 0.0);
        assertEquals(Dematel.withDefaults().analyze(Z).d()[0], avg.d()[0], 1e-12);
    }

    @Test
    void scoresRecordsMatchTheArrays() {
        DematelResult r = Dematel.withDefaults().analyze(Z);
        VariableScores s = r.scores().get(1);
        assertEquals("V2", s.variable().id());
        assertEquals(r.d()[1], s.d(), 0.0);
        assertEquals(r.r()[1], s.r(), 0.0);
        assertEquals(r.dPlusR()[1], s.dPlusR(), 0.0);
        assertEquals(r.dMinusR()[1], s.dMinusR(), 0.0);
        assertEquals(Role.EFFECT, s.role());
        assertEquals(r.weights()[1], s.weight(), 0.0);
        assertEquals(r.ranking().influenceRank(0), 1);
        assertEquals(r.ranking().dependenceRank(1), 1);
    }

    @Test
    void symmetricMatrixIsNeutral() {
        DematelResult r = Dematel.withDefaults().analyze(new double[][] {{0, 1, 2}, {1, 0, 0.5}, {2, 0.5, 0}});
        for (int i = 0; i < 3; i++) {
            assertEquals(Role.NEUTRAL, r.role(i));
        }
    }

    @Test
    void resultArraysAreCopies() {
        DematelResult r = Dematel.withDefaults().analyze(Z);
        r.d()[0] = 99;
        r.totalRelation()[0][0] = 99;
        r.normalizedMatrix()[0][1] = 99;
        assertEquals(3.0, r.d()[0], 1e-12);
        assertEquals(1.0, r.totalRelation(0, 0), 1e-12);
        assertTrue(r.normalizedMatrix()[0][1] == 1.0);
    }
}
