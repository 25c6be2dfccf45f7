package org.micmac4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Micmac;
import org.micmac4j.MicmacResult;
import org.micmac4j.SplitRule;
import org.micmac4j.Variable;
import org.micmac4j.View;
import org.micmac4j.ViewResult;
import org.micmac4j.io.MatrixCsv;
import org.micmac4j.report.micmac.MicmacReport;
import org.micmac4j.testutil.Json;

class AnalyzeCommandTest {
    /** The JSON member of each view, as the document promises. */
    private static final Map<View, String> KEYS = Map.of(View.DIRECT, "direct", View.INDIRECT, "indirect",
            View.POTENTIAL_DIRECT, "potentialDirect", View.POTENTIAL_INDIRECT, "potentialIndirect");

    static final Path STUDY = Path.of("examples/hdf-industry-2040");

    @TempDir
    Path tmp;

    @Test
    void bundledStudyPrintsTheTableAndWritesTheReport() throws Exception {
        Path out = tmp.resolve("report");
        CliRun r = CliRun.of("analyze", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("ILLUSTRATIVE"), "the illustrative statement is printed");
        InfluenceMatrix m = MatrixCsv.read(STUDY.resolve("matrix.csv"), STUDY.resolve("variables.csv"));
        MicmacResult lib = Micmac.withDefaults().analyze(m);
        for (int i = 0; i < m.size(); i++) {
            String id = m.variable(i).id();
            String line = r.out().lines().filter(l -> l.startsWith(id + " ")).findFirst().orElseThrow();
            // id, name..., then the four ranks in order D.inf D.dep I.inf I.dep
            String ranks = String.format(" %d +%d +%d +%d +", lib.view(View.DIRECT).influenceRank(i),
                    lib.view(View.DIRECT).dependenceRank(i), lib.view(View.INDIRECT).influenceRank(i),
                    lib.view(View.INDIRECT).dependenceRank(i));
            assertTrue(java.util.regex.Pattern.compile(ranks).matcher(line).find(), line + " has ranks" + ranks);
            assertTrue(line.contains(lib.view(View.POTENTIAL_INDIRECT).sector(i).name()), line);
        }
        for (String f : List.of("plane-direct.svg", "plane-indirect.svg", "plane-potential-indirect.svg",
                "displacement.svg", "graph-direct.svg", "graph-indirect.svg", "graph-direct.dot", "graph-indirect.dot",
                "graph-direct.graphml", "graph-indirect.graphml", "results.csv", "report.html")) {
            assertTrue(Files.size(out.resolve(f)) > 100, f);
        }
        assertTrue(Files.readString(out.resolve("report.html")).contains("ILLUSTRATIVE"));
    }

    @Test
    void jsonIsOneDocumentMatchingTheLibrary() throws Exception {
        CliRun r = CliRun.of("analyze", STUDY.resolve("matrix.csv").toString(), "--variables",
                STUDY.resolve("variables.csv").toString(), "--order", "7", "--split", "median", "--p-potential", "2",
                "--json");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        assertEquals(1, r.out().strip().lines().count(), "one line, nothing else");
        InfluenceMatrix m = MatrixCsv.read(STUDY.resolve("matrix.csv"), STUDY.resolve("variables.csv"));
        MicmacResult lib = Micmac.withDefaults().withOrder(7).withSplit(SplitRule.MEDIAN).withPotentialWeights(0, 2)
                .analyze(m);
        assertMatches(lib, Json.parse(r.out()));
    }

    @Test
    void jsonOfTheBundledStudyMatchesTheLibraryWithAutomaticOrder() throws Exception {
        CliRun r = CliRun.of("analyze", "--json");
        assertEquals(0, r.status(), r.err());
        InfluenceMatrix m = MatrixCsv.read(STUDY.resolve("matrix.csv"), STUDY.resolve("variables.csv"));
        MicmacResult lib = Micmac.withDefaults().analyze(m);
        assertMatches(lib, Json.parse(r.out()));
        assertEquals(MicmacReport.withDefaults().json(lib), r.out().strip());
    }

    @SuppressWarnings("unchecked")
    @Test
    void realScaleAcceptsAveragedScoresThatTheClassicScaleRefuses(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path f = java.nio.file.Files.writeString(dir.resolve("avg.csv"), ",A,B,C\nA,0,1.5,2.25\nB,0.5,0,P\nC,3,0,0\n");
        CliRun.of("analyze", f.toString(), "--json").assertBadInput("avg.csv", "1.5 is out of the scale");
        CliRun r = CliRun.of("analyze", f.toString(), "--scale", "real", "--json");
        assertEquals(0, r.status(), r.err());
        MicmacResult lib = Micmac.withDefaults().analyze(MatrixCsv.read(f, org.micmac4j.Scale.PERMISSIVE));
        assertMatches(lib, Json.parse(r.out()));
    }

    static void assertMatches(MicmacResult lib, Object parsed) {
        Map<String, Object> doc = (Map<String, Object>) parsed;
        assertEquals(List.of("order", "stable", "structure", "split", "variables"), List.copyOf(doc.keySet()));
        assertEquals(lib.order(), Json.num(doc.get("order")));
        assertEquals(lib.isStable(), doc.get("stable"));
        Map<String, Object> s = (Map<String, Object>) doc.get("structure");
        assertEquals(lib.structure().kind().name(), s.get("kind"));
        assertEquals(lib.structure().period(), Json.num(s.get("period")));
        Map<String, Object> split = (Map<String, Object>) doc.get("split");
        ViewResult in = lib.view(View.INDIRECT);
        assertEquals(lib.config().split().name(), split.get("rule"));
        assertEquals(in.thresholds().influence(), Json.num(split.get("influence")));
        assertEquals(in.thresholds().dependence(), Json.num(split.get("dependence")));
        List<Object> vars = (List<Object>) doc.get("variables");
        assertEquals(lib.variables().size(), vars.size());
        for (int i = 0; i < vars.size(); i++) {
            Map<String, Object> v = (Map<String, Object>) vars.get(i);
            Variable var = lib.variables().get(i);
            assertEquals(List.of("id", "name", "group", "direct", "indirect", "potentialDirect", "potentialIndirect"),
                    List.copyOf(v.keySet()));
            assertEquals(var.id(), v.get("id"));
            assertEquals(var.name(), v.get("name"));
            assertEquals(var.group().orElse(null), v.get("group"));
            for (View view : View.values()) {
                Map<String, Object> x = (Map<String, Object>) v.get(KEYS.get(view));
                ViewResult vr = lib.view(view);
                assertEquals(List.of("influence", "dependence", "influenceRank", "dependenceRank", "sector"),
                        List.copyOf(x.keySet()));
                assertEquals(vr.influence(i), Json.num(x.get("influence")), 0.0, view + " " + var.id());
                assertEquals(vr.dependence(i), Json.num(x.get("dependence")), 0.0);
                assertEquals(vr.influenceRank(i), Json.num(x.get("influenceRank")));
                assertEquals(vr.dependenceRank(i), Json.num(x.get("dependenceRank")));
                assertEquals(vr.sector(i).name(), x.get("sector"));
            }
        }
    }

    @Test
    void jsonWithoutOutWritesNoReportButWithOutItDoes() {
        Path out = tmp.resolve("j");
        CliRun r = CliRun.of("analyze", "--json", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        Json.parse(r.out());
        assertTrue(Files.exists(out.resolve("report.html")));
    }

    @Test
    void helpListsTheOptions() {
        CliRun r = CliRun.of("analyze", "--help");
        assertEquals(0, r.status());
        for (String o : List.of("--variables", "--order", "--split", "--p-current", "--p-potential", "--out", "--json",
                "--debug")) {
            assertTrue(r.out().contains(o), o);
        }
        assertFalse(r.out().contains("${"), r.out());
    }
}
