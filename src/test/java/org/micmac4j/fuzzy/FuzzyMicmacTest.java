package org.micmac4j.fuzzy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Scale;
import org.micmac4j.Variable;
import org.micmac4j.io.CsvTable;

/** Hand-computed max-min examples. */
class FuzzyMicmacTest {
    private static final double[][] TWO_CYCLE = {{0, 0.5}, {0.7, 0}};

    @Test
    void chainSettlesAtOrderNMinusOne() {
        // A -0.7-> B -0.5-> C -0.9-> D: A reaches D only by a path of length 3, so M^2 != M^3 = M^4;
        // the strength of a path is its weakest link (by hand)
        FuzzyMatrix m = FuzzyMatrix.of(List.of(Variable.of("A"), Variable.of("B"), Variable.of("C"), Variable.of("D")),
                new double[][] {{0, 0.7, 0, 0}, {0, 0, 0.5, 0}, {0, 0, 0, 0.9}, {0, 0, 0, 0}});
        FuzzyResult r = FuzzyMicmac.withDefaults().analyze(m);
        assertTrue(r.converged());
        assertEquals(3, r.cycleStart());
        assertEquals(1, r.period());
        double[][] s = r.matrix();
        assertArrayEquals(new double[] {1, 0.7, 0.5, 0.5}, s[0], 0.0);
        assertArrayEquals(new double[] {0, 1, 0.5, 0.5}, s[1], 0.0);
        assertArrayEquals(new double[] {0, 0, 1, 0.9}, s[2], 0.0);
        assertArrayEquals(new double[] {2.7, 2.0, 1.9, 1.0}, r.drivingPowers(), 1e-12);
        assertArrayEquals(new double[] {1.0, 1.7, 2.0, 2.9}, r.dependencePowers(), 1e-12);
        assertEquals(1, r.ranking().influenceRank(0));
        assertEquals(1, r.ranking().dependenceRank(3));
    }

    @Test
    void unitDiagonalTwoCycleIsStableAtOnce() {
        FuzzyResult r = FuzzyMicmac.withDefaults().analyze(FuzzyMatrix.of(TWO_CYCLE));
        assertTrue(r.converged());
        assertEquals(1, r.cycleStart());
        assertArrayEquals(new double[] {1, 0.5}, r.matrix()[0], 0.0);
        assertArrayEquals(new double[] {0.7, 1}, r.matrix()[1], 0.0);
    }

    @Test
    void zeroDiagonalTwoCycleIsReportedNotLoopedOn() {
        // M^2 = [[0.5, 0], [0, 0.5]], M^3 = [[0, 0.5], [0.5, 0]], M^4 = M^2 (by hand)
        FuzzyResult r = FuzzyMicmac.withDefaults().withDiagonal(Diagonal.ZERO).analyze(FuzzyMatrix.of(TWO_CYCLE));
        assertFalse(r.converged());
        assertEquals(2, r.cycleStart());
        assertEquals(2, r.period());
        assertArrayEquals(new double[] {0.5, 0}, r.cycle().get(0)[0], 0.0);
        assertArrayEquals(new double[] {0, 0.5}, r.cycle().get(1)[0], 0.0);
        IllegalStateException e = assertThrows(IllegalStateException.class, r::drivingPowers);
        assertTrue(e.getMessage().contains("cycle with period 2 from order 2"), e.getMessage());
        assertThrows(IllegalStateException.class, r::ranking);
    }

    @Test
    void asGivenKeepsTheDiagonal() {
        FuzzyResult r = FuzzyMicmac.withDefaults().withDiagonal(Diagonal.AS_GIVEN)
                .analyze(FuzzyMatrix.of(new double[][] {{0.2, 0.5}, {0.7, 0}}));
        // M^2 = [[0.5, 0.2], [0.2, 0.5]], M^3 = [[0.2, 0.5], [0.5, 0.2]], M^4 = M^2: period 2
        assertEquals(2, r.period());
        assertArrayEquals(new double[] {0.5, 0.2}, r.matrix()[0], 0.0);
    }

    @Test
    void givesUpClearlyAfterTheMaximum() {
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> FuzzyMicmac.withDefaults()
                .withDiagonal(Diagonal.ZERO).withMaxCompositions(2).analyze(FuzzyMatrix.of(TWO_CYCLE)));
        assertTrue(e.getMessage().contains("within 2 max-min compositions"), e.getMessage());
    }

    @Test
    void valuesOutsideTheUnitIntervalAreRefused() {
        assertEquals("row V1 (1), column V2 (2): 1.5 is outside [0, 1]: fuzzy values are possibilities",
                assertThrows(org.micmac4j.InvalidInputException.class,
                        () -> FuzzyMatrix.of(new double[][] {{0, 1.5}, {0, 0}})).getMessage());
        assertTrue(assertThrows(org.micmac4j.InvalidInputException.class,
                () -> FuzzyMatrix.of(new double[][] {{0, -0.1}, {0, 0}})).getMessage().contains("-0.1 is outside"));
        assertTrue(assertThrows(org.micmac4j.InvalidInputException.class,
                () -> FuzzyMatrix.of(new double[][] {{0, Double.NaN}, {0, 0}})).getMessage()
                .contains("NaN is outside"));
    }

    @Test
    void csvWithTermsAndNumbers() {
        FuzzyMatrix m = FuzzyMatrix.read(CsvTable.parse(",A,B\nA,no,Very-High\nB,0.25,full\n", "f.csv"),
                LinguisticScale.DEFAULT);
        assertEquals(0.9, m.value(0, 1), 0.0);
        assertEquals(0.25, m.value(1, 0), 0.0);
        assertEquals(1.0, m.value(1, 1), 0.0);
    }

    @Test
    void csvRefusals() {
        String unknown = assertThrows(org.micmac4j.InvalidInputException.class, () -> FuzzyMatrix.read(
                CsvTable.parse(",A,B\nA,0,strong\nB,0,0\n", "f.csv"), LinguisticScale.DEFAULT)).getMessage();
        assertTrue(unknown.startsWith("f.csv line 2, row A, column B: 'strong' is neither a number in [0, 1] nor a "
                + "term"), unknown);
        assertTrue(unknown.contains("very high"), unknown);
        String big = assertThrows(org.micmac4j.InvalidInputException.class, () -> FuzzyMatrix.read(
                CsvTable.parse(",A,B\nA,0,2\nB,0,0\n", "f.csv"), LinguisticScale.DEFAULT)).getMessage();
        assertEquals("f.csv line 2, row A, column B: 2 is outside [0, 1]", big);
    }

    @Test
    void linguisticScales() {
        assertEquals(List.of("no", "very low", "low", "medium", "high", "very high", "full"),
                LinguisticScale.DEFAULT.terms());
        assertEquals(0.7, LinguisticScale.DEFAULT.value("  HIGH ").orElseThrow(), 0.0);
        assertTrue(LinguisticScale.DEFAULT.value("huge").isEmpty());
        assertTrue(assertThrows(org.micmac4j.InvalidInputException.class,
                () -> LinguisticScale.of(java.util.Map.of("a", 1.5))).getMessage().contains("outside [0, 1]"));
    }

    @Test
    void fuzzificationOfInfluenceMatrices() {
        InfluenceMatrix m = InfluenceMatrix.builder("A", "B", "C").set("A", "B", 1).set("B", "C", 3).set("C", "A", 2)
                .potential("A", "C").build();
        FuzzyMatrix classic = FuzzyMatrix.from(m, 3, Fuzzification.CLASSIC_LINGUISTIC);
        assertEquals(0.3, classic.value(0, 1), 0.0);
        assertEquals(0.7, classic.value(1, 2), 0.0);
        assertEquals(0.5, classic.value(2, 0), 0.0);
        assertEquals(0.7, classic.value(0, 2), 0.0);
        FuzzyMatrix scaled = FuzzyMatrix.from(m, 0, Fuzzification.DIVIDE_BY_MAX);
        assertEquals(1.0 / 3, scaled.value(0, 1), 1e-15);
        assertEquals(0.0, scaled.value(0, 2), 0.0);
        InfluenceMatrix reals = InfluenceMatrix.of(new double[][] {{0, 2.5}, {1, 0}}, Scale.WEIGHTS);
        assertTrue(assertThrows(org.micmac4j.InvalidInputException.class,
                () -> FuzzyMatrix.from(reals, 0, Fuzzification.CLASSIC_LINGUISTIC)).getMessage()
                .contains("not on the classic 0..3 scale"));
    }
}
