package org.micmac4j.report.ism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.micmac4j.ism.ClosureMode;
import org.micmac4j.ism.Ism;
import org.micmac4j.ism.IsmInput;
import org.micmac4j.ism.IsmResult;
import org.micmac4j.ism.LevelNumbering;
import org.micmac4j.testutil.Resources;
import org.micmac4j.testutil.XmlCheck;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The ISM pictures and pages: valid XML, one node and one label per variable, no label overlaps. */
class IsmReportTest {
    static List<IsmResult> isms = new ArrayList<>();

    @BeforeAll
    static void analyse() throws Exception {
        isms.add(Ism.withDefaults().analyze(
                IsmInput.readSsim(Resources.path("/cases/ism/kumar2014-offshore-9/ssim.csv"))));
        isms.add(Ism.withDefaults().withLevelNumbering(LevelNumbering.FROM_SOURCES)
                .analyze(IsmInput.readSsim(Resources.path("/cases/ism/kumar2014-offshore-9/ssim.csv"))));
        isms.add(Ism.withDefaults().withClosure(ClosureMode.AS_GIVEN).analyze(IsmInput.readReachability(
                Resources.path("/cases/ism/scitepress2021-16/final_reachability_matrix_published.csv"))));
        isms.add(Ism.withDefaults().analyze(randomReachability(40, 0.06, 11)));
    }

    /** A random 0/1 matrix whose ids need escaping. */
    static IsmInput randomReachability(int n, double p, long seed) {
        Random rnd = new Random(seed);
        List<String> ids = new ArrayList<>();
        boolean[][] m = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            ids.add("V" + (i + 1) + (i % 7 == 0 ? "<&>" : ""));
            for (int j = 0; j < n; j++) {
                m[i][j] = i == j || rnd.nextDouble() < p;
            }
        }
        return IsmInput.fromReachability(ids, m);
    }

    @Test
    void ismPlaneHasOnePointAndLabelPerVariableAndTheClusterNames() throws Exception {
        for (IsmResult r : isms) {
            String svg = IsmPlaneSvg.of(r);
            Document d = XmlCheck.parse(svg);
            assertEquals(r.size(), XmlCheck.elements(d, "circle", "point").size());
            XmlCheck.assertLabelsOnceWithoutOverlap(d, r.ids(), "ism-micmac " + r.size());
            for (String cluster : List.of("AUTONOMOUS", "DEPENDENT", "LINKAGE", "INDEPENDENT")) {
                assertTrue(svg.contains(">" + cluster + "<"), cluster);
            }
        }
    }

    @Test
    void levelDiagramHasOneBoxPerVariableInItsLevelRowAndTheArrows() throws Exception {
        for (IsmResult r : isms) {
            Document d = XmlCheck.parse(IsmLevelsSvg.of(r));
            List<Element> nodes = XmlCheck.elements(d, "rect", "node");
            assertEquals(r.size(), nodes.size());
            List<Element> labels = XmlCheck.elements(d, "text", "label");
            assertEquals(new HashSet<>(r.ids()), new HashSet<>(labels.stream().map(Element::getTextContent).toList()));
            assertEquals(r.size(), labels.size());
            // rows: same level, same y (or a further line of it when the level is wider than the picture);
            // level I on top with levels from sinks, at the bottom from sources
            double[] y = new double[r.size()];
            for (int i = 0; i < r.size(); i++) {
                y[i] = Double.parseDouble(nodes.get(i).getAttribute("y"));
            }
            for (int i = 0; i < r.size(); i++) {
                for (int j = 0; j < r.size(); j++) {
                    int li = r.variables().get(i).level();
                    int lj = r.variables().get(j).level();
                    if (li == lj) {
                        assertEquals(0, Math.abs(y[i] - y[j]) % IsmLevelsSvg.LINE_GAP, 1e-9);
                    } else if (li < lj) {
                        assertTrue(r.config().levelNumbering() == LevelNumbering.FROM_SINKS ? y[i] < y[j]
                                : y[i] > y[j]);
                    }
                }
            }
            assertFalse(XmlCheck.elements(d, "path", "edge").isEmpty());
            boolean cycles = r.reducedEdges().stream().anyMatch(e -> e.withinCycle());
            assertEquals(cycles, !XmlCheck.elements(d, "rect", "cycle").isEmpty());
        }
        // Kumar 2014: two cycles, {R1, R4, R8, R9} and {R2, R6, R7}, and a chain R3 -> R5 -> {R2..} -> {R1..}
        Document k = XmlCheck.parse(IsmLevelsSvg.of(isms.get(0)));
        assertEquals(2, XmlCheck.elements(k, "rect", "cycle").size());
        assertEquals(3, XmlCheck.elements(k, "path", "edge").size());
    }

    @Test
    void pagesAreWellFormedWithTablesAndPictures(@TempDir Path tmp) throws Exception {
        IsmResult kumar = isms.get(0);
        Map<String, String> files = IsmReport.withDefaults().withTitle("Kumar & <2014>").render(kumar);
        assertEquals(List.of("ism-levels.svg", "ism-micmac.svg", "ism-report.html"), List.copyOf(files.keySet()));
        String html = files.get("ism-report.html");
        Document d = XmlCheck.parse(html);
        assertEquals(2, XmlCheck.elements(d, "svg", null).size());
        assertTrue(html.contains("Kumar &amp; &lt;2014&gt;"));
        assertEquals(kumar.transitiveCells().size(), XmlCheck.elements(d, "td", "n mark").size(), "1* cells marked");
        assertEquals(kumar.iterations().size(), XmlCheck.elements(d, "h3", null).size(), "one table per iteration");
        for (IsmResult r : isms) {
            XmlCheck.parse(IsmReport.withDefaults().render(r).get("ism-report.html"));
        }
        List<Path> written = IsmReport.withDefaults().write(kumar, tmp.resolve("a/b"));
        assertEquals(3, written.size());
        XmlCheck.assertEachParses(written);
    }
}
