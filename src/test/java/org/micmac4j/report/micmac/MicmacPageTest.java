package org.micmac4j.report.micmac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.micmac4j.Displacement;
import org.micmac4j.MicmacResult;
import org.micmac4j.Sector;
import org.micmac4j.View;
import org.micmac4j.ViewResult;
import org.micmac4j.testutil.Studies;
import org.micmac4j.testutil.XmlCheck;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The MICMAC page read as an analyst reads it: the findings first, coincident points said, pictures whole. */
class MicmacPageTest {
    static MicmacResult example;
    static Map<String, String> files;

    @BeforeAll
    static void render() throws Exception {
        example = Studies.example();
        files = MicmacReport.withDefaults().render(example);
    }

    private static String section(String html, String id) {
        int start = html.indexOf("<h2 id=\"" + id + "\"");
        int end = html.indexOf("<h2 ", start + 1);
        return html.substring(start, end < 0 ? html.length() : end);
    }

    /** Findings (key variables, sector changes, the indirect plane) come before the tables and the method. */
    @Test
    void thePageLeadsWithTheFindings() {
        String html = files.get("report.html");
        int findings = html.indexOf("<h2 id=\"findings\"");
        assertTrue(findings > 0);
        for (String later : List.of("classification", "displacement", "characteristics", "stability", "structure",
                "pictures")) {
            assertTrue(findings < html.indexOf("<h2 id=\"" + later + "\""), later + " after the findings");
        }
        String top = section(html, "findings");
        assertTrue(top.contains("Indirect influence / dependence plane"), "the indirect plane with the findings");
        ViewResult in = example.view(View.INDIRECT);
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < in.size(); i++) {
            if (in.sector(i) == Sector.INFLUENT || in.sector(i) == Sector.RELAY) {
                keys.add(in.variables().get(i).id());
            }
        }
        assertTrue(top.contains(keys.size() + " key variables"), top.substring(0, 300));
        for (int i = 0; i < in.size(); i++) {
            String id = in.variables().get(i).id();
            assertEquals(keys.contains(id) || changes(id), top.contains("<td>" + id + "</td>"), id);
        }
    }

    private static boolean changes(String id) {
        return example.displacements(View.DIRECT, View.INDIRECT).stream()
                .anyMatch(d -> d.sectorChanged() && d.variable().id().equals(id));
    }

    /** The sector changes listed are those of the displacement, brute force. */
    @Test
    void theSectorChangesAreListed() {
        String top = section(files.get("report.html"), "findings");
        List<Displacement> moved = example.displacements(View.DIRECT, View.INDIRECT).stream()
                .filter(Displacement::sectorChanged).toList();
        assertFalse(moved.isEmpty(), "the example study has sector changes");
        assertTrue(top.contains(moved.size() + " variable"), top);
        for (Displacement d : moved) {
            assertTrue(top.contains("<td>" + d.variable().id() + "</td>"), d.variable().id());
        }
    }

    /**
     * Points at the same place (found here by comparing every pair) are ringed and named in the legend and the page.
     */
    @Test
    void variablesOnTheSamePointAreFlagged() throws Exception {
        for (View view : List.of(View.DIRECT, View.INDIRECT)) {
            ViewResult r = example.view(view);
            List<String> pairs = new ArrayList<>();
            Set<Integer> inPair = new HashSet<>();
            for (int i = 0; i < r.size(); i++) {
                for (int j = i + 1; j < r.size(); j++) {
                    if (r.influence(i) == r.influence(j) && r.dependence(i) == r.dependence(j)) {
                        pairs.add(r.variables().get(i).id() + " = " + r.variables().get(j).id());
                        inPair.add(i);
                    }
                }
            }
            String name = view == View.DIRECT ? "plane-direct.svg" : "plane-indirect.svg";
            String svg = files.get(name);
            Document d = XmlCheck.parse(svg);
            assertEquals(inPair.size(), XmlCheck.elements(d, "circle", "coincident").size(), name);
            for (String p : pairs) {
                assertTrue(svg.contains(p), name + " names " + p);
            }
            if (view == View.DIRECT) {
                assertFalse(pairs.isEmpty(), "the example's direct plane has two variables on one point");
                assertTrue(section(files.get("report.html"), "findings").contains("direct plane"));
            }
        }
    }

    /** A legend lists only classes that something is drawn in, and no text runs past the picture. */
    @Test
    void graphLegendsAndSubtitlesFit() throws Exception {
        for (Map<String, String> f : List.of(files, MicmacReport.withDefaults().render(Studies.random(100, 7)))) {
            for (String name : List.of("graph-direct.svg", "graph-indirect.svg")) {
                String svg = f.get(name);
                assertFalse(svg.contains("(0 drawn)"), name);
                Document d = XmlCheck.parse(svg);
                Element root = d.getDocumentElement();
                double width = Double.parseDouble(root.getAttribute("width"));
                for (Element t : XmlCheck.elements(d, "text", null)) {
                    if (t.hasAttribute("transform") || !t.getAttribute("text-anchor").isEmpty()) {
                        continue; // rotated node labels and centred texts are placed by other rules
                    }
                    double x = Double.parseDouble(t.getAttribute("x"));
                    double size = t.hasAttribute("font-size") ? Double.parseDouble(t.getAttribute("font-size")) : 13;
                    assertTrue(x + 0.58 * size * t.getTextContent().length() <= width, name + ": '"
                            + t.getTextContent() + "' runs past " + width);
                }
            }
        }
    }
}
