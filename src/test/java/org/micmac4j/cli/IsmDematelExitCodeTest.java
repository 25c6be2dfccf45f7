package org.micmac4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to {@code micmac ism} and {@code micmac dematel}: exit 2, one line naming the fault, no trace. */
class IsmDematelExitCodeTest {
    @TempDir
    Path tmp;

    private static void assertBadInput(CliRun r, String... fragments) {
        assertEquals(ExitCodes.BAD_INPUT, r.status(), r.err());
        assertEquals("", r.out());
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
    void unknownSsimToken() throws Exception {
        Path f = write("s.csv", ",B,C\nA,V,Q\nB,,X\n");
        assertBadInput(CliRun.of("ism", f.toString(), "--ssim", "--json"), "s.csv", "'Q'", "SSIM", "row A", "column C");
        assertBadInput(CliRun.of("ism", f.toString(), "--ssim", "--out", tmp.resolve("o").toString()), "'Q'");
    }

    @Test
    void nonBinaryReachabilityValue() throws Exception {
        Path f = write("r.csv", ",A,B\nA,1,2\nB,0,1\n");
        assertBadInput(CliRun.of("ism", f.toString(), "--json"), "r.csv", "'2'", "row A", "column B");
    }

    @Test
    void negativeDematelValue() throws Exception {
        Path f = write("z.csv", ",A,B\nA,0,-1\nB,2,0\n");
        assertBadInput(CliRun.of("dematel", f.toString(), "--json"), "z.csv", "-1", "row A", "column B");
    }

    @Test
    void missingFiles() {
        Path f = tmp.resolve("nope.csv");
        assertBadInput(CliRun.of("ism", f.toString(), "--json"), f.toString(), "no such");
        assertBadInput(CliRun.of("ism", f.toString(), "--ssim", "--json"), f.toString(), "no such SSIM file");
        assertBadInput(CliRun.of("dematel", f.toString(), "--json"), f.toString(), "no such");
    }

    @Test
    void badOptions() throws Exception {
        Path f = write("r.csv", ",A,B\nA,1,1\nB,0,1\n");
        assertBadInput(CliRun.of("ism", f.toString(), "--levels-from", "middle"), "--levels-from", "middle");
        assertBadInput(CliRun.of("ism", f.toString(), "--frobnicate"), "--frobnicate");
        assertBadInput(CliRun.of("ism"), "FILE.csv");
        assertBadInput(CliRun.of("dematel", f.toString(), "--round", "x"), "--round", "'x'");
        assertBadInput(CliRun.of("dematel", f.toString(), "--round", "16", "--json"), "--round", "16");
        assertBadInput(CliRun.of("dematel", f.toString(), "--round", "-2", "--json"), "--round");
        assertBadInput(CliRun.of("dematel"), "FILE.csv");
    }

    @Test
    void singularDematelIsBadInputInOneLine() throws Exception {
        // a 2-cycle with equal weights: spectral radius of N is 1
        Path f = write("z.csv", ",A,B\nA,0,1\nB,1,0\n");
        assertBadInput(CliRun.of("dematel", f.toString(), "--json"), "spectral radius");
    }

    @Test
    void debugPrintsTheStackTrace() throws Exception {
        Path f = write("r.csv", ",A,B\nA,1,2\nB,0,1\n");
        CliRun r = CliRun.of("ism", f.toString(), "--json", "--debug");
        assertEquals(ExitCodes.BAD_INPUT, r.status());
        assertTrue(r.err().contains("\tat "), r.err());
    }
}
