package org.micmac4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.micmac4j.io.MatrixCsv;

/** Every kind of bad input fails with a message naming the row, column, id or file at fault. */
class BadInputTest {

    private static void fails(Executable e, String... fragments) {
        InvalidInputException x = assertThrows(InvalidInputException.class, e);
        for (String f : fragments) {
            assertTrue(x.getMessage().contains(f), () -> "'" + x.getMessage() + "' should contain '" + f + "'");
        }
    }

    private static InfluenceMatrix csv(String text) {
        return MatrixCsv.parse(text, "m.csv", Scale.CLASSIC);
    }

    @Test
    void nonSquareArray() {
        fails(() -> InfluenceMatrix.of(new double[][] {{0, 1}, {1}}), "row V2 (2)", "square");
    }

    @Test
    void nonSquareCsv() {
        fails(() -> csv(",A,B,C\nA,0,1,1\nB,1,0,1\n"), "m.csv", "2 rows but 3 columns", "must be square");
    }

    @Test
    void headerAndFirstColumnDisagree() {
        fails(() -> csv(",A,B\nA,0,1\nC,1,0\n"), "m.csv line 3", "labelled 'C' but column 2 is 'B'");
    }

    @Test
    void duplicateIds() {
        fails(() -> InfluenceMatrix.builder("A", "B", "A"), "duplicate variable id 'A'", "positions 1 and 3");
        fails(() -> csv(",A,A\nA,0,1\nA,1,0\n"), "duplicate column label 'A'");
    }

    @Test
    void blankIds() {
        fails(() -> InfluenceMatrix.builder("A", " "), "variable id must not be blank");
        fails(() -> csv(",A,\nA,0,1\nB,1,0\n"), "blank column label", "position 2");
    }

    @Test
    void negativeValue() {
        fails(() -> InfluenceMatrix.of(new double[][] {{0, -1}, {1, 0}}), "row V1 (1), column V2 (2)", "negative");
        fails(() -> csv(",A,B\nA,0,-1\nB,1,0\n"), "line 2, row A, column B", "negative");
    }

    @Test
    void nanValue() {
        fails(() -> InfluenceMatrix.of(new double[][] {{0, 1}, {Double.NaN, 0}}, Scale.WEIGHTS),
                "row V2 (2), column V1 (1)", "NaN");
        fails(() -> csv(",A,B\nA,0,NaN\nB,1,0\n"), "row A, column B", "NaN");
    }

    @Test
    void infiniteValue() {
        fails(() -> InfluenceMatrix.of(new double[][] {{0, Double.POSITIVE_INFINITY}, {1, 0}}, Scale.WEIGHTS),
                "row V1 (1), column V2 (2)", "infinite");
        fails(() -> csv(",A,B\nA,0,Infinity\nB,1,0\n"), "row A, column B", "infinite");
    }

    @Test
    void outOfScaleValue() {
        fails(() -> InfluenceMatrix.of(new double[][] {{0, 4}, {1, 0}}), "row V1 (1), column V2 (2)",
                "4 is out of the scale classic 0..3 + P");
        fails(() -> InfluenceMatrix.of(new double[][] {{0, 1.5}, {1, 0}}), "1.5 is out of the scale");
        fails(() -> csv(",A,B\nA,0,1\nB,7,0\n"), "row B (2), column A (1)", "7 is out of the scale");
    }

    @Test
    void nonZeroDiagonal() {
        fails(() -> InfluenceMatrix.of(new double[][] {{0, 1}, {1, 2}}), "row V2 (2), column V2 (2)",
                "diagonal must be 0");
        fails(() -> InfluenceMatrix.builder("A", "B").potential(0, 0).build(), "row A (1), column A (1)", "got P");
    }

    @Test
    void unknownToken() {
        fails(() -> csv(",A,B\nA,0,x\nB,1,0\n"), "m.csv line 2, row A, column B", "unknown token 'x'");
    }

    @Test
    void emptyFile() {
        fails(() -> csv(""), "m.csv", "empty file");
        fails(() -> csv("# only a comment\n\n"), "m.csv", "empty file");
    }

    @Test
    void raggedRow() {
        fails(() -> csv(",A,B,C\nA,0,1,1\nB,1,0\nC,1,1,0\n"), "m.csv line 3 (row B)", "ragged row", "3 cells",
                "has 4");
    }

    @Test
    void mixedDelimiters() {
        fails(() -> csv(",A,B\nA;0;1\nB,1,0\n"), "m.csv line 2:", "mixed delimiters", "semicolon");
        fails(() -> csv(";A;B\nA;0;1\nB\t1\t0\n"), "line 3", "mixed delimiters", "tab");
        fails(() -> csv(",A;B,C\n"), "line 1", "mixed delimiters");
    }

    @Test
    void potentialCellUnderAScaleWithoutP() {
        fails(() -> InfluenceMatrix.builder("A", "B").scale(Scale.WEIGHTS).potential("A", "B").build(),
                "row A (1), column B (2)", "P (potential) cell", "has no P");
        fails(() -> MatrixCsv.parse(",A,B\nA,0,P\nB,1,0\n", "m.csv", Scale.BINARY), "row A, column B",
                "scale binary 0/1 has no P");
    }

    @Test
    void unknownIdInBuilder() {
        fails(() -> InfluenceMatrix.builder("A", "B").set("A", "Z", 1), "unknown variable id 'Z'");
    }

    @Test
    void variablesFileMissingAnId() {
        InfluenceMatrix m = csv(",A,B\nA,0,1\nB,1,0\n");
        fails(() -> MatrixCsv.withVariables(m, List.of(Variable.of("A")), "vars.csv"), "vars.csv",
                "no variable with id 'B'");
    }

    @Test
    void aGoodMatrixStillReads() {
        assertEquals(2, csv(",A,B\nA,0,1\nB,P,0\n").size());
    }
}
