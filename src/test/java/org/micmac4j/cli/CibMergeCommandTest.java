package org.micmac4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.micmac4j.cib.Cib;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.Succession;
import org.micmac4j.cib.SuccessionResult;
import org.micmac4j.cib.WeightMode;
import org.micmac4j.cib.io.ScwReader;
import org.micmac4j.testutil.Json;
import org.micmac4j.testutil.Resources;

/**
 * {@code micmac cib FILE --weights exact --range FIRST:LAST --partial OUT} and
 * {@code micmac cib merge}: parts merged in any order print what the whole run prints; gaps,
 * overlaps and parts of another matrix are refused with one line naming the files, exit 2.
 */
class CibMergeCommandTest {
    private static final Path NESTED = Resources.path("/cases/cib/cibsa-global/project.scw"); // 36 scenarios

    @TempDir
    Path tmp;

    private Path part(String name, String range) {
        Path out = tmp.resolve(name);
        CliRun r = CliRun.of("cib", NESTED.toString(), "--weights", "exact", "--range", range, "--partial",
                out.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("partial result written to " + out), r.out());
        return out;
    }

    @Test
    void mergedPartsPrintWhatTheWholeRunPrints() throws Exception {
        Path b = part("b.part", "20:35");
        Path a = part("a.part", "0:19");
        CliRun whole = CliRun.of("cib", NESTED.toString(), "--weights", "exact", "--json");
        CliRun merged = CliRun.of("cib", "merge", b.toString(), a.toString(), "--json");
        assertEquals(0, merged.status(), merged.err());
        assertEquals(whole.out(), merged.out());
        CibMatrix m = ScwReader.read(NESTED).matrix();
        SuccessionResult w = Succession.withDefaults().withWeightMode(WeightMode.EXACT).weights(m);
        CibCommandTest.assertJsonMatches(merged.out().strip(), m, Cib.withDefaults().solve(m), w);
        Path sl = tmp.resolve("merged.sl");
        assertEquals(0, CliRun.of("cib", "merge", a.toString(), b.toString(), "--sl", sl.toString(), "--json")
                .status());
        Path wholeSl = tmp.resolve("whole.sl");
        CliRun.of("cib", NESTED.toString(), "--weights", "exact", "--sl", wholeSl.toString(), "--json");
        assertEquals(Files.readString(wholeSl), Files.readString(sl));
    }

    @Test
    void gapsOverlapsAndOtherMatricesAreRefusedNamingTheFiles() throws Exception {
        Path a = part("a.part", "0:19");
        Path gap = part("gap.part", "22:35");
        Path over = part("over.part", "15:35");
        CliRun r = CliRun.of("cib", "merge", a.toString(), gap.toString());
        assertEquals(2, r.status());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(a.toString()) && r.err().contains(gap.toString()) && r.err().contains("gap")
                && r.err().contains("20:21"), r.err());
        r = CliRun.of("cib", "merge", over.toString(), a.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains(a.toString()) && r.err().contains(over.toString()) && r.err().contains("overlap"),
                r.err());
        r = CliRun.of("cib", "merge", gap.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("0:21") && r.err().contains("no part"), r.err());
        // a part of another matrix: CIB_global with one cell changed
        String text = Files.readString(NESTED).replaceFirst(" 0 ,", " 1 ,");
        Path other = tmp.resolve("other.scw");
        Files.writeString(other, text);
        Path foreign = tmp.resolve("foreign.part");
        assertEquals(0, CliRun.of("cib", other.toString(), "--weights", "exact", "--range", "20:35", "--partial",
                foreign.toString()).status());
        r = CliRun.of("cib", "merge", a.toString(), foreign.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains(a.toString()) && r.err().contains(foreign.toString())
                && r.err().contains("different matrices"), r.err());
        r = CliRun.of("cib", NESTED.toString(), "--weights", "exact", "--range", "30:40", "--partial",
                tmp.resolve("x.part").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--range") && r.err().contains("35"), r.err());
    }

    @Test
    void listingIsCutAndSaysHowManyAreLeftOut() throws Exception {
        Path somewhere = Resources.path("/cases/cib/somewhereland/matrix.csv"); // 10 consistent scenarios
        CliRun r = CliRun.of("cib", somewhere.toString(), "--list", "3", "--json");
        assertEquals(0, r.status(), r.err());
        Object doc = Json.parse(r.out().strip());
        assertEquals(10.0, Json.num(Json.at(doc, "count")));
        assertEquals(3.0, Json.num(Json.at(doc, "listed")));
        assertEquals(3, Json.arr(Json.at(doc, "scenarios")).size());
        CliRun text = CliRun.of("cib", somewhere.toString(), "--list", "3");
        assertTrue(text.out().contains("10 consistent scenarios; the first 3 listed, 7 left out"), text.out());
        List<String> rows = text.out().lines().filter(l -> l.matches("\\s*[0-9]+ .*")).toList();
        assertTrue(rows.size() >= 3, text.out());
    }
}
