package org.micmac4j.report.micmac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.micmac4j.MicmacResult;
import org.micmac4j.Variable;
import org.micmac4j.report.internal.render.Box;
import org.micmac4j.testutil.Studies;
import org.micmac4j.testutil.XmlCheck;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class MicmacReportTest {
    static final List<String> PLANES = List.of("plane-direct.svg", "plane-indirect.svg", "plane-potential-indirect.svg",
            "displacement.svg");
    static final List<String> GRAPHS = List.of("graph-direct.svg", "graph-indirect.svg");

    static MicmacResult example;
    static MicmacResult large;
    static Map<String, String> exampleFiles;
    static Map<String, String> largeFiles;

    @BeforeAll
    static void render() throws Exception {
        example = Studies.example();
        large = Studies.random(100, 7);
        exampleFiles = MicmacReport.withDefaults().withTitle("Example & <test>")
                .withNotes(List.of("Scores are ILLUSTRATIVE & not the study's")).render(example);
        largeFiles = MicmacReport.withDefaults().render(large);
    }

    static List<String> ids(MicmacResult r) {
        List<String> ids = new ArrayList<>();
        for (Variable v : r.variables()) {
            ids.add(v.id());
        }
        return ids;
    }

    @Test
    void planesHaveOnePointAndOneLabelPerVariableWithoutOverlaps() throws Exception {
        for (MicmacResult r : List.of(example, large)) {
            Map<String, String> files = r == example ? exampleFiles : largeFiles;
            for (String name : PLANES) {
                Document d = XmlCheck.parse(files.get(name));
                assertEquals(r.variables().size(), XmlCheck.elements(d, "circle", "point").size(), name);
                List<Element> labels = XmlCheck.elements(d, "text", "label");
                List<String> texts = new ArrayList<>();
                List<Box> boxes = new ArrayList<>();
                for (Element e : labels) {
                    texts.add(e.getTextContent());
                    boxes.add(XmlCheck.labelBox(e));
                }
                assertEquals(ids(r), sorted(texts, ids(r)), name + ": every id labelled once");
                for (int i = 0; i < boxes.size(); i++) {
                    for (int j = i + 1; j < boxes.size(); j++) {
                        assertFalse(boxes.get(i).overlaps(boxes.get(j)), name + ": labels " + texts.get(i) + " and "
                                + texts.get(j) + " overlap");
                    }
                }
                for (String sector : List.of("INFLUENT", "RELAY", "DEPENDENT", "AUTONOMOUS")) {
                    assertTrue(files.get(name).contains(">" + sector + "<"), name + " names " + sector);
                }
            }
        }
    }

    private static List<String> sorted(List<String> texts, List<String> order) {
        List<String> out = new ArrayList<>(texts);
        out.sort(java.util.Comparator.comparingInt(order::indexOf));
        return out;
    }

    @Test
    void displacementHasATailAndAHeadPerVariable() throws Exception {
        Document d = XmlCheck.parse(exampleFiles.get("displacement.svg"));
        assertEquals(29, XmlCheck.elements(d, "circle", "tail").size());
        assertEquals(29, XmlCheck.elements(d, "circle", "point").size());
    }

    @Test
    void graphsHaveEveryNodeAndLabelAndParse() throws Exception {
        for (MicmacResult r : List.of(example, large)) {
            Map<String, String> files = r == example ? exampleFiles : largeFiles;
            for (String name : GRAPHS) {
                Document d = XmlCheck.parse(files.get(name));
                assertEquals(r.variables().size(), XmlCheck.elements(d, "circle", "node").size(), name);
                Set<String> labels = new HashSet<>();
                XmlCheck.elements(d, "text", "label").forEach(e -> labels.add(e.getTextContent()));
                assertEquals(new HashSet<>(ids(r)), labels, name);
                assertFalse(XmlCheck.elements(d, "path", "edge").isEmpty(), name);
            }
            for (String g : List.of("graph-direct.graphml", "graph-indirect.graphml")) {
                Document d = XmlCheck.parse(files.get(g));
                assertEquals(r.variables().size(), XmlCheck.elements(d, "node", null).size(), g);
            }
            for (String g : List.of("graph-direct.dot", "graph-indirect.dot")) {
                String dot = files.get(g);
                assertTrue(dot.startsWith("digraph ") && dot.strip().endsWith("}"), g);
                for (String id : ids(r)) {
                    assertTrue(dot.contains("\"" + id + "\""), g + " has " + id);
                }
            }
        }
    }

    @Test
    void directGraphKeepsStrongLinksAndPotentialOnes() {
        InfluenceGraph g = InfluenceGraph.direct(example, 20);
        assertEquals(282, g.totalEdges());
        // 20 % of 282 = 56 links; the cut falls inside the 84 links scored 2, so only the 25 scored 3 and the
        // 8 P links remain
        assertEquals(33, g.edges().size());
        assertEquals(8, g.edges().stream().filter(InfluenceGraph.Edge::potential).count());
        assertEquals(282, InfluenceGraph.direct(example, 100).edges().size());
    }

    @Test
    void indirectGraphClassesAreQuintiles() {
        InfluenceGraph all = InfluenceGraph.indirect(example, 100);
        int[] counts = new int[5];
        all.edges().forEach(e -> counts[e.edgeClass()]++);
        for (int c : counts) {
            assertEquals(all.edges().size() / 5.0, c, all.edges().size() * 0.05 + 1);
        }
        InfluenceGraph top = InfluenceGraph.indirect(example, 20);
        assertTrue(top.edges().size() <= Math.ceil(all.edges().size() * 0.2));
        assertTrue(top.edges().stream().allMatch(e -> e.edgeClass() == 4));
    }

    @Test
    void htmlIsWellFormedWithTablesPicturesAndNotes() throws Exception {
        for (Map<String, String> files : List.of(exampleFiles, largeFiles)) {
            String html = files.get("report.html");
            Document d = XmlCheck.parse(html);
            assertEquals(6, XmlCheck.elements(d, "svg", null).size());
            assertFalse(html.contains("<script") || html.contains("href=\"http") || html.contains("src=\""),
                    "self-contained");
            for (String heading : List.of("Matrix characteristics", "Stability of the indirect ranking",
                    "Structure of the influence graph", "Classification", "Displacement from direct to indirect")) {
                assertTrue(html.contains("\">" + heading + "</h2>"), heading);
            }
        }
        String html = exampleFiles.get("report.html");
        assertTrue(html.contains("Scores are ILLUSTRATIVE &amp; not the study&#39;s"));
        assertTrue(html.contains("Example &amp; &lt;test&gt;"));
        assertTrue(html.contains("cells scored P"));
        assertTrue(html.contains("Perron limit ranking"));
        for (String id : ids(example)) {
            assertTrue(html.contains("<td>" + id + "</td>"), id);
        }
    }

    /**
     * With the robustness of the matrix, the page gains the robustness section of the panel report
     * (its two pictures inline and one table row per variable with the library's probabilities),
     * and the folder its three files; without, none of them.
     */
    @Test
    void robustnessAddsItsSectionAndFiles() throws Exception {
        org.micmac4j.experts.RobustnessResult mc = org.micmac4j.experts.Robustness.withDefaults()
                .withDraws(org.micmac4j.Draws.withDefaults().withCount(40).withSeed(2)).withPerturbation(0.1, 0.02)
                .withPotentialWeightRange(1, 3)
                .run(example.matrix(), example.config());
        Map<String, String> files = MicmacReport.withDefaults().withRobustness(mc).render(example);
        for (String f : List.of("robustness.csv", "sector-probability.svg", "rank-intervals.svg")) {
            assertTrue(files.containsKey(f), f);
            assertFalse(exampleFiles.containsKey(f), f + " without robustness");
        }
        String html = files.get("report.html");
        Document d = XmlCheck.parse(html);
        assertEquals(6 + 2, XmlCheck.elements(d, "svg", null).size(), "the two robustness pictures inline");
        assertTrue(html.contains("\">Robustness (Monte Carlo)</h2>"));
        assertFalse(exampleFiles.get("report.html").contains("Robustness (Monte Carlo)"));
        assertTrue(html.contains("40 draws, seed 2 (perturbation p = 0.1, q = 0.02; P weight drawn uniformly in "
                + "[1.0, 3.0])"), "sources named, no panel source for a single matrix");
        assertTrue(html.indexOf("Robustness (Monte Carlo)") < html.indexOf(">Pictures</h2>"), "before the pictures");
        for (org.micmac4j.experts.VariableRobustness v : mc.view(org.micmac4j.View.INDIRECT)) {
            String row = "<td>" + v.variable().id() + "</td>";
            int at = html.indexOf(row, html.indexOf("Robustness (Monte Carlo)"));
            assertTrue(at > 0, row);
            String expected = String.format(java.util.Locale.ROOT, "%.2f", v.probability(org.micmac4j.Sector.INFLUENT));
            assertTrue(html.startsWith(expected, html.indexOf('>', html.indexOf("<td", at + row.length())) + 1),
                    v.variable().id() + " P(INFLUENT) " + expected);
        }
    }

    @Test
    void resultsCsvHasOneRowPerVariableAndEveryView() {
        List<String> lines = exampleFiles.get("results.csv").lines().toList();
        assertEquals(30, lines.size());
        assertEquals(3 + 4 * 5, lines.get(0).split(",").length);
        assertTrue(lines.get(0).contains("potential_indirect_sector"));
        assertTrue(lines.get(1).startsWith("CROISS,World economic growth,Global economic context,"));
        String big = largeFiles.get("results.csv");
        assertTrue(big.contains("\"Variable é'&<\"\"> n°1\""), "quoted per RFC 4180");
    }

    @Test
    void writeCreatesTheFolder(@TempDir Path tmp) throws Exception {
        List<Path> files = MicmacReport.withDefaults().write(example, tmp.resolve("a/b"));
        assertEquals(12, files.size());
        for (Path f : files) {
            assertTrue(Files.size(f) > 0, f.toString());
            if (f.toString().endsWith(".svg")) {
                assertTrue(Files.readString(f).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
                XmlCheck.parse(Files.readString(f));
            }
        }
    }
}
