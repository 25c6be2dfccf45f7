package org.micmac4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.micmac4j.Draws;
import org.micmac4j.cib.Cib;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.CibResult;
import org.micmac4j.cib.Succession;
import org.micmac4j.cib.SuccessionResult;
import org.micmac4j.cib.WeightMode;
import org.micmac4j.cib.io.CibCsv;
import org.micmac4j.cib.io.ScwReader;
import org.micmac4j.cib.io.SolutionList;
import org.micmac4j.testutil.Json;
import org.micmac4j.testutil.Resources;

/** {@code micmac cib} against the library on the reference cases and the bundled matrix. */
class CibCommandTest {
    private static final Path SOMEWHERELAND = Resources.path("/cases/cib/somewhereland/matrix.csv");
    private static final Path CIBSA_SCW = Resources.path("/cases/cib/cibsa-global/project.scw");

    @TempDir
    Path tmp;

    /** The JSON document agrees with the library's solution set, in the library's order. */
    static void assertJsonMatches(String json, CibMatrix m, CibResult lib, SuccessionResult w) {
        Object doc = Json.parse(json);
        assertEquals(m.space().size().doubleValue(), Json.num(Json.at(doc, "space")));
        List<Object> ds = Json.arr(Json.at(doc, "descriptors"));
        assertEquals(m.space().descriptorCount(), ds.size());
        for (int d = 0; d < ds.size(); d++) {
            assertEquals(m.space().descriptor(d).id(), Json.at(ds.get(d), "id"));
            assertEquals(m.space().descriptor(d).variants().stream().map(v -> v.id()).toList(),
                    Json.arr(Json.at(ds.get(d), "variants")));
        }
        List<Object> ss = Json.arr(Json.at(doc, "scenarios"));
        assertEquals(lib.size(), ss.size());
        assertEquals(lib.count().doubleValue(), Json.num(Json.at(doc, "count")));
        assertEquals(lib.size(), (int) Json.num(Json.at(doc, "listed")));
        Map<org.micmac4j.scenario.Scenario, Long> weights = w == null ? Map.of() : w.weights();
        for (int k = 0; k < ss.size(); k++) {
            var s = lib.scenarios().get(k);
            assertEquals(m.space().variantIds(s.scenario()), Json.arr(Json.at(ss.get(k), "variants")));
            assertEquals(s.inconsistency(), (int) Json.num(Json.at(ss.get(k), "inconsistency")));
            assertEquals(s.consistencyValue(), (int) Json.num(Json.at(ss.get(k), "consistencyValue")));
            assertEquals(s.totalImpactScore(), (long) Json.num(Json.at(ss.get(k), "totalImpactScore")));
            if (w == null) {
                assertNull(Json.at(ss.get(k), "weight"));
            } else {
                assertEquals(weights.getOrDefault(s.scenario(), 0L), (long) Json.num(Json.at(ss.get(k), "weight")));
            }
        }
        if (w == null) {
            assertNull(Json.at(doc, "cycles"));
        } else {
            List<Object> cycles = Json.arr(Json.at(doc, "cycles"));
            assertEquals(w.cycles().size(), cycles.size());
            for (int c = 0; c < cycles.size(); c++) {
                var basin = w.cycles().get(c);
                assertEquals(basin.weight(), (long) Json.num(Json.at(cycles.get(c), "weight")));
                List<Object> scenarios = Json.arr(Json.at(cycles.get(c), "scenarios"));
                assertEquals(basin.attractor().period(), scenarios.size());
                for (int i = 0; i < scenarios.size(); i++) {
                    assertEquals(m.space().variantIds(basin.attractor().scenarios().get(i)),
                            Json.arr(scenarios.get(i)));
                }
            }
        }
    }

    @Test
    void jsonOfACsvCaseMatchesTheLibrary() throws Exception {
        CliRun r = CliRun.of("cib", SOMEWHERELAND.toString(), "--json");
        assertEquals(0, r.status(), r.err());
        CibMatrix m = CibCsv.read(SOMEWHERELAND);
        assertJsonMatches(r.out().strip(), m, Cib.withDefaults().solve(m), null);
    }

    @Test
    void jsonOfAScwCaseWithExactWeightsAndInconsistencyMatchesTheLibrary() throws Exception {
        CliRun r = CliRun.of("cib", CIBSA_SCW.toString(), "--json", "--weights", "exact", "--max-inconsistency", "1");
        assertEquals(0, r.status(), r.err());
        CibMatrix m = ScwReader.read(CIBSA_SCW).matrix();
        SuccessionResult w = Succession.withDefaults().withWeightMode(WeightMode.EXACT).weights(m);
        assertJsonMatches(r.out().strip(), m, Cib.withDefaults().withMaxInconsistency(1).solve(m), w);
    }

    @Test
    void sampledWeightsAreSeeded() throws Exception {
        CliRun a = CliRun.of("cib", SOMEWHERELAND.toString(), "--json", "--weights", "sampled:500", "--seed", "7");
        assertEquals(0, a.status(), a.err());
        CibMatrix m = CibCsv.read(SOMEWHERELAND);
        SuccessionResult w = Succession.withDefaults().withWeightMode(WeightMode.SAMPLED)
                .withDraws(Draws.withDefaults().withCount(500).withSeed(7))
                .weights(m);
        assertJsonMatches(a.out().strip(), m, Cib.withDefaults().solve(m), w);
    }

    @Test
    void writesTheSolutionListAndTheReport() throws Exception {
        Path sl = tmp.resolve("out.sl");
        Path dir = tmp.resolve("rep");
        CliRun r = CliRun.of("cib", CIBSA_SCW.toString(), "--sl", sl.toString(), "--weights", "exact", "--out",
                dir.toString());
        assertEquals(0, r.status(), r.err());
        CibMatrix m = ScwReader.read(CIBSA_SCW).matrix();
        CibResult lib = Cib.withDefaults().solve(m);
        SuccessionResult w = Succession.withDefaults().withWeightMode(WeightMode.EXACT).weights(m);
        assertEquals(SolutionList.format(SolutionList.entries(lib, w.weights(), SolutionList.Order.RESULT)),
                Files.readString(sl));
        assertTrue(r.out().contains(lib.size() + " consistent scenario"), r.out());
        for (String f : List.of("cib-report.html", "scenario-tableau.svg", "inconsistency-histogram.svg")) {
            assertTrue(Files.size(dir.resolve(f)) > 200, f);
        }
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        CliRun r = CliRun.of("cib", tmp.resolve("none.csv").toString());
        assertEquals(2, r.status());
        r.assertOneErrorLine("none.csv", "no such cross-impact matrix file");
        r = CliRun.of("cib", SOMEWHERELAND.toString(), "--weights", "sometimes");
        assertEquals(2, r.status());
        r.assertOneErrorLine("--weights expects exact or sampled:N");
        r = CliRun.of("cib", SOMEWHERELAND.toString(), "--max-inconsistency", "-1");
        assertEquals(2, r.status());
        r.assertOneErrorLine("--max-inconsistency must be >= 0");
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "x,A:a1,A:a2\nA:a1,0,zz\nA:a2,0,0\n");
        r = CliRun.of("cib", bad.toString(), "--json");
        assertEquals(2, r.status());
        r.assertOneErrorLine("bad.csv");
    }
}
