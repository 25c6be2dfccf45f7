package org.micmac4j.report.micmac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.micmac4j.MicmacResult;
import org.micmac4j.StructureDiagnosis;
import org.micmac4j.View;
import org.micmac4j.ViewResult;
import org.micmac4j.report.internal.render.Box;
import org.micmac4j.report.internal.render.PlaneFrame;
import org.micmac4j.testutil.Studies;
import org.micmac4j.testutil.XmlCheck;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reports of studies too large to label every point or draw every link: the documented rules
 * (top variables labelled, links capped per variable) hold. Sizes only; no timing here (see
 * benchmarks/report-scale.sh).
 */
class ReportScaleTest {
    static final int N = 300;
    static MicmacResult study;
    static Map<String, String> files;

    @BeforeAll
    static void render() {
        study = Studies.random(N, 11);
        files = MicmacReport.withDefaults().render(study);
    }

    @Test
    void aboveTheLimitOnlyTheTopVariablesAreLabelledAndEveryPointRemains() throws Exception {
        assertTrue(N > PlaneFrame.LABEL_ALL_MAX);
        for (View view : List.of(View.DIRECT, View.INDIRECT, View.POTENTIAL_INDIRECT)) {
            String name = "plane-" + view.name().toLowerCase(java.util.Locale.ROOT).replace("potential_", "potential-")
                    + ".svg";
            Document d = XmlCheck.parse(files.get(name));
            assertEquals(N, XmlCheck.elements(d, "circle", "point").size(), name);
            List<Element> labels = XmlCheck.elements(d, "text", "label");
            assertEquals(PlaneFrame.LABEL_TOP, labels.size(), name);
            Set<String> labelled = new HashSet<>();
            List<Box> boxes = new ArrayList<>();
            for (Element e : labels) {
                labelled.add(e.getTextContent());
                boxes.add(XmlCheck.labelBox(e));
            }
            ViewResult r = study.view(view);
            // the most influent and the most dependent variables are among them; the least of both is not
            int bestBoth = -1;
            for (int i = 0; i < N; i++) {
                if (r.influenceRank(i) == 1 || r.dependenceRank(i) == 1) {
                    assertTrue(labelled.contains(r.variables().get(i).id()), name + ": rank 1 labelled");
                }
                if (bestBoth < 0 || Math.min(r.influenceRank(i), r.dependenceRank(i)) > Math.min(
                        r.influenceRank(bestBoth), r.dependenceRank(bestBoth))) {
                    bestBoth = i;
                }
            }
            assertFalse(labelled.contains(r.variables().get(bestBoth).id()), name + ": a bottom variable unlabelled");
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    assertFalse(boxes.get(i).overlaps(boxes.get(j)), name + ": labels overlap");
                }
            }
            assertTrue(files.get(name).contains("Labels: top " + PlaneFrame.LABEL_TOP + " of " + N), name);
        }
    }

    @Test
    void graphPicturesDrawAtMostTwoLinksFromEachVariable() throws Exception {
        for (String name : List.of("graph-direct.svg", "graph-indirect.svg")) {
            Document d = XmlCheck.parse(files.get(name));
            assertEquals(N, XmlCheck.elements(d, "circle", "node").size(), name);
            List<Element> edges = XmlCheck.elements(d, "path", "edge");
            long potential = name.contains("direct.") && name.startsWith("graph-direct")
                    ? study.matrix().potentialCount() : 0;
            assertTrue(edges.size() <= MicmacReport.DRAWN_LINKS_PER_VARIABLE * N + potential,
                    name + ": " + edges.size());
            assertTrue(edges.size() >= N, name + ": links are drawn from most variables, not from the first rows");
        }
        InfluenceGraph g = InfluenceGraph.indirect(study, 100);
        Map<Integer, Integer> from = new HashMap<>();
        for (InfluenceGraph.Edge e : g.drawn(MicmacReport.DRAWN_LINKS_PER_VARIABLE)) {
            from.merge(e.from(), 1, Integer::sum);
        }
        assertTrue(from.values().stream().allMatch(c -> c <= MicmacReport.DRAWN_LINKS_PER_VARIABLE));
    }

    @Test
    void exportsKeepAtMostTheCapFromEachVariable() throws Exception {
        int cap = 5;
        Map<String, String> capped = MicmacReport.withDefaults().withGraphPercent(100).withExportLinksPerVariable(cap)
                .render(study);
        for (String name : List.of("graph-direct.graphml", "graph-indirect.graphml")) {
            Document d = XmlCheck.parse(capped.get(name));
            Map<String, Integer> bySource = new HashMap<>();
            for (Element e : XmlCheck.elements(d, "edge", null)) {
                boolean potential = e.getTextContent().endsWith("true");
                if (!potential) {
                    bySource.merge(e.getAttribute("source"), 1, Integer::sum);
                }
            }
            assertEquals(N, bySource.size(), name + ": every variable keeps links");
            assertTrue(bySource.values().stream().allMatch(c -> c == cap), name + ": " + cap + " from each");
        }
        // the kept links of a variable are its strongest
        InfluenceGraph all = InfluenceGraph.indirect(study, 100);
        InfluenceGraph top = InfluenceGraph.indirect(study, 100, cap);
        double[][] p = study.indirectMatrix(View.INDIRECT);
        for (InfluenceGraph.Edge e : top.edges()) {
            long stronger = all.edges().stream().filter(o -> o.from() == e.from() && o.weight() > e.weight()).count();
            assertTrue(stronger < cap, "link " + e + " is among the strongest of its row");
            assertEquals(p[e.from()][e.to()], e.weight());
        }
    }

    /** At the limit the page gives |λ2/λ1|; one variable above it, it says why it does not. */
    @Test
    void convergenceRatioIsGivenUpToItsLimitAndSaidMissingAbove() {
        String at = files.get("report.html");
        assertTrue(N == StructureDiagnosis.EIGEN_MAX_SIZE && at.contains("convergence ratio")
                && !at.contains("not computed above"), "computed at n = " + N);
        String above = MicmacReport.withDefaults().render(Studies.random(N + 1, 12)).get("report.html");
        assertTrue(above.contains("not computed above " + N + " variables"), "said missing at n = " + (N + 1));
    }
}
