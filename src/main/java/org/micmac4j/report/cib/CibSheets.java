package org.micmac4j.report.cib;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.micmac4j.cib.CibResult;
import org.micmac4j.cib.CibScenario;
import org.micmac4j.cib.InconsistencyCounts;
import org.micmac4j.cib.ScenarioShare;
import org.micmac4j.cib.ShareResult;
import org.micmac4j.cib.SuccessionResult;
import org.micmac4j.report.internal.SheetTable;
import org.micmac4j.scenario.Descriptor;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;
import org.micmac4j.scenario.Variant;

/**
 * The tables of a CIB report, each once and whole: the folder holds them as CSV files (the page
 * lists only the first scenarios), the workbook as sheets.
 */
final class CibSheets {
    private CibSheets() {
    }

    /** Every scenario of the solution set: #, IC, CV, TIS, weight (blank without), one column per descriptor. */
    static SheetTable solutions(CibResult result, SuccessionResult weights) {
        ScenarioSpace space = result.space();
        Map<Scenario, Long> w = weights == null ? Map.of() : weights.weights();
        List<List<Object>> rows = new ArrayList<>();
        int k = 0;
        for (CibScenario s : result.scenarios()) {
            List<Object> row = new ArrayList<>(List.of(++k, s.inconsistency(), s.consistencyValue(),
                    s.totalImpactScore()));
            row.add(weights == null ? null : w.getOrDefault(s.scenario(), 0L));
            row.addAll(space.variantIds(s.scenario()));
            rows.add(row);
        }
        return new SheetTable("solutions", List.of(CibTable.solutionHeader(space)), rows, 1);
    }

    /**
     * Every scenario of an ensemble or noise result: #, count, share, then per member (an
     * ensemble: whether each member holds it; noise over several members: each one's probability),
     * one column per descriptor.
     *
     * @param members the members' names (empty for noise over one matrix)
     * @param ensemble whether the result is an ensemble's (else judgement noise)
     */
    static SheetTable shares(String name, ShareResult<?> r, List<String> members, boolean ensemble) {
        List<String> head = new ArrayList<>(List.of("#", "count", "share"));
        boolean perMember = !members.isEmpty();
        if (perMember) {
            members.forEach(m -> head.add((ensemble ? "in " : "p ") + m));
        }
        int lead = head.size();
        for (Descriptor d : r.space().descriptors()) {
            head.add(d.id());
        }
        List<List<Object>> rows = new ArrayList<>();
        int k = 0;
        for (ScenarioShare s : r.scenarios()) {
            List<Object> row = new ArrayList<>(List.of(++k, s.count(), s.share()));
            if (perMember && ensemble) {
                for (int m = 0; m < members.size(); m++) {
                    row.add(s.matrices().contains(m));
                }
            } else if (perMember) {
                int draws = r.matrices() / members.size();
                for (int c : s.countsPerBlock(draws, members.size())) {
                    row.add(c / (double) draws);
                }
            }
            row.addAll(r.space().variantIds(s.scenario()));
            rows.add(row);
        }
        return new SheetTable(name, head, rows, Math.min(lead, 3));
    }

    /** The descriptors and their variants with names. */
    static SheetTable descriptors(ScenarioSpace space) {
        List<List<Object>> rows = new ArrayList<>();
        for (Descriptor d : space.descriptors()) {
            for (Variant v : d.variants()) {
                rows.add(SheetTable.row(d.id(), d.name(), v.id(), v.name()));
            }
        }
        return new SheetTable("descriptors", List.of("descriptor", "descriptor_name", "variant", "variant_name"),
                rows, 1);
    }

    /** The inconsistency histogram. */
    static SheetTable inconsistency(InconsistencyCounts c) {
        List<List<Object>> rows = new ArrayList<>();
        long[] counts = c.counts();
        for (int ic = 0; ic < counts.length; ic++) {
            rows.add(SheetTable.row(ic, counts[ic]));
        }
        return new SheetTable("inconsistency", List.of("inconsistency", c.exact() ? "scenarios" : "in_sample"), rows,
                1);
    }
}
