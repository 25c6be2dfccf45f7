package org.micmac4j.ism;

import org.micmac4j.SplitRule;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.micmac4j.InvalidInputException;

/** Bad input: every message must name the file, row, column or id at fault. */
class IsmInputErrorsTest {
    private static void fails(Executable call, String... parts) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call);
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), () -> "message '" + e.getMessage() + "' lacks '" + part + "'");
        }
    }

    @Test
    void unknownSsimTokenNamesTheCell() {
        fails(() -> IsmInput.parseSsim(",B,C\nA,V,Q\nB,,O\n", "s.csv"), "s.csv line 2, row A, column C", "'Q'");
    }

    @Test
    void unknownSsimTokenInASquareSsimNamesTheCell() {
        fails(() -> IsmInput.parseSsim(",A,B,C\nA,,V,O\nB,,,1\nC,,,\n", "sq.csv"), "sq.csv line 3, row B, column C",
                "'1'");
    }

    @Test
    void missingSsimEntryAboveTheDiagonalNamesTheCell() {
        fails(() -> IsmInput.parseSsim(",B,C\nA,V,\nB,,O\n", "s.csv"), "s.csv line 2, row A, column C", "missing");
    }

    @Test
    void mismatchedSsimLabelsAreNamed() {
        fails(() -> IsmInput.parseSsim(",B,C\nA,V,O\nZ,,O\n", "s.csv"), "s.csv", "row 2 is 'Z'", "column 1 is 'B'");
    }

    @Test
    void unknownTokenInAnInMemorySsimNamesTheCell() {
        String[][] ssim = {{null, "V", "W"}, {null, null, "O"}, {null, null, null}};
        fails(() -> IsmInput.fromSsim(List.of("A", "B", "C"), ssim), "row A (1), column C (3)", "'W'");
    }

    @Test
    void nonBinaryReachabilityValueNamesTheCell() {
        fails(() -> IsmInput.parseReachability(",A,B\nA,1,0\nB,2,1\n", "m.csv"), "m.csv line 3, row B, column A",
                "'2'");
    }

    @Test
    void blankReachabilityValueNamesTheCell() {
        fails(() -> IsmInput.parseReachability(",A,B\nA,1,\nB,0,1\n", "m.csv"), "m.csv line 2, row A, column B");
    }

    @Test
    void nonSquareReachabilityIsRejectedWithItsShape() {
        fails(() -> IsmInput.parseReachability(",A,B,C\nA,1,0,0\nB,0,1,0\n", "m.csv"), "m.csv", "square",
                "2 rows, 3 columns");
    }

    @Test
    void reachabilityLabelsInAnotherOrderAreNamed() {
        fails(() -> IsmInput.parseReachability(",A,B\nB,1,0\nA,0,1\n", "m.csv"), "m.csv", "'B'", "'A'");
    }

    @Test
    void duplicateLabelIsNamed() {
        fails(() -> IsmInput.parseReachability(",A,A\nA,1,0\nB,0,1\n", "m.csv"), "m.csv", "duplicate", "'A'");
        fails(() -> IsmInput.parseSsim(",B,C\nA,V,O\nA,,O\n", "s.csv"), "s.csv", "duplicate", "'A'");
    }

    @Test
    void duplicateIdInMemoryIsNamed() {
        fails(() -> IsmInput.fromReachability(List.of("A", "B", "A"), new boolean[3][3]), "duplicate", "'A'");
    }

    @Test
    void emptyFileIsRejectedWithItsName(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "# only a comment\n\n");
        fails(() -> IsmInput.readSsim(empty), "empty.csv", "empty");
        fails(() -> IsmInput.readReachability(empty), "empty.csv", "empty");
    }

    @Test
    void headerWithoutRowsIsRejected() {
        fails(() -> IsmInput.parseSsim(",B,C\n", "h.csv"), "h.csv", "no SSIM row");
        fails(() -> IsmInput.parseReachability(",A,B\n", "h.csv"), "h.csv", "square");
    }

    @Test
    void fileReadErrorsNameTheFile(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad-ssim.csv"), ",B\nA,Y\n");
        fails(() -> IsmInput.readSsim(bad), "bad-ssim.csv line 2, row A, column B", "'Y'");
    }

    @Test
    void inMemoryReachabilityOfTheWrongShapeIsRejected() {
        fails(() -> IsmInput.fromReachability(List.of("A", "B"), new boolean[][] {{true, false}, {true}}),
                "row B (2)");
    }

    @Test
    void unknownIdInAResultIsNamed() {
        IsmResult r = Ism.withDefaults().analyze(IsmInput.fromReachability(List.of("A"), new boolean[1][1]));
        fails(() -> r.variable("Z"), "'Z'");
    }

    @Test
    void fixedSplitRuleNeedsValues() {
        fails(() -> Ism.withDefaults().withSplit(SplitRule.FIXED), "FIXED");
        fails(() -> Ism.withDefaults().withFixedThresholds(-1, 2), "driving threshold");
    }
}
