package org.micmac4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.micmac4j.morph.Configuration;
import org.micmac4j.morph.FieldCsv;
import org.micmac4j.morph.MorphologicalAnalysis;
import org.micmac4j.morph.MorphologicalField;
import org.micmac4j.morph.MorphologicalResult;
import org.micmac4j.morph.PairScale;
import org.micmac4j.testutil.Json;
import org.micmac4j.testutil.Resources;

/** {@code micmac morph} against the library on the zebra-life-1962 case. */
class MorphCommandTest {
    private static final Path TABLE = Resources.path("/cases/morph/zebra-life-1962/compatibility.csv");
    private static final Path UNARY = Resources.path("/cases/morph/zebra-life-1962/unary_exclusions.csv");

    @TempDir
    Path tmp;

    static void assertJsonMatches(String json, MorphologicalResult lib) {
        Object doc = Json.parse(json);
        assertEquals(lib.space().size().doubleValue(), Json.num(Json.at(doc, "space")));
        assertEquals(lib.count().doubleValue(), Json.num(Json.at(doc, "count")));
        List<Object> ps = Json.arr(Json.at(doc, "parameters"));
        for (int p = 0; p < ps.size(); p++) {
            assertEquals(lib.space().descriptor(p).id(), Json.at(ps.get(p), "id"));
            assertEquals(lib.space().descriptor(p).variants().stream().map(v -> v.id()).toList(),
                    Json.arr(Json.at(ps.get(p), "values")));
        }
        List<Object> cs = Json.arr(Json.at(doc, "configurations"));
        assertEquals(lib.configurations().size(), cs.size());
        for (int k = 0; k < cs.size(); k++) {
            Configuration c = lib.configurations().get(k);
            assertEquals(lib.space().variantIds(c.scenario()), Json.arr(cs.get(k)));
        }
        Map<String, Object> survival = Json.obj(Json.at(doc, "survival"));
        assertEquals(lib.space().totalVariants(), survival.size());
        for (int g = 0; g < lib.space().totalVariants(); g++) {
            assertEquals(lib.survival(g).doubleValue(), Json.num(survival.get(lib.field().label(g))));
        }
    }

    @Test
    void jsonOfTheZebraCaseMatchesTheLibrary() throws Exception {
        CliRun r = CliRun.of("morph", TABLE.toString(), "--exclusions", UNARY.toString(), "--json");
        assertEquals(0, r.status(), r.err());
        MorphologicalField f = FieldCsv.readExclusions(UNARY, FieldCsv.read(TABLE, PairScale.BINARY));
        MorphologicalResult lib = MorphologicalAnalysis.withDefaults().analyze(f);
        assertEquals(BigInteger.ONE, lib.count());
        assertJsonMatches(r.out().strip(), lib);
    }

    @Test
    void inferenceAndLimitMatchTheLibrary() throws Exception {
        CliRun r = CliRun.of("morph", TABLE.toString(), "--fix", "Drink.Milk=3", "--limit", "2", "--json");
        assertEquals(0, r.status(), r.err());
        MorphologicalField f = FieldCsv.read(TABLE, PairScale.BINARY);
        MorphologicalResult lib = MorphologicalAnalysis.withDefaults().withLimit(2).infer(f,
                Map.of("Drink.Milk", "3"));
        assertJsonMatches(r.out().strip(), lib);
        assertEquals(2, lib.configurations().size());
    }

    @Test
    void textAndReport() throws Exception {
        Path dir = tmp.resolve("rep");
        CliRun r = CliRun.of("morph", TABLE.toString(), "--exclusions", UNARY.toString(), "--out", dir.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("298023223876953125 configurations"), r.out());
        assertTrue(r.out().contains("1 consistent configuration"), r.out());
        assertTrue(Files.size(dir.resolve("morph-report.html")) > 1000);
        assertTrue(Files.size(dir.resolve("morphological-box.svg")) > 1000);
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        CliRun r = CliRun.of("morph", TABLE.toString(), "--fix", "Drink.Milk");
        assertEquals(2, r.status());
        r.assertOneErrorLine("--fix expects PARAM=VALUE");
        r = CliRun.of("morph", TABLE.toString(), "--fix", "Drink.Beer=1");
        assertEquals(2, r.status());
        r.assertOneErrorLine("Drink.Beer");
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "value,A=1,B=1\nA=1,,2\nB=1,2,\n");
        r = CliRun.of("morph", bad.toString(), "--json");
        assertEquals(2, r.status());
        r.assertOneErrorLine("bad.csv line 2, row A=1, column B=1", "ordinal");
        r = CliRun.of("morph", bad.toString(), "--json", "--scale", "ordinal");
        assertEquals(0, r.status(), r.err());
        r = CliRun.of("morph", TABLE.toString(), "--limit", "-3");
        assertEquals(2, r.status());
        r.assertOneErrorLine("--limit must be >= 0");
    }

    @Test
    void unboundedWorkIsRefusedWithOneLineNamingTheOption() throws Exception {
        // A 10^30 field whose exclusions link every parameter and prune almost nothing.
        MorphologicalField chain = org.micmac4j.testutil.Fields.chain();
        StringBuilder csv = new StringBuilder("value");
        int v = chain.space().totalVariants();
        for (int g = 0; g < v; g++) {
            csv.append(',').append(chain.label(g));
        }
        for (int a = 0; a < v; a++) {
            csv.append('\n').append(chain.label(a));
            for (int b = 0; b < v; b++) {
                csv.append(',').append(chain.space().descriptorOf(a) == chain.space().descriptorOf(b) ? ""
                        : String.valueOf(chain.score(a, b)));
            }
        }
        Path f = Files.writeString(tmp.resolve("chain.csv"), csv.append('\n').toString());
        CliRun.of("morph", f.toString(), "--search-limit", "1000000", "--json")
                .assertBadInput("chain.csv", "search limit", "--search-limit");
        CliRun.of("morph", TABLE.toString(), "--limit", "100000000")
                .assertBadInput("--limit must be at most 100000", "exact whatever the limit");
        CliRun.of("morph", TABLE.toString(), "--search-limit", "0").assertBadInput("--search-limit must be >= 1");
    }
}
