package org.micmac4j.report.morph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.micmac4j.morph.FieldCsv;
import org.micmac4j.morph.MorphologicalAnalysis;
import org.micmac4j.morph.MorphologicalField;
import org.micmac4j.morph.MorphologicalResult;
import org.micmac4j.morph.PairScale;
import org.micmac4j.scenario.Descriptor;
import org.micmac4j.scenario.ScenarioSpace;
import org.micmac4j.testutil.Resources;
import org.micmac4j.testutil.XmlCheck;
import org.w3c.dom.Document;

/** The morphological report: exact JSON integers, the page and the box. */
class MorphReportTest {
    /** Spaces and counts beyond 2^63 are printed exactly, as JSON integers. */
    @Test
    void countsBeyondLongRangeAreExact() {
        List<Descriptor> ds = new ArrayList<>();
        for (int p = 0; p < 40; p++) {
            ds.add(Descriptor.ofIds("P" + p, "1", "2", "3", "4", "5"));
        }
        MorphologicalField f = MorphologicalField.of(ScenarioSpace.of(ds), PairScale.BINARY)
                .withScore("P0", "1", "P1", "1", 0);
        String json = MorphReport.withDefaults().json(MorphologicalAnalysis.withDefaults().withLimit(1).analyze(f));
        BigInteger five = BigInteger.valueOf(5);
        assertTrue(json.startsWith("{\"space\":" + five.pow(40) + ","), json.substring(0, 60));
        assertTrue(json.contains("\"count\":" + five.pow(40).subtract(five.pow(38)) + ","));
        assertTrue(json.contains("\"P0=1\":" + five.pow(39).subtract(five.pow(38)) + ","));
    }

    @Test
    void morphPageParsesAndHighlightsTheSolution() throws Exception {
        var f = FieldCsv.readExclusions(Resources.path("/cases/morph/zebra-life-1962/unary_exclusions.csv"),
                FieldCsv.read(Resources.path("/cases/morph/zebra-life-1962/compatibility.csv"), PairScale.BINARY));
        MorphologicalResult r = MorphologicalAnalysis.withDefaults().analyze(f);
        Map<String, String> files = MorphReport.withDefaults().render(r);
        assertEquals(List.of("morphological-box.svg", MorphReport.CONFIGURATIONS_CSV, MorphReport.SURVIVAL_CSV,
                MorphReport.PAGE), List.copyOf(files.keySet()));
        Document box = XmlCheck.parse(files.get("morphological-box.svg"));
        long highlighted = XmlCheck.elements(box, "rect", null).stream()
                .filter(e -> e.getAttribute("fill").equals("#f6c85f")).count();
        assertEquals(25, highlighted);
        Document page = XmlCheck.parse(files.get(MorphReport.PAGE));
        assertEquals(125 - 25, XmlCheck.elements(page, "td", "n mark").size());
        // the CSV files: one row per listed configuration, one per value
        assertEquals(r.configurations().size() + 1, files.get(MorphReport.CONFIGURATIONS_CSV).lines().count());
        assertEquals(r.space().totalVariants() + 1, files.get(MorphReport.SURVIVAL_CSV).lines().count());
    }
}
