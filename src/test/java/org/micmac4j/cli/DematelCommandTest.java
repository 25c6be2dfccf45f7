package org.micmac4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.micmac4j.dematel.Dematel;
import org.micmac4j.dematel.DematelResult;
import org.micmac4j.dematel.DirectRelationMatrix;
import org.micmac4j.dematel.Relation;
import org.micmac4j.dematel.VariableScores;
import org.micmac4j.io.CsvTable;
import org.micmac4j.report.dematel.DematelReport;
import org.micmac4j.testutil.Json;
import org.micmac4j.testutil.Resources;

/**
 * {@code micmac dematel} on the shared DEMATEL reference cases (src/test/resources/cases/dematel,
 * see each PROVENANCE.md), in-process through {@link Main}: the JSON equals the library result
 * exactly and the source's values to the source's own tolerance.
 */
class DematelCommandTest {
    @TempDir
    Path tmp;

    private static Path input(String caseName) {
        return Resources.path("/cases/dematel/" + caseName + "/input.csv");
    }

    private static String expectedText(String caseName) throws Exception {
        return Files.readString(Resources.path("/cases/dematel/" + caseName + "/expected.json"));
    }

    private static CliRun run(String... args) {
        CliRun r = CliRun.of(args);
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        assertEquals(1, r.out().strip().lines().count(), "one line, nothing else");
        return r;
    }

    private static double[] column(Map<String, Object> doc, String key) {
        List<Object> vars = Json.arr(doc.get("variables"));
        double[] out = new double[vars.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Json.num(Json.obj(vars.get(i)).get(key));
        }
        return out;
    }

    private static double[] numbers(Object jsonArray) {
        return Json.arr(jsonArray).stream().mapToDouble(Json::num).toArray();
    }

    private static double norm(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(s);
    }

    /** The document equals the library result exactly (numbers are written in round-trip form). */
    private static void assertMatchesLibrary(DematelResult lib, Map<String, Object> doc, String out) {
        assertEquals(List.of("settings", "divisor", "threshold", "largestEigenvalueT", "variables", "relationCount",
                "relations"),
                List.copyOf(doc.keySet()));
        assertEquals(lib.threshold(), Json.num(doc.get("threshold")), 0.0);
        assertEquals(lib.largestEigenvalueOfT(), Json.num(doc.get("largestEigenvalueT")), 0.0);
        assertEquals(lib.divisor(), Json.num(doc.get("divisor")), 0.0);
        List<Object> vars = Json.arr(doc.get("variables"));
        assertEquals(lib.size(), vars.size());
        for (int i = 0; i < vars.size(); i++) {
            Map<String, Object> v = Json.obj(vars.get(i));
            VariableScores s = lib.scores().get(i);
            assertEquals(List.of("id", "name", "D", "R", "DplusR", "DminusR", "role", "weight"),
                    List.copyOf(v.keySet()));
            assertEquals(s.variable().id(), v.get("id"));
            assertEquals(s.d(), Json.num(v.get("D")), 0.0);
            assertEquals(s.r(), Json.num(v.get("R")), 0.0);
            assertEquals(s.dPlusR(), Json.num(v.get("DplusR")), 0.0);
            assertEquals(s.dMinusR(), Json.num(v.get("DminusR")), 0.0);
            assertEquals(s.role().name(), v.get("role"));
            assertEquals(s.weight(), Json.num(v.get("weight")), 0.0);
        }
        assertEquals(lib.relations().size(), Json.arr(doc.get("relations")).size());
        assertEquals(DematelReport.withDefaults().json(lib), out.strip());
    }

    private static DematelResult library(String caseName, Dematel config) throws Exception {
        return config.analyze(DirectRelationMatrix.read(CsvTable.read(input(caseName))));
    }

    /**
     * JMcDM testdematel.jl @ 87bbb34: threshold, c (= D), r (= R), the 0/1 influence matrix and the
     * weights, with the source's isapprox(atol = 1e-5) on norms. Setting: the defaults.
     */
    @Test
    void jmcdm10() throws Exception {
        String c = "jmcdm-10";
        CliRun r = run("dematel", input(c).toString(), "--json");
        Map<String, Object> doc = Json.obj(Json.parse(r.out()));
        assertMatchesLibrary(library(c, Dematel.withDefaults()), doc, r.out());
        Map<String, Object> exp = Json.obj(Json.parse(expectedText(c)));
        assertEquals(Json.num(exp.get("threshold")), Json.num(doc.get("threshold")), 1e-5);
        assertTrue(norm(numbers(exp.get("c")), column(doc, "D")) <= 1e-5);
        assertTrue(norm(numbers(exp.get("r")), column(doc, "R")) <= 1e-5);
        assertTrue(norm(numbers(exp.get("weights")), column(doc, "weight")) <= 1e-5);
        Set<String> want = new HashSet<>();
        List<Object> m = Json.arr(exp.get("influenceMatrix"));
        for (int i = 0; i < m.size(); i++) {
            List<Object> row = Json.arr(m.get(i));
            for (int j = 0; j < row.size(); j++) {
                if (Json.num(row.get(j)) == 1) {
                    want.add("C" + (i + 1) + ">C" + (j + 1));
                }
            }
        }
        Set<String> got = new HashSet<>();
        Json.arr(doc.get("relations")).forEach(e -> got.add(Json.obj(e).get("from") + ">" + Json.obj(e).get("to")));
        assertEquals(want, got);
        assertEquals(null, Json.obj(doc.get("settings")).get("rounding"));
    }

    /**
     * CRAN package dematel 0.1.0 vignette (medicaldevice): ci, ri, c+r, c-r and the threshold to the
     * printed precision (half a unit of the last printed decimal); causes C1, C4, C5 (the vignette's
     * C1..C5 are the file's K1..K5). Setting that reproduces it: --round 5 (the package rounds N).
     */
    @Test
    void cranMedicalDeviceWithRound5() throws Exception {
        String c = "cran-dematel-medicaldevice-5";
        CliRun r = run("dematel", input(c).toString(), "--round", "5", "--json");
        Map<String, Object> doc = Json.obj(Json.parse(r.out()));
        assertMatchesLibrary(library(c, Dematel.withDefaults().withRounding(5)), doc, r.out());
        assertEquals(5L, Json.obj(doc.get("settings")).get("rounding"));
        Map<String, Object> exp = Json.obj(Json.parseDecimals(expectedText(c)));
        Map<String, String> keys = Map.of("ci", "D", "ri", "R", "c+r", "DplusR", "c-r", "DminusR");
        keys.forEach((printedKey, key) -> {
            List<Object> printed = Json.arr(exp.get(printedKey));
            double[] mine = column(doc, key);
            for (int i = 0; i < mine.length; i++) {
                BigDecimal p = (BigDecimal) printed.get(i);
                assertEquals(p.doubleValue(), mine[i], 0.5 * Math.pow(10, -p.scale()), printedKey + "[" + i + "]");
            }
        });
        BigDecimal t = (BigDecimal) exp.get("threshold_value");
        assertEquals(t.doubleValue(), Json.num(doc.get("threshold")), 0.5 * Math.pow(10, -t.scale()));
        List<String> groups = new ArrayList<>();
        Json.arr(doc.get("variables")).forEach(v -> groups.add((String) Json.obj(v).get("role")));
        assertEquals(List.of("CAUSE", "EFFECT", "EFFECT", "CAUSE", "CAUSE"), groups);
        // without --round the printed digits are not reproduced (PROVENANCE.md: exact N differs by up to 3.5e-5)
        Map<String, Object> exact = Json.obj(Json.parse(run("dematel", input(c).toString(), "--json").out()));
        BigDecimal firstSum = (BigDecimal) Json.arr(exp.get("c+r")).get(0);
        double worst = 0;
        double[] sums = column(exact, "DplusR");
        List<Object> printedSums = Json.arr(exp.get("c+r"));
        for (int i = 0; i < sums.length; i++) {
            worst = Math.max(worst, Math.abs(((BigDecimal) printedSums.get(i)).doubleValue() - sums[i]));
        }
        assertTrue(worst > 0.5 * Math.pow(10, -firstSum.scale()), "exact N misses the printed c+r, diff " + worst);
    }

    /**
     * spectralDEMATEL golden test (FEFO stock control): lambda_max of T to the source's relative
     * tolerance 1e-12. Setting: the defaults (diagonal kept).
     */
    @Test
    void spectralFefo13LargestEigenvalue() throws Exception {
        String c = "spectral-fefo-13";
        CliRun r = run("dematel", input(c).toString(), "--json");
        Map<String, Object> doc = Json.obj(Json.parse(r.out()));
        assertMatchesLibrary(library(c, Dematel.withDefaults()), doc, r.out());
        double golden = Json.num(Json.at(Json.parse(expectedText(c)), "golden", "lambda_max"));
        assertEquals(golden, Json.num(doc.get("largestEigenvalueT")), 1e-12 * golden);
        List<Relation> lib = library(c, Dematel.withDefaults()).relations();
        assertEquals(lib.size(), Json.arr(doc.get("relations")).size());
    }

    @Test
    void tableAndReportFolder() throws Exception {
        Path out = tmp.resolve("d");
        CliRun r = CliRun.of("dematel", input("jmcdm-10").toString(), "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().lines().anyMatch(
                l -> l.matches("C1 +0\\.3991 +1\\.5527 +1\\.9518 +-1\\.1536 +0\\.1687 +EFFECT")), r.out());
        assertTrue(r.out().contains("41 relations"), r.out());
        for (String name : List.of("dematel-map.svg", "dematel-report.html")) {
            assertTrue(Files.size(out.resolve(name)) > 500, name);
        }
    }

    /** Above 1000 variables the relations are left out unless asked; below, --relations changes nothing. */
    @Test
    void relationsLeftOutAboveTheirDefaultSizeUnlessAsked() throws Exception {
        int n = DematelReport.RELATIONS_UP_TO_DEFAULT + 1;
        Random rnd = new Random(7);
        StringBuilder csv = new StringBuilder("id");
        for (int j = 0; j < n; j++) {
            csv.append(",V").append(j);
        }
        for (int i = 0; i < n; i++) {
            csv.append("\nV").append(i);
            for (int j = 0; j < n; j++) {
                csv.append(',').append(i == j ? 0 : rnd.nextInt(5));
            }
        }
        Path big = tmp.resolve("big.csv");
        Files.writeString(big, csv.append('\n'));
        Map<String, Object> doc = Json.obj(Json.parse(run("dematel", big.toString(), "--json").out()));
        assertEquals(null, doc.get("relationCount"));
        assertEquals(null, doc.get("relations"));
        assertTrue(Json.num(doc.get("threshold")) > 0, "the mean of T needs no T");
        assertEquals(n, Json.arr(doc.get("variables")).size());

        String small = input("jmcdm-10").toString();
        assertEquals(run("dematel", small, "--json").out(),
                run("dematel", small, "--json", "--relations").out());
    }
}
