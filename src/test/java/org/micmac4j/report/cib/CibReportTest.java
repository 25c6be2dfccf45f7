package org.micmac4j.report.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.micmac4j.cib.Cib;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.CibResult;
import org.micmac4j.cib.InconsistencyCounts;
import org.micmac4j.cib.Succession;
import org.micmac4j.cib.SuccessionResult;
import org.micmac4j.cib.WeightMode;
import org.micmac4j.cib.io.CibCsv;
import org.micmac4j.testutil.Resources;
import org.micmac4j.testutil.XmlCheck;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The CIB report's pictures and pages are well-formed XML and show what they claim. */
class CibReportTest {
    private static CibMatrix somewhereland() throws Exception {
        return CibCsv.read(Resources.path("/cases/cib/somewhereland/matrix.csv"));
    }

    @Test
    void cibPagesParseAndTheTableauHasOneCardPerDescriptorAndScenario() throws Exception {
        CibMatrix m = somewhereland();
        CibResult r = Cib.withDefaults().withMaxInconsistency(1).solve(m);
        SuccessionResult w = Succession.withDefaults().withWeightMode(WeightMode.EXACT).weights(m);
        Map<String, String> files = CibReport.withDefaults().withTitle("Somewhereland").withScenariosShown(5)
                .withNotes(List.of("a note")).render(CibFindings.of(m, r).withSuccession(w)
                        .withInconsistencyCounts(InconsistencyCounts.of(m, org.micmac4j.Draws.withDefaults())));
        assertEquals(List.of("scenario-tableau.svg", "inconsistency-histogram.svg", CibReport.SOLUTIONS_CSV,
                CibReport.PAGE), List.copyOf(files.keySet()));
        assertEquals(r.size() + 1, files.get(CibReport.SOLUTIONS_CSV).lines().count(), "every scenario in the CSV");
        Document tableau = XmlCheck.parse(files.get("scenario-tableau.svg"));
        int shown = Math.min(5, r.size());
        long cards = XmlCheck.elements(tableau, "rect", null).stream().filter(e -> e.hasAttribute("rx")).count();
        assertEquals((long) shown * m.space().descriptorCount(), cards);
        Document hist = XmlCheck.parse(files.get("inconsistency-histogram.svg"));
        // Somewhereland: 3^5 * 2 = 486 scenarios, at most 2^20, so every scenario is counted
        long bars = XmlCheck.elements(hist, "title", null).stream().map(Element::getTextContent)
                .filter(t -> t.startsWith("inconsistency ")).mapToLong(t -> Long.parseLong(t.replaceAll(".*: ", "")))
                .sum();
        assertEquals(m.space().size(), BigInteger.valueOf(bars));
        Document page = XmlCheck.parse(files.get(CibReport.PAGE));
        assertEquals(1, XmlCheck.elements(page, "div", "note").size());
        assertEquals(2, XmlCheck.elements(page, "svg", null).size());
        // one impact-balance table per shown scenario, plus the summary and the solution list
        assertEquals(shown + 2, XmlCheck.elements(page, "table", null).size());
    }

    @Test
    void noiseAndEnsemblePagesParseAndListEveryScenarioWithItsShare() throws Exception {
        CibMatrix m = somewhereland();
        CibResult r = Cib.withDefaults().solve(m);
        org.micmac4j.cib.ShareResult<org.micmac4j.cib.JudgementNoise> noise = org.micmac4j.cib.JudgementNoise
                .withDefaults().withDraws(org.micmac4j.Draws.withDefaults().withCount(30)).analyze(m);
        Document page = XmlCheck.parse(CibReport.withDefaults().render(CibFindings.of(m, r).withNoise(noise))
                .get(CibReport.PAGE));
        // the summary, the solution list and the noise table, besides the balances
        assertEquals(Math.min(CibReport.SCENARIOS_SHOWN_DEFAULT, r.size()) + 3, XmlCheck.elements(page, "table", null)
                .size());
        assertTrue(XmlCheck.elements(page, "h2", null).stream().anyMatch(e -> e.getTextContent()
                .equals("Judgement noise")));

        int[][] c = m.toArray();
        c[1][3] = -3;
        var ens = org.micmac4j.cib.Ensemble.withDefaults().analyze(List.of(m, CibMatrix.of(m.space(), c)));
        Map<String, String> files = CibReport.withDefaults().render(CibFindings.ensemble(ens, List.of("a", "b")));
        assertEquals(List.of("scenario-tableau.svg", CibReport.SHARES_CSV, CibReport.PAGE),
                List.copyOf(files.keySet()));
        Document tableau = XmlCheck.parse(files.get("scenario-tableau.svg"));
        long cards = XmlCheck.elements(tableau, "rect", null).stream().filter(e -> e.hasAttribute("rx")).count();
        assertEquals((long) Math.min(CibReport.SCENARIOS_SHOWN_DEFAULT, ens.scenarios().size())
                * m.space().descriptorCount(), cards);
        Document ep = XmlCheck.parse(files.get(CibReport.PAGE));
        List<Element> tables = XmlCheck.elements(ep, "table", null);
        assertEquals(2, tables.size());
        // the share table: a header row and one row per scenario
        assertEquals(ens.scenarios().size() + 1, tables.get(1).getElementsByTagName("tr").getLength());
        // the members column (the fourth cell) names each scenario's members, "all" for both
        org.w3c.dom.NodeList rows = tables.get(1).getElementsByTagName("tr");
        assertEquals("members", ((Element) rows.item(0)).getElementsByTagName("th").item(3).getTextContent());
        boolean alone = false;
        for (int i = 0; i < ens.scenarios().size(); i++) {
            var s = ens.scenarios().get(i);
            String want = s.count() == 2 ? "all" : List.of("a", "b").get(s.matrices().get(0));
            alone |= s.count() == 1;
            assertEquals(want, ((Element) rows.item(i + 1)).getElementsByTagName("td").item(3).getTextContent());
        }
        assertTrue(alone, "the members should disagree");
    }

    /**
     * Each tableau card is coloured by its variant's impact score in the scenario, computed here
     * from the cells (the sum of the judgements of the other chosen variants): green when
     * supported, red when opposed, grey at 0; never by the variant's position.
     */
    @Test
    void tableauCardsAreColouredByTheImpactScore() throws Exception {
        CibMatrix m = somewhereland();
        CibResult r = Cib.withDefaults().withMaxInconsistency(2).solve(m);
        String svg = CibReport.withDefaults().withScenariosShown(100).render(CibFindings.of(m, r))
                .get("scenario-tableau.svg");
        Document d = XmlCheck.parse(svg);
        var space = m.space();
        List<Element> cards = XmlCheck.elements(d, "rect", null).stream().filter(e -> e.hasAttribute("rx")).toList();
        int shown = Math.min(100, r.size());
        assertEquals(shown * space.descriptorCount(), cards.size());
        int k = 0;
        boolean opposed = false;
        for (int s = 0; s < shown; s++) {
            var z = r.scenarios().get(s).scenario();
            for (int j = 0; j < space.descriptorCount(); j++) {
                int score = 0;
                for (int i = 0; i < space.descriptorCount(); i++) {
                    score += m.cell(space.flatIndex(i, z.variant(i)), space.flatIndex(j, z.variant(j)));
                }
                String fill = cards.get(k++).getAttribute("fill");
                String title = ((Element) cards.get(k - 1).getParentNode()).getElementsByTagName("title").item(0)
                        .getTextContent();
                assertTrue(title.endsWith("(impact " + ImpactColour.signed(score) + ")"), title);
                assertTrue(score > 0 ? fill.matches("#(e6f3df|c3e3b1|97cf7f)") : score < 0
                        ? fill.matches("#(fbe3df|f4bcb2|ec8f80)") : fill.equals(ImpactColour.NONE), score + " " + fill);
                opposed |= score < 0;
            }
        }
        assertTrue(opposed, "with inconsistency up to 2 some chosen variant is opposed");
    }

    /** The page says what IC, CV, TIS and weight mean, and lists only the first scenarios, pointing to the CSV. */
    @Test
    void thePageExplainsItsColumnsAndListsTheFirstScenarios() throws Exception {
        CibMatrix m = somewhereland();
        CibResult r = Cib.withDefaults().withMaxInconsistency(2).solve(m);
        Map<String, String> files = CibReport.withDefaults().withScenariosListed(3).render(CibFindings.of(m, r));
        String html = files.get(CibReport.PAGE);
        for (String words : List.of("IC (inconsistency)", "CV (consistency value)", "TIS (total impact score)",
                "Weight (with succession)")) {
            assertTrue(html.contains(words), words);
        }
        Document page = XmlCheck.parse(html);
        Element list = XmlCheck.elements(page, "table", null).stream().filter(t -> t.getElementsByTagName("th")
                .item(1).getTextContent().equals("IC")).findFirst().orElseThrow();
        assertEquals(3 + 1, list.getElementsByTagName("tr").getLength());
        assertTrue(html.contains("The first 3 of " + r.size() + " scenarios. " + (r.size() - 3) + " more are in"));
        assertEquals(r.size() + 1, files.get(CibReport.SOLUTIONS_CSV).lines().count());
    }

    /** A descriptor whose variants no judgement tells apart is warned of, on the page and in the text. */
    @Test
    void aDescriptorReceivingNoImpactIsWarnedOf() throws Exception {
        CibMatrix m = somewhereland();
        CibResult r = Cib.withDefaults().solve(m);
        assertFalse(CibReport.withDefaults().render(CibFindings.of(m, r)).get(CibReport.PAGE).contains("Warning."));
        int[][] c = m.toArray();
        var space = m.space();
        for (int row = 0; row < c.length; row++) {
            for (int b = 0; b < space.variantCount(1); b++) {
                c[row][space.flatIndex(1, b)] = 0;
            }
        }
        CibMatrix silent = CibMatrix.of(space, c);
        CibFindings f = CibFindings.of(silent, Cib.withDefaults().solve(silent));
        String id = space.descriptor(1).id();
        assertTrue(CibReport.withDefaults().render(f).get(CibReport.PAGE).contains("Warning.</strong> " + id
                + " receives no impact"));
        assertTrue(CibReport.withDefaults().table(f).contains("WARNING: " + id + " receives no impact"));
    }
}
