package org.micmac4j.report.dematel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.micmac4j.SplitRule;
import org.micmac4j.dematel.Dematel;
import org.micmac4j.dematel.DematelResult;
import org.micmac4j.dematel.DirectRelationMatrix;
import org.micmac4j.io.CsvTable;
import org.micmac4j.testutil.Json;
import org.micmac4j.testutil.Resources;
import org.micmac4j.testutil.XmlCheck;
import org.w3c.dom.Document;

/** The DEMATEL pictures and pages: valid XML, one node and one label per variable, no label overlaps. */
class DematelReportTest {
    static List<DematelResult> dematels = new ArrayList<>();

    @BeforeAll
    static void analyse() throws Exception {
        for (String c : List.of("jmcdm-10", "spectral-fefo-13", "cran-dematel-medicaldevice-5")) {
            dematels.add(Dematel.withDefaults().analyze(DirectRelationMatrix.read(CsvTable.read(
                    Resources.path("/cases/dematel/" + c + "/input.csv")))));
        }
    }

    @Test
    void dematelMapHasOnePointAndLabelPerVariableArrowsAndTheZeroLine() throws Exception {
        for (DematelResult r : dematels) {
            String svg = DematelReport.withDefaults().render(r).get("dematel-map.svg");
            Document d = XmlCheck.parse(svg);
            assertEquals(r.size(), XmlCheck.elements(d, "circle", "point").size());
            List<String> ids = r.variables().stream().map(v -> v.id()).toList();
            XmlCheck.assertLabelsOnceWithoutOverlap(d, ids, "dematel-map " + r.size());
            long self = r.relations().stream().filter(e -> e.from().equals(e.to())).count();
            assertEquals(r.relations().size() - self, XmlCheck.elements(d, "path", "relation").size());
            assertTrue(svg.contains(">CAUSE<") && svg.contains(">EFFECT<"));
        }
    }

    @Test
    void dematelRelationsAreLeftOutAboveTheirSizeAndSaidSo() throws Exception {
        for (DematelResult r : dematels) {
            DematelReport all = DematelReport.withDefaults();
            DematelReport none = all.withRelationsUpTo(r.size() - 1);
            Map<String, Object> with = Json.obj(Json.parse(all.json(r)));
            Map<String, Object> without = Json.obj(Json.parse(none.json(r)));
            assertEquals(List.copyOf(with.keySet()), List.copyOf(without.keySet()));
            assertEquals((long) r.relations().size(), ((Number) with.get("relationCount")).longValue());
            assertEquals(null, without.get("relationCount"));
            assertEquals(null, without.get("relations"));
            for (String key : List.of("settings", "divisor", "threshold", "largestEigenvalueT", "variables")) {
                assertEquals(with.get(key), without.get(key), key);
            }
            Map<String, String> files = none.render(r);
            Document map = XmlCheck.parse(files.get("dematel-map.svg"));
            assertEquals(0, XmlCheck.elements(map, "path", "relation").size());
            assertTrue(files.get("dematel-map.svg").contains("were not computed"));
            Document page = XmlCheck.parse(files.get("dematel-report.html"));
            assertEquals(0, XmlCheck.elements(page, "td", "n mark").size());
            assertTrue(files.get("dematel-report.html").contains("--relations"));
            assertTrue(none.table(r).contains("left out at " + r.size() + " variables"));
            assertTrue(all.table(r).contains(r.relations().size() + " relations above it"));
        }
        DematelResult median = Dematel.withDefaults().withThresholdRule(SplitRule.MEDIAN)
                .analyze(DirectRelationMatrix.read(CsvTable.read(Resources.path("/cases/dematel/jmcdm-10/input.csv"))));
        DematelReport report = DematelReport.withDefaults();
        assertEquals(null, Json.obj(Json.parse(report.withRelationsUpTo(median.size() - 1).json(median)))
                .get("threshold"));
        assertEquals(median.threshold(), Json.num(Json.obj(Json.parse(report.json(median))).get("threshold")), 0.0);
    }

    @Test
    void pagesAreWellFormedWithTablesAndPictures(@TempDir Path tmp) throws Exception {
        for (DematelResult r : dematels) {
            String page = DematelReport.withDefaults().render(r).get("dematel-report.html");
            Document p = XmlCheck.parse(page);
            assertEquals(1, XmlCheck.elements(p, "svg", null).size());
            assertEquals(r.relations().size(), XmlCheck.elements(p, "td", "n mark").size(),
                    "cells above the threshold");
        }
        List<Path> written = DematelReport.withDefaults().write(dematels.get(0), tmp.resolve("c"));
        assertEquals(2, written.size());
        XmlCheck.assertEachParses(written);
    }
}
