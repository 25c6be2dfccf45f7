package org.micmac4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExitCodeTest {
    @TempDir
    Path tmp;



    private Path write(String name, String content) throws Exception {
        return Files.writeString(tmp.resolve(name), content);
    }

    @Test
    void missingFile() {
        Path f = tmp.resolve("nope.csv");
        CliRun.of("analyze", f.toString(), "--out", tmp.resolve("o").toString()).assertBadInput(f.toString(),
                "no such matrix file");
    }

    @Test
    void missingVariablesFile() throws Exception {
        Path m = write("m.csv", ",A,B\nA,0,1\nB,2,0\n");
        CliRun.of("analyze", m.toString(), "--variables", tmp.resolve("v.csv").toString(), "--json")
                .assertBadInput("v.csv", "no such variables file");
    }

    @Test
    void raggedRowNamesTheRow() throws Exception {
        Path m = write("m.csv", ",A,B,C\nA,0,1,2\nB,2,0\nC,1,1,0\n");
        CliRun.of("analyze", m.toString(), "--json").assertBadInput("m.csv", "line 3", "row B", "ragged");
    }

    @Test
    void unknownTokenNamesTheCell() throws Exception {
        Path m = write("m.csv", ",A,B,C\nA,0,1,2\nB,2,0,x\nC,1,1,0\n");
        CliRun.of("analyze", m.toString(), "--json").assertBadInput("m.csv", "row B", "column C", "'x'");
    }

    @Test
    void outOfScaleValueNamesTheCell() throws Exception {
        Path m = write("m.csv", ",A,B\nA,0,7\nB,2,0\n");
        CliRun.of("analyze", m.toString(), "--json").assertBadInput("m.csv", "7");
    }

    @Test
    void variablesFileWithoutAMatrixId() throws Exception {
        Path m = write("m.csv", ",A,B\nA,0,1\nB,2,0\n");
        Path v = write("v.csv", "id,name\nA,Alpha\n");
        CliRun.of("analyze", m.toString(), "--variables", v.toString(), "--json").assertBadInput("v.csv", "'B'");
    }

    @Test
    void badOptions() {
        CliRun.of("analyze", "--split", "average").assertBadInput("--split", "average");
        CliRun.of("analyze", "--order", "0").assertBadInput("--order", "'0'");
        CliRun.of("analyze", "--order", "seven").assertBadInput("seven");
        CliRun.of("analyze", "--frobnicate").assertBadInput("--frobnicate");
        CliRun.of("analyze", "--p-current", "-1", "--json").assertBadInput("P weight");
        CliRun.of("analyze", "--graph-top", "0", "--json").assertBadInput("--graph-top");
        CliRun.of("analyze", "--variables", "v.csv").assertBadInput("--variables");
        CliRun.of("frobnicate").assertBadInput("frobnicate");
    }

    @Test
    void unwritableOutputIsAFailureNotBadInput() throws Exception {
        Path file = write("taken", "a file, not a folder");
        CliRun r = CliRun.of("analyze", "--json", "--out", file.toString());
        assertEquals(ExitCodes.FAILURE, r.status(), r.err());
        r.assertOneErrorLine("taken");
    }

    @Test
    void debugPrintsTheStackTrace() throws Exception {
        Path m = write("m.csv", ",A,B,C\nA,0,1,2\nB,2,0\nC,1,1,0\n");
        CliRun r = CliRun.of("analyze", m.toString(), "--json", "--debug");
        assertEquals(ExitCodes.BAD_INPUT, r.status());
        assertTrue(r.err().contains("\tat "), r.err());
    }
}
