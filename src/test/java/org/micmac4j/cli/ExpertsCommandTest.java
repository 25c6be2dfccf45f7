package org.micmac4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.micmac4j.Draws;
import org.micmac4j.Micmac;
import org.micmac4j.Scale;
import org.micmac4j.Sector;
import org.micmac4j.View;
import org.micmac4j.ViewResult;
import org.micmac4j.agreement.AlphaMetric;
import org.micmac4j.experts.CellDispersion;
import org.micmac4j.experts.Panel;
import org.micmac4j.experts.PanelCsv;
import org.micmac4j.experts.PanelResult;
import org.micmac4j.experts.PanelSynthesis;
import org.micmac4j.experts.Robustness;
import org.micmac4j.experts.RobustnessResult;
import org.micmac4j.experts.VariableRobustness;
import org.micmac4j.io.VariablesCsv;
import org.micmac4j.testutil.Json;

/** {@code micmac experts} on the example panel (examples/hdf-industry-2040/panel), and its errors. */
class ExpertsCommandTest {
    /** The JSON member of each view, as the document promises. */
    private static final Map<View, String> KEYS = Map.of(View.DIRECT, "direct", View.INDIRECT, "indirect",
            View.POTENTIAL_DIRECT, "potentialDirect", View.POTENTIAL_INDIRECT, "potentialIndirect");

    static final Path EXAMPLE = Path.of("examples/hdf-industry-2040");
    static final Path PANEL = EXAMPLE.resolve("panel");
    static final Path VARS = EXAMPLE.resolve("variables.csv");

    @TempDir
    Path tmp;

    static Panel examplePanel() throws IOException {
        Panel p = PanelCsv.readFolder(PANEL, VariablesCsv.read(VARS), Scale.CLASSIC);
        return PanelCsv.readWeights(PANEL.resolve("experts.csv"), p);
    }

    @Test
    void jsonMatchesTheLibrary() throws IOException {
        CliRun r = CliRun.of("experts", PANEL.toString(), "--variables", VARS.toString(), "--rule", "median",
                "--draws", "40", "--seed", "7", "--threads", "2", "--json");
        assertEquals(0, r.status(), r.err());
        Map<String, Object> doc = Json.obj(Json.parse(r.out()));

        Panel panel = examplePanel();
        PanelSynthesis s = PanelSynthesis.withDefaults().withRule(org.micmac4j.experts.AggregationRule.MEDIAN);
        PanelResult lib = s.synthesize(panel);
        RobustnessResult mc = Robustness.withDefaults()
                .withDraws(Draws.withDefaults().withCount(40).withSeed(7).withThreads(1)).run(panel, s);

        assertEquals(List.of("economist", "industrialist", "regional-agency", "researcher", "trade-union"),
                doc.get("experts"));
        assertEquals("median", doc.get("rule"));
        assertEquals(40L, doc.get("draws"));
        assertEquals(7L, doc.get("seed"));
        Map<String, Object> w = Json.obj(Json.at(doc, "agreement", "kendallW"));
        assertEquals(lib.agreement().kendallW(View.DIRECT).influence().w(), Json.num(w.get("directInfluence")), 0);
        assertEquals(lib.agreement().kendallW(View.INDIRECT).dependence().w(), Json.num(w.get("indirectDependence")),
                0);
        assertEquals(lib.agreement().alpha(AlphaMetric.ORDINAL).alpha(),
                Json.num(Json.at(doc, "agreement", "krippendorffAlpha", "ordinal")), 0);
        assertEquals(lib.agreement().alpha(AlphaMetric.INTERVAL).alpha(),
                Json.num(Json.at(doc, "agreement", "krippendorffAlpha", "interval")), 0);

        List<Object> vars = Json.arr(doc.get("variables"));
        assertEquals(29, vars.size());
        for (int i = 0; i < vars.size(); i++) {
            Map<String, Object> v = Json.obj(vars.get(i));
            assertEquals(panel.variables().get(i).id(), v.get("id"));
            for (View view : View.values()) {
                ViewResult vr = lib.analysis().view(view);
                Map<String, Object> o = Json.obj(Json.at(v, "aggregate", KEYS.get(view)));
                assertEquals(vr.influence(i), Json.num(o.get("influence")), 1e-12);
                assertEquals((long) vr.influenceRank(i), o.get("influenceRank"));
                assertEquals(vr.sector(i).name(), o.get("sector"));
            }
            VariableRobustness x = mc.view(View.INDIRECT).get(i);
            for (Sector sec : Sector.values()) {
                assertEquals(x.probability(sec),
                        Json.num(Json.at(v, "robustness", "indirect", "sectorProbability", sec.name())), 0);
            }
            assertEquals(x.influenceRank().p95(),
                    Json.num(Json.at(v, "robustness", "indirect", "influenceRank", "p95")), 0);
            assertEquals(x.dependenceRank().median(),
                    Json.num(Json.at(v, "robustness", "indirect", "dependenceRank", "median")), 0);
        }
        List<Object> cells = Json.arr(doc.get("disputedCells"));
        assertEquals(lib.disputedCells().size(), cells.size());
        CellDispersion top = lib.disputedCells().get(0);
        Map<String, Object> first = Json.obj(cells.get(0));
        assertEquals(panel.variables().get(top.from()).id(), first.get("from"));
        assertEquals(top.standardDeviation(), Json.num(first.get("spread")), 0);
        Map<String, Object> scores = Json.obj(first.get("scores"));
        assertEquals(panel.experts(), List.copyOf(scores.keySet()));
        for (int e = 0; e < panel.expertCount(); e++) {
            Object score = scores.get(panel.experts().get(e));
            String token = panel.token(e, top.from(), top.to());
            if (token.isEmpty()) {
                assertNull(score);
            } else if (token.equals("P")) {
                assertEquals("P", score);
            } else {
                assertEquals(Double.parseDouble(token), Json.num(score), 0);
            }
        }
    }

    @Test
    void withoutDrawsRobustnessIsNull() {
        CliRun r = CliRun.of("experts", PANEL.toString(), "--variables", VARS.toString(), "--json");
        assertEquals(0, r.status(), r.err());
        Map<String, Object> doc = Json.obj(Json.parse(r.out()));
        assertEquals(0L, doc.get("draws"));
        assertNull(Json.obj(Json.arr(doc.get("variables")).get(0)).get("robustness"));
    }

    @Test
    void reportFolder() throws IOException {
        Path out = tmp.resolve("report");
        CliRun r = CliRun.of("experts", PANEL.toString(), "--variables", VARS.toString(), "--draws", "20", "--out",
                out.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("Kendall's W"), r.out());
        for (String f : List.of("report.html", "disputed-cells.csv", "agreement.csv", "coverage.csv",
                "leave-one-out.csv", "robustness.csv", "sector-probability.svg", "rank-intervals.svg", "aggregate.csv",
                "aggregate/report.html")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        List<String> delphi = Files.readAllLines(out.resolve("disputed-cells.csv"));
        assertTrue(delphi.get(0).startsWith("from,to,economist,industrialist,regional-agency,researcher,trade-union,"),
                delphi.get(0));
        assertEquals(PanelSynthesis.DISPUTED_CELLS_DEFAULT + 1, delphi.size());
    }

    @Test
    void longCsvGivesTheSamePanelAsTheFolder() throws IOException {
        Panel folder = examplePanel();
        StringBuilder s = new StringBuilder("expert,from,to,score\n");
        for (int e = 0; e < folder.expertCount(); e++) {
            for (int i = 0; i < folder.size(); i++) {
                for (int j = 0; j < folder.size(); j++) {
                    String t = folder.token(e, i, j);
                    if (!t.isEmpty()) {
                        s.append(folder.experts().get(e)).append(',').append(folder.variables().get(i).id()).append(',')
                                .append(folder.variables().get(j).id()).append(',').append(t).append('\n');
                    }
                }
            }
        }
        Path file = tmp.resolve("long.csv");
        Files.writeString(file, s);
        Panel fromLong = PanelCsv.readLong(file, VariablesCsv.read(VARS), Scale.CLASSIC);
        assertEquals(folder.experts(), fromLong.experts());
        for (int e = 0; e < folder.expertCount(); e++) {
            for (int i = 0; i < folder.size(); i++) {
                for (int j = 0; j < folder.size(); j++) {
                    assertEquals(folder.token(e, i, j), fromLong.token(e, i, j));
                }
            }
        }
    }

    @Test
    void workbookWithOneSheetPerExpertGivesTheSamePanelAsTheFolder() throws IOException {
        Panel folder = examplePanel();
        Path file = tmp.resolve("panel.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            for (int e = 0; e < folder.expertCount(); e++) {
                org.apache.poi.ss.usermodel.Sheet sh = wb.createSheet(folder.experts().get(e));
                org.apache.poi.ss.usermodel.Row head = sh.createRow(0);
                for (int j = 0; j < folder.size(); j++) {
                    head.createCell(j + 1).setCellValue(folder.variables().get(j).id());
                }
                for (int i = 0; i < folder.size(); i++) {
                    org.apache.poi.ss.usermodel.Row row = sh.createRow(i + 1);
                    row.createCell(0).setCellValue(folder.variables().get(i).id());
                    for (int j = 0; j < folder.size(); j++) {
                        String t = folder.token(e, i, j);
                        if (t.equals("P")) {
                            row.createCell(j + 1).setCellValue("P");
                        } else if (!t.isEmpty()) {
                            row.createCell(j + 1).setCellValue(Double.parseDouble(t));
                        }
                    }
                }
            }
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        Panel book = PanelCsv.readWorkbook(file, VariablesCsv.read(VARS), Scale.CLASSIC);
        assertEquals(folder.experts(), book.experts());
        for (int e = 0; e < folder.expertCount(); e++) {
            for (int i = 0; i < folder.size(); i++) {
                for (int j = 0; j < folder.size(); j++) {
                    assertEquals(folder.token(e, i, j), book.token(e, i, j));
                }
            }
        }
        CliRun r = CliRun.of("experts", file.toString(), "--variables", VARS.toString(), "--json");
        assertEquals(0, r.status(), r.err());
    }

    @Test
    void workbookErrorsNameTheSheetAndCell() throws IOException {
        Path file = tmp.resolve("bad.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            org.apache.poi.ss.usermodel.Sheet sh = wb.createSheet("carol");
            org.apache.poi.ss.usermodel.Row head = sh.createRow(0);
            head.createCell(1).setCellValue("A");
            head.createCell(2).setCellValue("B");
            org.apache.poi.ss.usermodel.Row row = sh.createRow(1);
            row.createCell(0).setCellValue("A");
            row.createCell(2).setCellValue(7);
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        CliRun.of("experts", file.toString()).assertBadInput("expert carol", "sheet 'carol'", "C2", "7");
    }

    @Test
    void analyzeDrawsJsonMatchesTheLibrary() {
        CliRun r = CliRun.of("analyze", "--draws", "30", "--seed", "3", "--perturb", "0.2,0.05", "--json");
        assertEquals(0, r.status(), r.err());
        Map<String, Object> doc = Json.obj(Json.parse(r.out()));
        assertEquals(30L, Json.at(doc, "robustness", "draws"));
        Map<String, Object> v0 = Json.obj(Json.arr(Json.at(doc, "robustness", "variables")).get(0));
        assertEquals("CROISS", v0.get("id"));
        try {
            var input = StudyInput.bundled();
            RobustnessResult mc = Robustness.withDefaults().withDraws(Draws.withDefaults().withCount(30).withSeed(3))
                    .withPerturbation(0.2, 0.05)
                    .run(input.matrix(), Micmac.withDefaults());
            assertEquals(mc.view(View.INDIRECT).get(0).probability(Sector.INFLUENT),
                    Json.num(Json.at(v0, "indirect", "sectorProbability", "INFLUENT")), 0);
            assertEquals(mc.stableProbability(), Json.num(Json.at(doc, "robustness", "stableProbability")), 0);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertEquals("CROISS", Json.obj(Json.arr(Json.at(doc, "analysis", "variables")).get(0)).get("id"));
    }

    @Test
    void badInputsNameTheExpertFileRowAndColumn() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("bad"));
        Files.writeString(dir.resolve("ann.csv"), ",A,B,C\nA,,2,\nB,1,,3\n");
        Files.writeString(dir.resolve("bob.csv"), ",A,B,C\nA,,4,\n");
        CliRun r = CliRun.of("experts", dir.toString());
        r.assertBadInput("expert bob", "bob.csv", "line 2", "row A", "column B", "4");

        Files.writeString(dir.resolve("bob.csv"), ",A,B,X\nA,,1,\n");
        CliRun unknown = CliRun.of("experts", dir.toString(), "--variables", writeVars(dir));
        unknown.assertBadInput("bob.csv", "unknown variable id 'X'");

        Files.writeString(dir.resolve("bob.csv"), ",A,B,C\nA,,,\n");
        CliRun nothing = CliRun.of("experts", dir.toString());
        nothing.assertBadInput("expert bob scored nothing");

        Files.writeString(dir.resolve("bob.csv"), ",A,B,C\nA,,1\n");
        CliRun ragged = CliRun.of("experts", dir.toString());
        ragged.assertBadInput("bob.csv", "line 2", "ragged");

        Files.writeString(dir.resolve("bob.csv"), ",A,B,C\nA,,1,\n");
        Files.writeString(dir.resolve("experts.csv"), "expert,weight\nann,1\nbob,-1\n");
        CliRun weight = CliRun.of("experts", dir.toString());
        weight.assertBadInput("experts.csv", "line 3", "bob", "weight");
    }

    @Test
    void badLongCsv() throws IOException {
        Path f = tmp.resolve("long.csv");
        Files.writeString(f, "expert,from,to,score\nann,A,B,2\nann,A,B,3\n");
        CliRun.of("experts", f.toString()).assertBadInput("line 3", "ann", "A -> B", "again", "line 2");
        Files.writeString(f, "expert,from,to,score\nann,A,B,x\n");
        CliRun.of("experts", f.toString()).assertBadInput("line 2", "ann", "'x'");
        Files.writeString(f, "expert,from,to\nann,A,B\n");
        CliRun.of("experts", f.toString()).assertBadInput("missing column 'score'");
    }

    /** Every variable's indirect sector probabilities and median ranks in the document equal the library's. */
    private static void assertSameRobustness(RobustnessResult mc, List<Object> vars, String... path) {
        assertEquals(mc.variables().size(), vars.size());
        for (int i = 0; i < vars.size(); i++) {
            Map<String, Object> v = Json.obj(Json.at(Json.obj(vars.get(i)), path));
            VariableRobustness x = mc.view(View.INDIRECT).get(i);
            for (Sector sec : Sector.values()) {
                assertEquals(x.probability(sec), Json.num(Json.at(v, "sectorProbability", sec.name())), 0);
            }
            assertEquals(x.influenceRank().median(), Json.num(Json.at(v, "influenceRank", "median")), 0);
        }
    }

    @Test
    void drawnPWeightAndSplitRulesMatchTheLibrary() throws IOException {
        CliRun r = CliRun.of("experts", PANEL.toString(), "--variables", VARS.toString(), "--draws", "25", "--seed",
                "4", "--p-weight-range", "1,3", "--split-rules", "mean, median", "--json");
        assertEquals(0, r.status(), r.err());
        Panel panel = examplePanel();
        Robustness drawn = Robustness.withDefaults().withDraws(Draws.withDefaults().withCount(25).withSeed(4))
                .withPotentialWeightRange(1, 3)
                .withSplitRules(java.util.EnumSet.of(org.micmac4j.SplitRule.MEAN, org.micmac4j.SplitRule.MEDIAN));
        RobustnessResult mc = drawn.run(panel, PanelSynthesis.withDefaults());
        assertSameRobustness(mc, Json.arr(Json.obj(Json.parse(r.out())).get("variables")), "robustness", "indirect");
        // Not the result without those sources (else the options would not be tested).
        RobustnessResult plain = Robustness.withDefaults().withDraws(Draws.withDefaults().withCount(25).withSeed(4))
                .run(panel,
                PanelSynthesis.withDefaults());
        assertTrue(!fingerprint(plain).equals(fingerprint(mc)));

        CliRun a = CliRun.of("analyze", "--draws", "25", "--seed", "4", "--perturb", "0,0", "--p-weight-range",
                "0.5,3", "--split-rules", "median,midpoint,mean-plus-sd", "--json");
        assertEquals(0, a.status(), a.err());
        Map<String, Object> doc = Json.obj(Json.parse(a.out()));
        assertEquals(List.of(0.5, 3.0), Json.arr(Json.at(doc, "robustness", "pWeightRange")).stream()
                .map(Json::num).toList());
        assertEquals(List.of("MEDIAN", "MIDPOINT", "MEAN_PLUS_SD"), Json.arr(Json.at(doc, "robustness", "splitRules")));
        RobustnessResult single = Robustness.withDefaults().withDraws(Draws.withDefaults().withCount(25).withSeed(4))
                .withPotentialWeightRange(0.5, 3)
                .withSplitRules(java.util.EnumSet.of(org.micmac4j.SplitRule.MEDIAN, org.micmac4j.SplitRule.MIDPOINT,
                        org.micmac4j.SplitRule.MEAN_PLUS_SD))
                .run(StudyInput.bundled().matrix(), Micmac.withDefaults());
        assertSameRobustness(single, Json.arr(Json.at(doc, "robustness", "variables")), "indirect");
        assertEquals(single.stableProbability(), Json.num(Json.at(doc, "robustness", "stableProbability")), 0);
    }

    private static String fingerprint(RobustnessResult r) {
        StringBuilder s = new StringBuilder();
        for (VariableRobustness x : r.view(View.INDIRECT)) {
            s.append(x.sectorProbability()).append(x.influenceRank());
        }
        return s.toString();
    }

    @Test
    void badDrawnChoices() {
        for (String command : new String[] {"experts", "analyze"}) {
            String[] head = command.equals("experts") ? new String[] {"experts", PANEL.toString(), "--draws", "5"}
                    : new String[] {"analyze", "--draws", "5"};
            run(head, "--p-weight-range", "3,1").assertBadInput("--p-weight-range", "3,1", "A <= B");
            run(head, "--p-weight-range", "1").assertBadInput("--p-weight-range", "A,B");
            run(head, "--p-weight-range", "-1,2").assertBadInput("--p-weight-range", "-1,2");
            run(head, "--p-weight-range", "1,x").assertBadInput("--p-weight-range", "1,x");
            run(head, "--split-rules", "mean,fixed").assertBadInput("--split-rules", "'fixed'", "mean-plus-sd");
            run(head, "--split-rules", "mean,,median").assertBadInput("--split-rules", "''");
            run(head, "--split-rules", "median,median").assertBadInput("--split-rules", "twice");
        }
        // A single matrix needs a source: no perturbation and one rule is none.
        CliRun.of("analyze", "--draws", "5", "--perturb", "0,0", "--split-rules", "median")
                .assertBadInput("no source of uncertainty");
    }

    private static CliRun run(String[] head, String... tail) {
        String[] args = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, args, head.length, tail.length);
        return CliRun.of(args);
    }

    @Test
    void badOptions() {
        CliRun.of("experts", PANEL.toString(), "--rule", "average").assertBadInput("--rule");
        CliRun.of("experts", PANEL.toString(), "--perturb", "2,0").assertBadInput("P,Q");
        CliRun.of("experts", "no/such/folder").assertBadInput("no/such/folder");
    }

    private static String writeVars(Path dir) throws IOException {
        Path v = dir.getParent().resolve("vars.csv");
        Files.writeString(v, "id,name\nA,a\nB,b\nC,c\n");
        return v.toString();
    }
}
