package org.micmac4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to {@code micmac ism} and {@code micmac dematel}: exit 2, one line naming the fault, no trace. */
class IsmDematelExitCodeTest {
    @TempDir
    Path tmp;


    private Path write(String name, String content) throws Exception {
        return Files.writeString(tmp.resolve(name), content);
    }

    @Test
    void unknownSsimToken() throws Exception {
        Path f = write("s.csv", ",B,C\nA,V,Q\nB,,X\n");
        CliRun.of("ism", f.toString(), "--ssim", "--json").assertBadInput("s.csv", "'Q'", "SSIM", "row A", "column C");
        CliRun.of("ism", f.toString(), "--ssim", "--out", tmp.resolve("o").toString()).assertBadInput("'Q'");
    }

    @Test
    void nonBinaryReachabilityValue() throws Exception {
        Path f = write("r.csv", ",A,B\nA,1,2\nB,0,1\n");
        CliRun.of("ism", f.toString(), "--json").assertBadInput("r.csv", "'2'", "row A", "column B");
    }

    @Test
    void negativeDematelValue() throws Exception {
        Path f = write("z.csv", ",A,B\nA,0,-1\nB,2,0\n");
        CliRun.of("dematel", f.toString(), "--json").assertBadInput("z.csv", "-1", "row A", "column B");
    }

    @Test
    void missingFiles() {
        Path f = tmp.resolve("nope.csv");
        CliRun.of("ism", f.toString(), "--json").assertBadInput(f.toString(), "no such");
        CliRun.of("ism", f.toString(), "--ssim", "--json").assertBadInput(f.toString(), "no such SSIM file");
        CliRun.of("dematel", f.toString(), "--json").assertBadInput(f.toString(), "no such");
    }

    @Test
    void badOptions() throws Exception {
        Path f = write("r.csv", ",A,B\nA,1,1\nB,0,1\n");
        CliRun.of("ism", f.toString(), "--levels-from", "middle").assertBadInput("--levels-from", "middle");
        CliRun.of("ism", f.toString(), "--frobnicate").assertBadInput("--frobnicate");
        CliRun.of("ism").assertBadInput("FILE.csv");
        CliRun.of("dematel", f.toString(), "--round", "x").assertBadInput("--round", "'x'");
        CliRun.of("dematel", f.toString(), "--round", "16", "--json").assertBadInput("--round", "16");
        CliRun.of("dematel", f.toString(), "--round", "-2", "--json").assertBadInput("--round");
        CliRun.of("dematel").assertBadInput("FILE.csv");
    }

    @Test
    void singularDematelIsBadInputInOneLine() throws Exception {
        // a 2-cycle with equal weights: spectral radius of N is 1
        Path f = write("z.csv", ",A,B\nA,0,1\nB,1,0\n");
        CliRun.of("dematel", f.toString(), "--json").assertBadInput("spectral radius");
    }

    @Test
    void debugPrintsTheStackTrace() throws Exception {
        Path f = write("r.csv", ",A,B\nA,1,2\nB,0,1\n");
        CliRun r = CliRun.of("ism", f.toString(), "--json", "--debug");
        assertEquals(ExitCodes.BAD_INPUT, r.status());
        assertTrue(r.err().contains("\tat "), r.err());
    }
}
