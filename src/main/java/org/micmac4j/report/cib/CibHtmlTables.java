package org.micmac4j.report.cib;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.CibResult;
import org.micmac4j.cib.CibScenario;
import org.micmac4j.cib.ImpactBalance;
import org.micmac4j.cib.ScenarioShare;
import org.micmac4j.cib.ShareResult;
import org.micmac4j.report.internal.render.HtmlPage;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;

/** The tables of a CIB page: impact balances, the solution list, share tables, and what their columns mean. */
final class CibHtmlTables {
    /** What IC, CV, TIS and weight mean, in words, for the reader of a solution list. */
    static final String READING = "How to read a scenario: each descriptor's chosen variant has an impact score, the "
            + "sum of the judgements the other chosen variants pass on it. IC (inconsistency): by how much, at "
            + "most, some descriptor's best-supported variant beats the one chosen; 0 = consistent, every chosen "
            + "variant is the one the rest of the scenario supports most. CV (consistency value): the smallest "
            + "margin by which a chosen variant beats its best rival; the larger, the more robust the scenario "
            + "(0: a tie somewhere). TIS (total impact score): the sum of the chosen variants' scores, how strongly "
            + "the scenario's parts support each other overall. Weight (with succession): how many starting "
            + "scenarios end in this one when each descriptor in turn moves to its best-supported variant; the "
            + "larger, the more scenarios lead to it.";

    private CibHtmlTables() {
    }

    /**
     * The impact balance of one scenario: every variant's score given the rest of the scenario,
     * coloured by sign and strength, the chosen variant outlined and the best score bold.
     */
    static void balance(HtmlPage h, CibMatrix matrix, CibScenario cs, int number) {
        ScenarioSpace space = matrix.space();
        ImpactBalance b = matrix.balance(cs.scenario());
        int maxVariants = 0;
        int maxAbs = 1;
        for (int d = 0; d < space.descriptorCount(); d++) {
            maxVariants = Math.max(maxVariants, space.variantCount(d));
            for (int v = 0; v < space.variantCount(d); v++) {
                maxAbs = Math.max(maxAbs, Math.abs(b.score(d, v)));
            }
        }
        h.tag("h3", "Scenario " + number + ": IC " + cs.inconsistency() + ", CV " + cs.consistencyValue() + ", TIS "
                + cs.totalImpactScore());
        String[] head = new String[maxVariants + 1];
        head[0] = "descriptor";
        for (int v = 0; v < maxVariants; v++) {
            head[v + 1] = "variant " + (v + 1);
        }
        h.tableHead(head);
        for (int d = 0; d < space.descriptorCount(); d++) {
            int best = Integer.MIN_VALUE;
            for (int v = 0; v < space.variantCount(d); v++) {
                best = Math.max(best, b.score(d, v));
            }
            h.raw("<tr>").cell(space.descriptor(d).id());
            for (int v = 0; v < maxVariants; v++) {
                if (v >= space.variantCount(d)) {
                    h.cell("");
                    continue;
                }
                int score = b.score(d, v);
                String cls = (v == cs.scenario().variant(d) ? "chosen" : "") + (score == best ? " best" : "");
                h.raw("<td class=\"n " + cls.strip() + "\" style=\"background:" + ImpactColour.fill(score, maxAbs)
                        + "\">").text(space.descriptor(d).variant(v).id() + ": ").raw(score == best ? "<b>" : "")
                        .text(ImpactColour.signed(score)).raw(score == best ? "</b>" : "").raw("</td>");
            }
            h.raw("</tr>\n");
        }
        h.raw("</table>\n");
    }

    /** The first scenarios of a solution set, coloured by impact; the rest said to be in the CSV file. */
    static void solutionList(HtmlPage h, CibMatrix matrix, CibResult result, Map<Scenario, Long> w, int listed) {
        ScenarioSpace space = result.space();
        List<CibScenario> shown = result.scenarios().subList(0, Math.min(listed, result.size()));
        int maxAbs = maxAbs(matrix, shown.stream().map(CibScenario::scenario).toList());
        h.raw("<div style=\"overflow-x:auto\">");
        h.tableHead(CibTable.solutionHeader(space));
        int k = 0;
        for (CibScenario s : shown) {
            h.raw("<tr>").num(Integer.toString(++k)).num(Integer.toString(s.inconsistency()))
                    .num(Integer.toString(s.consistencyValue())).num(Long.toString(s.totalImpactScore()))
                    .num(w == null ? "" : Long.toString(w.getOrDefault(s.scenario(), 0L)));
            variantCells(h, space, s.scenario(), matrix, maxAbs);
            h.raw("</tr>\n");
        }
        h.raw("</table></div>\n");
        more(h, result.size(), listed, CibReport.SOLUTIONS_CSV);
    }

    /**
     * The scenarios of an ensemble or noise result with their counts and shares; with
     * {@code extra}, one more column after them (an ensemble's members, or each member's
     * probability); cells coloured by impact when {@code matrix} is given.
     */
    static void shareTable(HtmlPage h, ShareResult<?> r, CibMatrix matrix, String[] lead,
            Function<ScenarioShare, String> extra, int listed, String file) {
        if (r.scenarios().isEmpty()) {
            h.muted("No scenario is in the solution set of any matrix.");
            return;
        }
        List<ScenarioShare> shown = r.scenarios().subList(0, Math.min(listed, r.scenarios().size()));
        int maxAbs = maxAbs(matrix, shown.stream().map(ScenarioShare::scenario).toList());
        h.raw("<div style=\"overflow-x:auto\">");
        h.tableHead(CibTable.header(r.space(), lead));
        int k = 0;
        for (ScenarioShare s : shown) {
            h.raw("<tr>").num(Integer.toString(++k)).num(s.count() + " of " + r.matrices())
                    .num(String.format(Locale.ROOT, "%.3f", s.share()));
            if (extra != null) {
                h.raw("<td>").text(extra.apply(s)).raw("</td>");
            }
            variantCells(h, r.space(), s.scenario(), matrix, maxAbs);
            h.raw("</tr>\n");
        }
        h.raw("</table></div>\n");
        more(h, r.scenarios().size(), listed, file);
    }

    /** One cell per descriptor with the scenario's variant id, coloured by its impact score when known. */
    private static void variantCells(HtmlPage h, ScenarioSpace space, Scenario scenario, CibMatrix matrix, int maxAbs) {
        int[] scores = matrix == null ? null : ImpactColour.chosen(matrix, scenario);
        for (int d = 0; d < space.descriptorCount(); d++) {
            String id = space.descriptor(d).variant(scenario.variant(d)).id();
            if (scores == null) {
                h.cell(id);
            } else {
                h.raw("<td style=\"background:" + ImpactColour.fill(scores[d], maxAbs) + "\" title=\"impact "
                        + ImpactColour.signed(scores[d]) + "\">").text(id).raw("</td>");
            }
        }
    }

    /** The largest |impact score| of a chosen variant over the scenarios (1 without a matrix). */
    static int maxAbs(CibMatrix matrix, List<Scenario> scenarios) {
        int max = 1;
        if (matrix != null) {
            for (Scenario s : scenarios) {
                for (int score : ImpactColour.chosen(matrix, s)) {
                    max = Math.max(max, Math.abs(score));
                }
            }
        }
        return max;
    }

    /** Says how many rows were left out of a table and which file of the folder holds them all. */
    private static void more(HtmlPage h, int total, int listed, String file) {
        if (total > listed) {
            h.raw("<p class=\"more\">").text(String.format(Locale.ROOT, "The first %d of %d scenarios. %d more are in ",
                    listed, total, total - listed)).raw("<a href=\"" + file + "\">").text(file).raw("</a>")
                    .text(" (every scenario; with --xlsx, in the workbook too).").raw("</p>\n");
        }
    }
}
