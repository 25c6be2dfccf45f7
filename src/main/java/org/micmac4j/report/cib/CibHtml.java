package org.micmac4j.report.cib;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.Basin;
import org.micmac4j.cib.CibResult;
import org.micmac4j.cib.DescriptorGroup;
import org.micmac4j.cib.WeightMode;
import org.micmac4j.cib.CibScenario;
import org.micmac4j.cib.Ensemble;
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
 * {@code cib-report.html} and its pictures, for one matrix or an ensemble: self-contained HTML
 * (pictures inline, no script) and stand-alone SVG. The page says what it found first (the
 * summary, warnings, the tableau), then how to read it, then the details.
 */
final class CibHtml {
    private static final String TABLEAU = "scenario-tableau.svg";
    private static final String HISTOGRAM = "inconsistency-histogram.svg";

    private CibHtml() {
    }

    /**
     * The page of one matrix: summary and warnings, the scenario tableau coloured by impact, how
     * to read it, the impact balances, the inconsistency histogram (when counted), the first
     * scenarios of the solution list, judgement noise.
     *
     * @param settings the report's settings
     * @param f the findings of one matrix
     * @return file name to content: the SVG pictures and the page
     */
    static Map<String, String> single(CibReport settings, CibFindings f) {
        CibMatrix matrix = f.matrix();
        CibResult result = f.result();
        SuccessionResult weights = f.succession();
        ScenarioSpace space = matrix.space();
        List<CibScenario> top = result.scenarios().subList(0, Math.min(settings.scenariosShown(), result.size()));
        Map<Scenario, Long> w = weights == null ? Map.of() : weights.weights();
        InconsistencyCounts ic = f.inconsistencyCounts();
        Map<String, String> svgs = new LinkedHashMap<>();
        svgs.put(TABLEAU, ScenarioTableauSvg.render(space, ScenarioTableauSvg.columns(matrix, top, w),
                settings.title() + ": scenario tableau"));
        if (ic != null) {
            svgs.put(HISTOGRAM, HistogramSvg.render(ic.counts(), (ic.exact() ? "Inconsistency of every scenario ("
                    : "Inconsistency of a random sample of ") + ic.scenarios() + (ic.exact() ? " scenarios)"
                    : " scenarios, seed " + ic.seed()), "inconsistency"));
        }
        HtmlPage h = open(settings);
        h.section("summary", "Summary").tableHead("quantity", "value");
        h.row("descriptors", Integer.toString(space.descriptorCount()));
        h.row("variants", Integer.toString(space.totalVariants()));
        h.row("scenarios in the space", space.size().toString());
        h.row("scenarios with inconsistency <= " + result.config().maxInconsistency() + " (exact count)",
                result.count().toString());
        h.row("listed", result.isComplete() ? "all " + result.size()
                : "the first " + result.size() + "; " + result.leftOut() + " left out (--list N lists more)");
        h.row("independent descriptor groups", Integer.toString(result.groups().size()));
        CibSections.settings(f).forEach(line -> {
            int colon = line.indexOf(": ");
            h.row(line.substring(0, colon), line.substring(colon + 2));
        });
        if (weights != null) {
            h.row("succession weights", weights.mode() == WeightMode.SAMPLED ? "an estimate from " + weights.starts()
                    + " random starts (seed " + weights.config().draws().seed() + "), shares with 95 % Wilson intervals"
                    : "exact, every one of the " + weights.starts() + " scenarios a start");
            h.row("cycles reached", weights.cycles().size() + " (" + weights.cycleStarts() + " starts)");
        }
        h.raw("</table>\n");
        CibWarnings.sentences(matrix).forEach(s -> h.raw("<div class=\"note\"><strong>Warning.</strong> ").text(s)
                .raw("</div>\n"));
        if (result.groups().size() > 1) {
            h.section("groups", "Independent descriptor groups");
            h.muted("No descriptor of one group has a say over a descriptor of another, so the solution set is the "
                    + "product of the groups' own sets: its count is the product of their counts.");
            h.tableHead("descriptors", "scenarios", "with inconsistency <= " + result.config().maxInconsistency());
            for (DescriptorGroup g : result.groups()) {
                h.raw("<tr>").cell(String.join(" ", g.descriptors())).num(g.scenarios().toString())
                        .num(Long.toString(g.count())).raw("</tr>\n");
            }
            h.raw("</table>\n");
        }
        if (weights != null && !weights.cycles().isEmpty()) {
            h.section("cycles", "Cycles of the succession");
            h.muted("Each cycle in succession order from its smallest scenario, with the number of starts that end "
                    + "in it.");
            h.tableHead("cycle", "weight", "scenarios");
            int c = 0;
            for (Basin b : weights.cycles()) {
                if (c == settings.scenariosListed()) {
                    break;
                }
                List<String> steps = new java.util.ArrayList<>();
                for (Scenario x : b.attractor().scenarios()) {
                    steps.add(String.join(" ", space.variantIds(x)));
                }
                h.raw("<tr>").num(Integer.toString(++c)).num(Long.toString(b.weight()))
                        .cell(String.join(" \u2192 ", steps)).raw("</tr>\n");
            }
            h.raw("</table>\n");
        }
        h.section("tableau", "Scenario tableau");
        h.muted((top.size() < result.size() ? "The first " + top.size() + " of " + result.size()
                + " scenarios in the solution order (inconsistency, then total impact score descending). "
                : "Every scenario of the solution set, in the solution order. ") + ImpactColour.LEGEND);
        h.figures(Map.of(TABLEAU, svgs.get(TABLEAU)));
        h.muted(CibHtmlTables.READING);
        h.section("balances", "Impact balances");
        h.muted("Impact score of every variant given the scenario: the chosen variant is outlined, the best score of "
                + "each descriptor is bold. A scenario is consistent when every chosen variant has the best score"
                + (result.config().intervention().isEmpty() ? "" : " (the descriptors held by the intervention, "
                        + String.join(", ", result.config().intervention().keySet()) + ", are not tested)")
                + ". Green: supported, red: opposed, darker: stronger.");
        h.raw("<div style=\"display:flex;flex-wrap:wrap;gap:0 28px\">\n");
        for (int s = 0; s < top.size(); s++) {
            h.raw("<div>\n");
            CibHtmlTables.balance(h, matrix, top.get(s), s + 1);
            h.raw("</div>\n");
        }
        h.raw("</div>\n");
        if (ic != null) {
            h.section("histogram", "Inconsistency histogram");
            h.muted("How many scenarios of the whole space have each inconsistency: the consistent ones are the bar "
                    + "at 0.");
            h.figures(Map.of(HISTOGRAM, svgs.get(HISTOGRAM)));
        }
        h.section("solutions", "Solution list");
        h.muted(ImpactColour.LEGEND);
        CibHtmlTables.solutionList(h, matrix, result, weights == null ? null : w, settings.scenariosListed());
        noise(h, f, matrix, settings.scenariosListed());
        CibSections.html(h, f, settings.scenariosListed());
        return files(svgs, h);
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
        ScenarioSpace space = result.space();
        List<ScenarioShare> top = result.scenarios().subList(0, Math.min(settings.scenariosShown(),
                result.scenarios().size()));
        Map<String, String> svgs = new LinkedHashMap<>();
        svgs.put(TABLEAU, ScenarioTableauSvg.render(space, top.stream().map(s -> new ScenarioTableauSvg.Column(
                s.scenario(), "in " + s.count() + " of " + result.matrices() + " members", String.format(Locale.ROOT,
                        "share %.2f", s.share()), null)).toList(), settings.title() + ": scenario tableau"));
        int k = result.config().cib().maxInconsistency();
        HtmlPage h = open(settings);
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
            h.figures(Map.of(TABLEAU, svgs.get(TABLEAU)));
        }
        h.section("shares", "Share of members");
        h.muted("Share: the number of members in whose solution set (inconsistency <= " + k
                + ") the scenario is, divided by the number of members; members: which ones (all: every member).");
        CibHtmlTables.shareTable(h, result, null, new String[] {"#", "in", "share", "members"},
                s -> CibTable.holders(s, result.matrices(), members, ", "), settings.scenariosListed(),
                CibReport.SHARES_CSV);
        noise(h, f, null, settings.scenariosListed());
        return files(svgs, h);
    }

    /**
     * The judgement-noise section, when there is noise: of one matrix (each scenario's
     * probability, cells coloured by the matrix's impacts) or of an ensemble's members (the
     * probability for a member taken at random, and by member).
     */
    private static void noise(HtmlPage h, CibFindings f, CibMatrix matrix, int listed) {
        ShareResult<JudgementNoise> noise = f.noise();
        if (noise == null) {
            return;
        }
        JudgementNoise c = noise.config();
        List<String> members = f.members();
        boolean ensemble = f.isEnsemble();
        h.section("noise", "Judgement noise");
        h.muted(String.format(Locale.ROOT, "%d noisy copies of %s, each cell c drawn as c + round(%s · g) with g "
                + "standard normal (%s), seed %d. Probability: the share of %s in which the scenario has inconsistency "
                + "<= %d%s", c.draws().count(), ensemble ? "every member" : "the matrix", c.standardDeviation(),
                c.zerosKept() ? "zero cells kept" : "zero cells drawn too", c.draws().seed(),
                ensemble ? "all members' copies" : "copies", c.cib().maxInconsistency(),
                ensemble ? " (a member taken at random); by member: "
                        + "that share within each member's copies, in the order " + String.join(", ", members) + "."
                        : "."));
        CibHtmlTables.shareTable(h, noise, matrix, ensemble ? new String[] {"#", "draws", "probability", "by member"}
                : new String[] {"#", "draws", "probability"}, ensemble ? s -> CibTable.byMember(s, noise.matrices(),
                        members.size(), " / ") : null, listed, CibReport.NOISE_CSV);
    }

    /** The page with its title and notes. */
    private static HtmlPage open(CibReport settings) {
        HtmlPage h = HtmlPage.open(settings.title());
        settings.notes().forEach(n -> h.raw("<div class=\"note\">").text(n).raw("</div>\n"));
        return h;
    }

    private static Map<String, String> files(Map<String, String> svgs, HtmlPage h) {
        Map<String, String> files = ReportFiles.withDeclarations(svgs);
        files.put(CibReport.PAGE, h.close());
        return files;
    }
}
