package org.micmac4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExitCodeTest {
    @TempDir
    Path tmp;

    /** A bad-input run: status 2, one line on stderr containing every expected fragment, no trace. */
    private static void assertBadInput(CliRun r, String... fragments) {
        assertEquals(ExitCodes.BAD_INPUT, r.status(), r.err());
        assertEquals("", r.out());
        assertOneLine(r, fragments);
    }

    private static void assertOneLine(CliRun r, String... fragments) {
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("micmac: error: "), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
        for (String f : fragments) {
            assertTrue(r.err().contains(f), "'" + f + "' in " + r.err());
        }
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(tmp.resolve(name), content);
    }

    @Test
    void missingFile() {
        Path f = tmp.resolve("nope.csv");
        assertBadInput(CliRun.of("analyze", f.toString(), "--out", tmp.resolve("o").toString()), f.toString(),
                "no such matrix file");
    }

    @Test
    void missingVariablesFile() throws Exception {
        Path m = write("m.csv", ",A,B\nA,0,1\nB,2,0\n");
        assertBadInput(CliRun.of("analyze", m.toString(), "--variables", tmp.resolve("v.csv").toString(), "--json"),
                "v.csv", "no such variables file");
    }

    @Test
    void raggedRowNamesTheRow() throws Exception {
        Path m = write("m.csv", ",A,B,C\nA,0,1,2\nB,2,0\nC,1,1,0\n");
        assertBadInput(CliRun.of("analyze", m.toString(), "--json"), "m.csv", "line 3", "row B", "ragged");
    }

    @Test
    void unknownTokenNamesTheCell() throws Exception {
        Path m = write("m.csv", ",A,B,C\nA,0,1,2\nB,2,0,x\nC,1,1,0\n");
        assertBadInput(CliRun.of("analyze", m.toString(), "--json"), "m.csv", "row B", "column C", "'x'");
    }

    @Test
    void outOfScaleValueNamesTheCell() throws Exception {
        Path m = write("m.csv", ",A,B\nA,0,7\nB,2,0\n");
        assertBadInput(CliRun.of("analyze", m.toString(), "--json"), "m.csv", "7");
    }

    @Test
    void variablesFileWithoutAMatrixId() throws Exception {
        Path m = write("m.csv", ",A,B\nA,0,1\nB,2,0\n");
        Path v = write("v.csv", "id,name\nA,Alpha\n");
        assertBadInput(CliRun.of("analyze", m.toString(), "--variables", v.toString(), "--json"), "v.csv", "'B'");
    }

    @Test
    void badOptions() {
        assertBadInput(CliRun.of("analyze", "--split", "average"), "--split", "average");
        assertBadInput(CliRun.of("analyze", "--order", "0"), "--order", "'0'");
        assertBadInput(CliRun.of("analyze", "--order", "seven"), "seven");
        assertBadInput(CliRun.of("analyze", "--frobnicate"), "--frobnicate");
        assertBadInput(CliRun.of("analyze", "--p-current", "-1", "--json"), "P weight");
        assertBadInput(CliRun.of("analyze", "--graph-top", "0", "--json"), "--graph-top");
        assertBadInput(CliRun.of("analyze", "--variables", "v.csv"), "--variables");
        assertBadInput(CliRun.of("frobnicate"), "frobnicate");
    }

    @Test
    void unwritableOutputIsAFailureNotBadInput() throws Exception {
        Path file = write("taken", "a file, not a folder");
        CliRun r = CliRun.of("analyze", "--json", "--out", file.toString());
        assertEquals(ExitCodes.FAILURE, r.status(), r.err());
        assertOneLine(r, "taken");
    }

    @Test
    void debugPrintsTheStackTrace() throws Exception {
        Path m = write("m.csv", ",A,B,C\nA,0,1,2\nB,2,0\nC,1,1,0\n");
        CliRun r = CliRun.of("analyze", m.toString(), "--json", "--debug");
        assertEquals(ExitCodes.BAD_INPUT, r.status());
        assertTrue(r.err().contains("\tat "), r.err());
    }
}
