package org.micmac4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.micmac4j.ism.ClosureMode;
import org.micmac4j.ism.Ism;
import org.micmac4j.ism.IsmCell;
import org.micmac4j.ism.IsmInput;
import org.micmac4j.ism.IsmResult;
import org.micmac4j.ism.IsmVariable;
import org.micmac4j.ism.LevelNumbering;
import org.micmac4j.ism.Partition;
import org.micmac4j.report.ism.IsmReport;
import org.micmac4j.testutil.Json;
import org.micmac4j.testutil.Resources;

/**
 * {@code micmac ism} on the shared ISM reference cases (src/test/resources/cases/ism, see each
 * PROVENANCE.md), in-process through {@link Main}: the JSON equals the library's result and the
 * values the source published, under the setting that reproduces it.
 */
class IsmCommandTest {
    @TempDir
    Path tmp;

    private static Path file(String caseName, String name) {
        return Resources.path("/cases/ism/" + caseName + "/" + name);
    }

    private static Map<String, Object> expected(String caseName) {
        return Json.obj(Json.resource("/cases/ism/" + caseName + "/expected.json"));
    }

    /** Runs {@code micmac ism ... --json}; asserts success and one JSON document alone on stdout. */
    private static Map<String, Object> json(String... args) {
        List<String> all = new ArrayList<>(List.of("ism"));
        all.addAll(List.of(args));
        all.add("--json");
        all.add("--transitive-cells");
        CliRun r = CliRun.of(all.toArray(new String[0]));
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        assertEquals(1, r.out().strip().lines().count(), "one line, nothing else");
        return Json.obj(Json.parse(r.out()));
    }

    /** The document equals the library result, field by field and as text. */
    private static void assertMatchesLibrary(IsmResult lib, IsmInput.Kind kind, Map<String, Object> doc, String out) {
        assertEquals(List.of("settings", "thresholds", "variables", "levels", "transitiveCellCount", "transitiveCells",
                "edges"),
                List.copyOf(doc.keySet()));
        Map<String, Object> settings = Json.obj(doc.get("settings"));
        assertEquals(kind.name(), settings.get("input"));
        assertEquals(lib.config().closure().name(), settings.get("closure"));
        assertEquals(lib.config().partition().name(), settings.get("partition"));
        assertEquals(lib.config().levelNumbering().name(), settings.get("levelNumbering"));
        assertEquals(lib.config().split().name(), settings.get("split"));
        Map<String, Object> t = Json.obj(doc.get("thresholds"));
        assertEquals(lib.thresholds().influence(), Json.num(t.get("driving")));
        assertEquals(lib.thresholds().dependence(), Json.num(t.get("dependence")));
        List<Object> vars = Json.arr(doc.get("variables"));
        assertEquals(lib.size(), vars.size());
        for (int i = 0; i < vars.size(); i++) {
            Map<String, Object> v = Json.obj(vars.get(i));
            IsmVariable w = lib.variables().get(i);
            assertEquals(List.of("id", "drivingPower", "dependencePower", "level", "cluster"), List.copyOf(v.keySet()));
            assertEquals(w.id(), v.get("id"));
            assertEquals((long) w.drivingPower(), v.get("drivingPower"));
            assertEquals((long) w.dependencePower(), v.get("dependencePower"));
            assertEquals((long) w.level(), v.get("level"));
            assertEquals(w.cluster().name(), v.get("cluster"));
        }
        List<List<String>> levels = new ArrayList<>();
        Json.arr(doc.get("levels")).forEach(l -> levels.add(Json.arr(l).stream().map(String.class::cast).toList()));
        assertEquals(lib.levels(), levels);
        List<IsmCell> cells = new ArrayList<>();
        Json.arr(doc.get("transitiveCells")).forEach(c -> cells.add(new IsmCell((String) Json.obj(c).get("from"),
                (String) Json.obj(c).get("to"))));
        assertEquals(lib.transitiveCells(), cells);
        assertEquals((long) cells.size(), doc.get("transitiveCellCount"));
        assertEquals(lib.reducedEdges().size(), Json.arr(doc.get("edges")).size());
        assertEquals(IsmReport.withDefaults().withTransitiveCellsListed(true).withInputKind(kind).json(lib),
                out.strip());
    }

    private static Map<String, Integer> levels(Map<String, Object> doc) {
        Map<String, Integer> m = new LinkedHashMap<>();
        Json.arr(doc.get("variables")).forEach(v -> m.put((String) Json.obj(v).get("id"),
                (int) Json.num(Json.obj(v).get("level"))));
        return m;
    }

    private static int roman(String r) {
        return List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X").indexOf(r) + 1;
    }

    /**
     * Kumar, Sharma &amp; Chauhan (2014), doi:10.4995/ijpme.2014.2096: Table 2 SSIM and Table 3 IRM;
     * published driving / dependence power (Table 5), levels (Table 10) and MICMAC classes (§6).
     * Setting: defaults (closure, levels from sinks, split n/2).
     */
    @Test
    void kumar2014FromTheSsimAndFromTheReachabilityMatrix() throws Exception {
        String c = "kumar2014-offshore-9";
        Map<String, Object> exp = expected(c);
        for (String name : List.of("ssim.csv", "input.csv")) {
            boolean ssim = name.equals("ssim.csv");
            Path f = file(c, name);
            CliRun raw = CliRun.of(ssim ? new String[] {"ism", f.toString(), "--ssim", "--json", "--transitive-cells"}
                    : new String[] {"ism", f.toString(), "--json", "--transitive-cells"});
            Map<String, Object> doc = json(ssim ? new String[] {f.toString(), "--ssim"} : new String[] {f.toString()});
            IsmInput in = ssim ? IsmInput.readSsim(f) : IsmInput.readReachability(f);
            assertMatchesLibrary(Ism.withDefaults().analyze(in), in.kind(), doc, raw.out());
            List<Object> vars = Json.arr(doc.get("variables"));
            List<Object> driving = Json.arr(exp.get("driving_power"));
            List<Object> dependence = Json.arr(exp.get("dependence_power"));
            for (int i = 0; i < vars.size(); i++) {
                assertEquals(driving.get(i), Json.obj(vars.get(i)).get("drivingPower"), name + " driving " + i);
                assertEquals(dependence.get(i), Json.obj(vars.get(i)).get("dependencePower"),
                        name + " dependence " + i);
            }
            Map<String, Integer> printed = new LinkedHashMap<>();
            Json.obj(exp.get("levels")).forEach((k, v) -> printed.put(k, roman((String) v)));
            assertEquals(printed, levels(doc), name);
            Map<String, Set<String>> clusters = new LinkedHashMap<>();
            Json.obj(exp.get("micmac_classes")).forEach((k, v) -> clusters.put(k.toUpperCase(java.util.Locale.ROOT),
                    new HashSet<>(Json.arr(v).stream().map(String.class::cast).toList())));
            Map<String, Set<String>> mine = new LinkedHashMap<>();
            clusters.keySet().forEach(k -> mine.put(k, new HashSet<>()));
            vars.forEach(v -> mine.get((String) Json.obj(v).get("cluster")).add((String) Json.obj(v).get("id")));
            assertEquals(clusters, mine, name);
            assertEquals(4.5, Json.num(Json.obj(doc.get("thresholds")).get("driving")));
        }
    }

    /**
     * CRAN package ISM 0.1.0 ReadMe example: levels A3 = 1, {A2, A4, A5} = 2, A1 = 3 and the one
     * cell added by transitivity, A5 → A4. Setting: defaults.
     */
    @Test
    void cranIsmReadme() throws Exception {
        String c = "cran-ism-readme-5";
        Path f = file(c, "input.csv");
        Map<String, Object> doc = json(f.toString());
        IsmInput in = IsmInput.readReachability(f);
        assertMatchesLibrary(Ism.withDefaults().analyze(in), in.kind(), doc,
                CliRun.of("ism", f.toString(), "--json", "--transitive-cells").out());
        Map<String, Integer> printed = new LinkedHashMap<>();
        Json.obj(expected(c).get("levels")).forEach((k, v) -> printed.put(k, (int) Json.num(v)));
        assertEquals(new LinkedHashMap<>(printed), new LinkedHashMap<>(sortedLike(levels(doc), printed)));
        List<Object> cells = Json.arr(doc.get("transitiveCells"));
        assertEquals(1, cells.size());
        List<Object> published = Json.arr(Json.arr(expected(c).get("transitive_entries_added")).get(0));
        assertEquals(published.get(0), Json.obj(cells.get(0)).get("from"));
        assertEquals(published.get(1), Json.obj(cells.get(0)).get("to"));
    }

    /** Without --transitive-cells the document gives the number of 1* cells, not the list (up to n²). */
    @Test
    void transitiveCellsAreCountedUnlessListed() {
        Path f = file("cran-ism-readme-5", "input.csv");
        CliRun r = CliRun.of("ism", f.toString(), "--json");
        assertEquals(0, r.status(), r.err());
        Map<String, Object> doc = Json.obj(Json.parse(r.out()));
        assertEquals(1L, doc.get("transitiveCellCount"));
        assertEquals(false, doc.containsKey("transitiveCells"));
    }

    private static Map<String, Integer> sortedLike(Map<String, Integer> m, Map<String, Integer> order) {
        Map<String, Integer> out = new LinkedHashMap<>();
        order.keySet().forEach(k -> out.put(k, m.get(k)));
        assertEquals(order.keySet(), m.keySet());
        return out;
    }

    /**
     * SciTePress 2021 paper 103153, Table 3 (a "final" reachability matrix that is not closed) and
     * Table 4 levels of C1..C14 (C15, C16 cut off in the source). Setting that reproduces it:
     * --as-given; the printed 1* marks are read as 1 and reported as the marked cells.
     */
    @Test
    void scitepress2021AsGiven() throws Exception {
        String c = "scitepress2021-16";
        Map<String, Object> published = Json.obj(expected(c).get("levels_published"));
        for (String name : List.of("final_reachability_matrix_binary.csv", "final_reachability_matrix_published.csv")) {
            Path f = file(c, name);
            Map<String, Object> doc = json(f.toString(), "--as-given");
            IsmInput in = IsmInput.readReachability(f);
            IsmResult lib = Ism.withDefaults().withClosure(ClosureMode.AS_GIVEN).analyze(in);
            assertMatchesLibrary(lib, in.kind(), doc,
                    CliRun.of("ism", f.toString(), "--as-given", "--json", "--transitive-cells").out());
            Map<String, Integer> mine = levels(doc);
            published.forEach((id, level) -> assertEquals((int) Json.num(level), mine.get(id), name + " " + id));
            assertEquals("AS_GIVEN", Json.obj(doc.get("settings")).get("closure"));
        }
        // closing the matrix first does not reproduce the paper (3 levels instead of 6)
        Map<String, Object> closed = json(file(c, "final_reachability_matrix_binary.csv").toString());
        assertEquals(3, Json.arr(closed.get("levels")).size());
    }

    @Test
    void levelsFromSourcesReverseTheNumbering() throws Exception {
        Path f = file("kumar2014-offshore-9", "ssim.csv");
        Map<String, Object> doc = json(f.toString(), "--ssim", "--levels-from", "sources");
        IsmInput in = IsmInput.readSsim(f);
        IsmResult lib = Ism.withDefaults().withLevelNumbering(LevelNumbering.FROM_SOURCES).analyze(in);
        assertMatchesLibrary(lib, in.kind(), doc, CliRun.of("ism", f.toString(), "--ssim", "--levels-from", "sources",
                "--json", "--transitive-cells").out());
        assertEquals(List.of("R3"), Json.arr(doc.get("levels")).get(0));
    }

    @Test
    void bottomUpPartitionFromSources() throws Exception {
        Path f = file("kumar2014-offshore-9", "ssim.csv");
        String[] args = {f.toString(), "--ssim", "--partition", "bottom-up", "--levels-from", "sources"};
        Map<String, Object> doc = json(args);
        IsmInput in = IsmInput.readSsim(f);
        IsmResult lib = Ism.withDefaults().withPartition(Partition.BOTTOM_UP)
                .withLevelNumbering(LevelNumbering.FROM_SOURCES).analyze(in);
        assertEquals("BOTTOM_UP", Json.obj(doc.get("settings")).get("partition"));
        // level 1 is the first set removed: the variables no other variable reaches
        assertEquals(lib.iterations().get(0).selected(), Json.arr(doc.get("levels")).get(0));
        CliRun.of("ism", f.toString(), "--partition", "sideways").assertBadInput("top-down or bottom-up");
    }

    @Test
    void tableAndReportFolder() throws Exception {
        Path f = file("kumar2014-offshore-9", "ssim.csv");
        Path out = tmp.resolve("ism");
        CliRun r = CliRun.of("ism", f.toString(), "--ssim", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("R3 +9 +1 +IV +INDEPENDENT")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.strip().equals("I     R1, R4, R8, R9")), r.out());
        for (String name : List.of("ism-levels.svg", "ism-micmac.svg", "ism-report.html")) {
            assertTrue(Files.size(out.resolve(name)) > 500, name);
        }
        assertTrue(r.out().contains("ism-report.html"));
        // --json with --out: the document alone on stdout, and the folder too
        Path out2 = tmp.resolve("ism2");
        CliRun j = CliRun.of("ism", f.toString(), "--ssim", "--json", "--out", out2.toString());
        Json.parse(j.out());
        assertTrue(Files.exists(out2.resolve("ism-levels.svg")));
    }
}
