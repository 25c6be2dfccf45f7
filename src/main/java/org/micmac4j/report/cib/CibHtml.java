package org.micmac4j.report.cib;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.CibResult;
import org.micmac4j.cib.CibScenario;
import org.micmac4j.cib.Ensemble;
import org.micmac4j.cib.ImpactBalance;
import org.micmac4j.cib.InconsistencyCounts;
import org.micmac4j.cib.JudgementNoise;
import org.micmac4j.cib.ScenarioShare;
import org.micmac4j.cib.ShareResult;
import org.micmac4j.cib.SuccessionResult;
import org.micmac4j.report.internal.ReportFiles;
import org.micmac4j.report.internal.render.HistogramSvg;
import org.micmac4j.report.internal.render.HtmlPage;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * {@code cib-report.html} and its pictures: self-contained HTML (pictures inline, no script) and
 * stand-alone SVG, for one matrix or an ensemble.
 */
final class CibHtml {
    private CibHtml() {
    }

    /**
     * The page of one matrix: summary, scenario tableau, impact balances, inconsistency histogram
     * (when counted), the first scenarios of the solution list, judgement noise.
     *
     * @param settings the report's settings
     * @param f the findings of one matrix
     * @return file name to content: the SVG pictures and the page
     */
    static Map<String, String> single(CibReport settings, CibFindings f) {
        CibMatrix matrix = f.matrix();
        CibResult result = f.result();
        SuccessionResult weights = f.succession();
        ShareResult<JudgementNoise> noise = f.noise();
        String title = settings.title();
        int shown = settings.scenariosShown();
        ScenarioSpace space = matrix.space();
        List<CibScenario> top = result.scenarios().subList(0, Math.min(shown, result.size()));
        Map<Scenario, Long> w = weights == null ? Map.of() : weights.weights();
        InconsistencyCounts ic = f.inconsistencyCounts();
        Map<String, String> svgs = new LinkedHashMap<>();
        svgs.put("scenario-tableau.svg", ScenarioTableauSvg.render(space, top, w, title + ": scenario tableau"));
        if (ic != null) {
            svgs.put("inconsistency-histogram.svg", HistogramSvg.render(ic.counts(),
                    (ic.exact() ? "Inconsistency of every scenario (" : "Inconsistency of a random sample of ")
                            + ic.scenarios() + (ic.exact() ? " scenarios)" : " scenarios, seed " + ic.seed()),
                    "inconsistency"));
        }

        HtmlPage h = HtmlPage.open(title);
        settings.notes().forEach(n -> h.raw("<div class=\"note\">").text(n).raw("</div>\n"));
        h.section("summary", "Summary").tableHead("quantity", "value");
        h.row("descriptors", Integer.toString(space.descriptorCount()));
        h.row("variants", Integer.toString(space.totalVariants()));
        h.row("scenarios in the space", space.size().toString());
        h.row("consistent scenarios", Long.toString(result.scenarios().stream().filter(CibScenario::isConsistent)
                .count()));
        h.row("scenarios with inconsistency <= " + result.config().maxInconsistency(), Integer.toString(result.size()));
        h.row("independent descriptor groups", Integer.toString(result.groups()));
        if (weights != null) {
            h.row("succession weights", weights.mode().name().toLowerCase(java.util.Locale.ROOT) + ", "
                    + weights.starts() + " starts");
            h.row("cycles reached", weights.cycles().size() + " (" + weights.cycleStarts() + " starts)");
        }
        h.raw("</table>\n");
        h.section("tableau", "Scenario tableau");
        h.muted(top.size() < result.size() ? "The first " + top.size() + " of " + result.size()
                + " scenarios in the solution order (inconsistency, then total impact score descending)."
                : "Every scenario of the solution set, in the solution order.");
        h.figures(Map.of("scenario-tableau.svg", svgs.get("scenario-tableau.svg")));
        h.section("balances", "Impact balances");
        h.muted("Impact score of every variant given the scenario: the chosen variant is shaded, the best score of "
                + "each descriptor is bold. A scenario is consistent when every chosen variant has the best score.");
        h.raw("<div style=\"display:flex;flex-wrap:wrap;gap:0 28px\">\n");
        for (int s = 0; s < top.size(); s++) {
            h.raw("<div>\n");
            balance(h, matrix, top.get(s), s + 1);
            h.raw("</div>\n");
        }
        h.raw("</div>\n");
        if (ic != null) {
            h.section("histogram", "Inconsistency histogram");
            h.figures(Map.of("inconsistency-histogram.svg", svgs.get("inconsistency-histogram.svg")));
        }
        h.section("solutions", "Solution list");
        solutionList(h, space, result, weights == null ? null : w, settings.scenariosListed());
        if (noise != null) {
            JudgementNoise c = noise.config();
            h.section("noise", "Judgement noise");
            h.muted(String.format(java.util.Locale.ROOT, "%d noisy copies of the matrix, each cell c drawn as c + "
                    + "round(%s · g) with g standard normal (%s), seed %d. Probability: the share of copies in which "
                    + "the scenario has inconsistency <= %d.", c.draws(), c.standardDeviation(),
                    c.zerosKept() ? "zero cells kept" : "zero cells drawn too", c.seed(), c.cib().maxInconsistency()));
            shareTable(h, noise, "draws", "probability", null, null, settings.scenariosListed(),
                    CibReport.NOISE_CSV);
        }
        Map<String, String> files = ReportFiles.withDeclarations(svgs);
        files.put(CibReport.PAGE, h.close());
        return files;
    }

    private static void balance(HtmlPage h, CibMatrix matrix, CibScenario cs, int number) {
        ScenarioSpace space = matrix.space();
        ImpactBalance b = matrix.balance(cs.scenario());
        int maxVariants = 0;
        for (int d = 0; d < space.descriptorCount(); d++) {
            maxVariants = Math.max(maxVariants, space.variantCount(d));
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
                String cls = (v == cs.scenario().variant(d) ? "selected" : "") + (score == best ? " best" : "");
                h.raw("<td class=\"n " + cls.strip() + "\">").text(space.descriptor(d).variant(v).id() + ": ")
                        .raw(score == best ? "<b>" : "").text(Integer.toString(score))
                        .raw(score == best ? "</b>" : "").raw("</td>");
            }
            h.raw("</tr>\n");
        }
        h.raw("</table>\n");
    }

    private static void solutionList(HtmlPage h, ScenarioSpace space, CibResult result, Map<Scenario, Long> w,
            int listed) {
        String[] head = CibTable.solutionHeader(space);
        h.raw("<div style=\"overflow-x:auto\">");
        h.tableHead(head);
        int k = 0;
        for (CibScenario s : result.scenarios()) {
            if (k == listed) {
                break;
            }
            h.raw("<tr>").num(Integer.toString(++k)).num(Integer.toString(s.inconsistency()))
                    .num(Integer.toString(s.consistencyValue())).num(Long.toString(s.totalImpactScore()))
                    .num(w == null ? "" : Long.toString(w.getOrDefault(s.scenario(), 0L)));
            variantCells(h, space, s.scenario());
            h.raw("</tr>\n");
        }
        h.raw("</table></div>\n");
        more(h, result.size(), listed, CibReport.SOLUTIONS_CSV);
    }

    /** One cell per descriptor with the scenario's variant id, coloured as its card in the tableau. */
    private static void variantCells(HtmlPage h, ScenarioSpace space, Scenario scenario) {
        for (int d = 0; d < space.descriptorCount(); d++) {
            int v = scenario.variant(d);
            h.raw("<td style=\"background:" + ScenarioTableauSvg.CARD[v % ScenarioTableauSvg.CARD.length] + "\">")
                    .text(space.descriptor(d).variant(v).id()).raw("</td>");
        }
    }

    /**
     * The scenarios of an ensemble or noise result with their counts and shares; with
     * {@code extra}, one more column after them (an ensemble's members, or each member's probability).
     */
    private static void shareTable(HtmlPage h, ShareResult<?> r, String countName, String shareName,
            String extraHead, java.util.function.Function<ScenarioShare, String> extra, int listed, String file) {
        if (r.scenarios().isEmpty()) {
            h.muted("No scenario is in the solution set of any matrix.");
            return;
        }
        h.raw("<div style=\"overflow-x:auto\">");
        h.tableHead(extra == null ? CibTable.header(r.space(), "#", countName, shareName)
                : CibTable.header(r.space(), "#", countName, shareName, extraHead));
        int k = 0;
        for (ScenarioShare s : r.scenarios()) {
            if (k == listed) {
                break;
            }
            h.raw("<tr>").num(Integer.toString(++k)).num(s.count() + " of " + r.matrices())
                    .num(String.format(java.util.Locale.ROOT, "%.3f", s.share()));
            if (extra != null) {
                h.raw("<td>").text(extra.apply(s)).raw("</td>");
            }
            variantCells(h, r.space(), s.scenario());
            h.raw("</tr>\n");
        }
        h.raw("</table></div>\n");
        more(h, r.scenarios().size(), listed, file);
    }

    /**
     * The page of an ensemble (several matrices over one space, e.g. one per expert): a summary,
     * the tableau of the scenarios with the largest shares and the list of the scenarios in the
     * solution set of at least one member with their share of members, then judgement noise.
     *
     * @param settings the report's settings
     * @param f the findings of an ensemble
     * @return file name to content: {@code scenario-tableau.svg} and the page
     */
    static Map<String, String> ensemble(CibReport settings, CibFindings f) {
        ShareResult<Ensemble> result = f.ensembleResult();
        List<String> members = f.members();
        ShareResult<JudgementNoise> noise = f.noise();
        String title = settings.title();
        int shown = settings.scenariosShown();
        ScenarioSpace space = result.space();
        List<ScenarioShare> top = result.scenarios().subList(0, Math.min(shown, result.scenarios().size()));
        Map<String, String> svgs = new LinkedHashMap<>();
        svgs.put("scenario-tableau.svg", ScenarioTableauSvg.render(space, top.stream()
                .map(s -> new ScenarioTableauSvg.Column(s.scenario(), "in " + s.count() + " of " + result.matrices()
                        + " members", String.format(java.util.Locale.ROOT, "share %.2f", s.share())))
                .toList(), title + ": scenario tableau"));
        int k = result.config().cib().maxInconsistency();
        HtmlPage h = HtmlPage.open(title);
        settings.notes().forEach(n -> h.raw("<div class=\"note\">").text(n).raw("</div>\n"));
        h.section("summary", "Summary").tableHead("quantity", "value");
        h.row("members", result.matrices() + " (" + String.join(", ", members) + ")");
        h.row("descriptors", Integer.toString(space.descriptorCount()));
        h.row("variants", Integer.toString(space.totalVariants()));
        h.row("scenarios in the space", space.size().toString());
        h.row("scenarios with inconsistency <= " + k + " in at least one member",
                Integer.toString(result.scenarios().size()));
        h.row("... in every member", Long.toString(result.scenarios().stream()
                .filter(s -> s.count() == result.matrices()).count()));
        h.raw("</table>\n");
        h.section("tableau", "Scenario tableau");
        h.muted(top.size() < result.scenarios().size() ? "The " + top.size() + " scenarios with the largest share "
                + "of members, of " + result.scenarios().size() + "." : "Every scenario, largest share first.");
        if (!top.isEmpty()) {
            h.figures(Map.of("scenario-tableau.svg", svgs.get("scenario-tableau.svg")));
        }
        h.section("shares", "Share of members");
        h.muted("Share: the number of members in whose solution set (inconsistency <= " + k
                + ") the scenario is, divided by the number of members; members: which ones (all: every member).");
        shareTable(h, result, "in", "share", "members", s -> CibTable.holders(s, result.matrices(), members, ", "),
                settings.scenariosListed(), CibReport.SHARES_CSV);
        if (noise != null) {
            JudgementNoise c = noise.config();
            h.section("noise", "Judgement noise");
            h.muted(String.format(java.util.Locale.ROOT, "%d noisy copies of every member, each cell c drawn as c + "
                    + "round(%s · g) with g standard normal (%s), seed %d. Probability: the share of all members' "
                    + "copies in which the scenario has inconsistency <= %d (a member taken at random); by member: "
                    + "that share within each member's copies, in the order %s.", c.draws(), c.standardDeviation(),
                    c.zerosKept() ? "zero cells kept" : "zero cells drawn too", c.seed(), c.cib().maxInconsistency(),
                    String.join(", ", members)));
            shareTable(h, noise, "draws", "probability", "by member",
                    s -> CibTable.byMember(s, noise.matrices(), members.size(), " / "), settings.scenariosListed(),
                    CibReport.NOISE_CSV);
        }
        Map<String, String> files = ReportFiles.withDeclarations(svgs);
        files.put(CibReport.PAGE, h.close());
        return files;
    }

    /** Says how many rows were left out of a table and which file of the folder holds them all. */
    private static void more(HtmlPage h, int total, int listed, String file) {
        if (total > listed) {
            h.raw("<p class=\"more\">").text(String.format(java.util.Locale.ROOT, "The first %d of %d scenarios. "
                    + "%d more are in ", listed, total, total - listed)).raw("<a href=\"" + file + "\">")
                    .text(file).raw("</a>").text(" (every scenario; with --xlsx, in the workbook too).").raw("</p>\n");
        }
    }
}
