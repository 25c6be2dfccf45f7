package org.micmac4j.dematel;

import org.micmac4j.SplitRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.micmac4j.InfluenceMatrix;
import org.micmac4j.InvalidInputException;
import org.micmac4j.io.CsvTable;

/** Every refusal names what is wrong and where. */
class DematelBadInputTest {

    private static String refusal(double[][] z) {
        return assertThrows(InvalidInputException.class, () -> Dematel.withDefaults().analyze(z)).getMessage();
    }

    private static String csvRefusal(String text) {
        return assertThrows(InvalidInputException.class,
                () -> DirectRelationMatrix.read(CsvTable.parse(text, "z.csv"))).getMessage();
    }

    @Test
    void cycleWithEqualWeightsHasSpectralRadiusOne() {
        // A -> B -> C -> A, all 2: s = 2, N is a permutation matrix, rho(N) = 1, I - N singular
        String m = refusal(new double[][] {{0, 2, 0}, {0, 0, 2}, {2, 0, 0}});
        assertTrue(m.contains("spectral radius of N"), m);
        assertTrue(m.contains("1.000000000000"), m);
        assertTrue(m.contains("I - N is singular"), m);
    }

    @Test
    void equalRowSumsHaveSpectralRadiusOne() {
        // every row sums to 3: N 1 = 1, so 1 is an eigenvalue of N
        String m = refusal(new double[][] {{0, 1, 1, 1}, {1, 0, 1, 1}, {1, 1, 0, 1}, {1, 1, 1, 0}});
        assertTrue(m.contains("not below 1"), m);
    }

    @Test
    void closedGroupWhoseRowsReachSIsRefusedEvenIfTheRestIsFine() {
        // {A, B} influence only each other with weight 2 = s; C -> D is weak
        String m = refusal(new double[][] {{0, 2, 0, 0}, {2, 0, 0, 0}, {0, 0, 0, 1}, {0, 0, 0, 0}});
        assertTrue(m.contains("closed group"), m);
    }

    @Test
    void roundingThatPushesRowSumsToOneIsRefused() {
        // s = 10; exact N has row sums 1, 0.996, 1 (irreducible, so rho < 1), but rounding to 2 decimals
        // turns 0.496 into 0.50: every row of N then sums to 1 and rho(N) = 1
        double[][] z = {{0, 5, 5}, {5, 0, 4.96}, {5, 5, 0}};
        assertTrue(Dematel.withDefaults().analyze(z).spectralRadiusOfN() < 1);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Dematel.withDefaults().withRounding(2).analyze(z));
        assertTrue(e.getMessage().contains("N rounded to 2 decimals"), e.getMessage());
    }

    @Test
    void allZeroMatrix() {
        assertTrue(refusal(new double[3][3]).contains("no non-zero cell"));
    }

    @Test
    void negativeAndNaNAndInfiniteValues() {
        assertEquals("row V2 (2), column V1 (1): negative value -1.0: DEMATEL influences are non-negative",
                refusal(new double[][] {{0, 1}, {-1, 0}}));
        assertEquals("row V1 (1), column V2 (2): NaN value", refusal(new double[][] {{0, Double.NaN}, {1, 0}}));
        assertTrue(refusal(new double[][] {{0, Double.POSITIVE_INFINITY}, {1, 0}}).contains("infinite value"));
        assertTrue(refusal(new double[][] {{0, 1}, {1}}).contains("must be square"));
    }

    @Test
    void csvUnknownTokenNegativeNaNAndBlank() {
        assertEquals("z.csv line 3, row B, column A: 'x' is not a number, expected a non-negative number",
                csvRefusal(",A,B\nA,0,1\nB,x,0\n"));
        assertEquals("z.csv line 2, row A, column B: 'P' is not a number, expected a non-negative number",
                csvRefusal(",A,B\nA,0,P\nB,1,0\n"));
        assertTrue(csvRefusal(",A,B\nA,0,NaN\nB,1,0\n").contains("'NaN' is not a number"));
        assertTrue(csvRefusal(",A,B\nA,0,1d\nB,1,0\n").contains("'1d' is not a number"));
        assertEquals("z.csv line 3, row B, column A: negative value -2, expected a non-negative number",
                csvRefusal(",A,B\nA,0,1\nB,-2,0\n"));
        assertTrue(csvRefusal(",A,B\nA,0,\nB,1,0\n").contains("row A, column B: blank cell"));
    }

    @Test
    void csvLabelsMustMatch() {
        assertTrue(csvRefusal(",A,B\nA,0,1\nC,1,0\n").contains("row 2 is labelled 'C' but column 2 is 'B'"));
        assertTrue(csvRefusal(",A,B\nA,0,1\n").contains("1 rows but 2 columns"));
    }

    @Test
    void csvAcceptsDecimalCommaInSemicolonFiles() {
        DirectRelationMatrix z = DirectRelationMatrix.read(CsvTable.parse(";A;B\nA;0;1,5\nB;2;0\n", "z.csv"));
        assertEquals(1.5, z.value(0, 1), 0.0);
        assertEquals(List.of("A", "B"), List.of(z.variables().get(0).id(), z.variables().get(1).id()));
    }

    @Test
    void potentialCellsAreRefusedUnlessWeighted() {
        InfluenceMatrix m = InfluenceMatrix.builder("A", "B").set("A", "B", 2).potential("B", "A").build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DirectRelationMatrix.from(m));
        assertTrue(e.getMessage().startsWith("row B (2), column A (1): P (potential) cell"), e.getMessage());
        assertEquals(3.0, DirectRelationMatrix.from(m, 3).value(1, 0), 0.0);
        assertEquals(0.0, DirectRelationMatrix.from(m, 0).value(1, 0), 0.0);
    }

    @Test
    void configurationChecks() {
        assertTrue(assertThrows(InvalidInputException.class, () -> Dematel.withDefaults().withRounding(16))
                .getMessage().contains("0..15 decimals"));
        assertTrue(assertThrows(InvalidInputException.class,
                () -> Dematel.withDefaults().withSplit(SplitRule.FIXED)).getMessage()
                .contains("withFixedThreshold"));
        assertTrue(assertThrows(InvalidInputException.class, () -> Dematel.withDefaults().withFixedThreshold(-1))
                .getMessage().contains("threshold must be non-negative"));
    }

    @Test
    void expertsMustShareVariables() {
        DirectRelationMatrix a = DirectRelationMatrix.read(CsvTable.parse(",A,B\nA,0,1\nB,1,0\n", "a.csv"));
        DirectRelationMatrix b = DirectRelationMatrix.read(CsvTable.parse(",A,C\nA,0,1\nC,1,0\n", "b.csv"));
        assertTrue(assertThrows(InvalidInputException.class, () -> DirectRelationMatrix.average(List.of(a, b)))
                .getMessage().contains("expert matrix 2: variable 2 is 'C', expected 'B'"));
        assertTrue(assertThrows(InvalidInputException.class, () -> DirectRelationMatrix.average(List.of()))
                .getMessage().contains("no expert matrix"));
    }
}
