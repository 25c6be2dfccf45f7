package org.micmac4j.report.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
                        .withInconsistencyCounts(InconsistencyCounts.of(m, 1)));
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
                .withDefaults().withDraws(30).analyze(m);
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
}
