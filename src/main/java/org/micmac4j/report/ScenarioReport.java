package org.micmac4j.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.micmac4j.InvalidInputException;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.CibResult;
import org.micmac4j.cib.CibScenario;
import org.micmac4j.cib.Ensemble;
import org.micmac4j.cib.ImpactBalance;
import org.micmac4j.cib.JudgementNoise;
import org.micmac4j.cib.ScenarioShare;
import org.micmac4j.cib.ShareResult;
import org.micmac4j.cib.SuccessionResult;
import org.micmac4j.internal.Messages;
import org.micmac4j.morph.Configuration;
import org.micmac4j.morph.MorphologicalResult;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;
import org.micmac4j.report.render.HtmlPage;

/**
 * The report folder of the scenario methods: for a CIB solution set, the scenario tableau
 * ({@code scenario-tableau.svg}), each shown scenario's impact balances, the inconsistency
 * histogram ({@code inconsistency-histogram.svg}) and the solution list, in {@value #CIB_PAGE};
 * for a morphological analysis, the morphological box with a consistent configuration highlighted
 * ({@code morphological-box.svg}), the listed configurations and the survival counts, in
 * {@value #MORPH_PAGE}; for an ensemble of matrices or under judgement noise, every scenario's share
 * of matrices. Self-contained HTML (pictures inline, no script) and stand-alone SVG.
 *
 * <pre>{@code
 * ScenarioReport.withDefaults().withTitle("My study").writeCib(matrix, result, null, Path.of("cib-report"));
 * }</pre>
 *
 * <p>Immutable.
 */
public final class ScenarioReport {
    /** Default title. */
    public static final String TITLE_DEFAULT = "Scenarios";
    /** Default number of scenarios in the tableau and with impact balances: 8. */
    public static final int SHOWN_DEFAULT = 8;
    /** Most lines of a solution list or configuration table in the page: 1000. */
    public static final int LISTED_MAX = 1000;
    /** The CIB page. */
    public static final String CIB_PAGE = "cib-report.html";
    /** The morphological-analysis page. */
    public static final String MORPH_PAGE = "morph-report.html";

    private static final ScenarioReport DEFAULTS = new ScenarioReport(TITLE_DEFAULT, List.of(), SHOWN_DEFAULT);

    private final String title;
    private final List<String> notes;
    private final int shown;

    private ScenarioReport(String title, List<String> notes, int shown) {
        this.title = title;
        this.notes = notes;
        this.shown = shown;
    }

    /** @return the report with {@link #TITLE_DEFAULT}, no notes and {@link #SHOWN_DEFAULT} */
    public static ScenarioReport withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param newTitle the page title
     * @return a copy with that title
     */
    public ScenarioReport withTitle(String newTitle) {
        Messages.require(newTitle != null && !newTitle.isBlank(), "the report title must not be blank");
        return new ScenarioReport(newTitle, notes, shown);
    }

    /**
     * @param newNotes statements shown at the top of every page (e.g. that the data are illustrative)
     * @return a copy with those notes
     */
    public ScenarioReport withNotes(List<String> newNotes) {
        return new ScenarioReport(title, List.copyOf(newNotes), shown);
    }

    /**
     * @param scenarios how many scenarios the tableau and the impact balances show (1..100)
     * @return a copy with that number
     * @throws InvalidInputException when outside 1..100
     */
    public ScenarioReport withScenariosShown(int scenarios) {
        Messages.require(scenarios >= 1 && scenarios <= 100, "scenarios shown must be in 1..100, got %d", scenarios);
        return new ScenarioReport(title, notes, scenarios);
    }

    /** @return the title */
    public String title() {
        return title;
    }

    /** @return the notes */
    public List<String> notes() {
        return notes;
    }

    /** @return how many scenarios are shown in the tableau */
    public int scenariosShown() {
        return shown;
    }

    /**
     * @param matrix the judgement matrix
     * @param result its solution set
     * @param weights succession weights, or null
     * @return file name to content: the SVG pictures and {@value #CIB_PAGE}
     */
    public Map<String, String> renderCib(CibMatrix matrix, CibResult result, SuccessionResult weights) {
        return renderCib(matrix, result, weights, null);
    }

    /**
     * {@link #renderCib(CibMatrix, CibResult, SuccessionResult)} with, when {@code noise} is given,
     * a section on judgement noise: every scenario in the solution set of at least one noisy draw,
     * with its estimated probability of consistency.
     *
     * @param matrix the judgement matrix
     * @param result its solution set
     * @param weights succession weights, or null
     * @param noise the judgement-noise result for the same matrix, or null
     * @return file name to content: the SVG pictures and {@value #CIB_PAGE}
     */
    public Map<String, String> renderCib(CibMatrix matrix, CibResult result, SuccessionResult weights,
            ShareResult<JudgementNoise> noise) {
        Objects.requireNonNull(matrix, "matrix");
        ScenarioSpace space = matrix.space();
        List<CibScenario> top = result.scenarios().subList(0, Math.min(shown, result.size()));
        Map<Scenario, Long> w = weights == null ? Map.of() : weights.weights();
        InconsistencyCounts ic = InconsistencyCounts.of(matrix, InconsistencyCounts.DRAWS_DEFAULT);
        Map<String, String> svgs = new LinkedHashMap<>();
        svgs.put("scenario-tableau.svg", ScenarioTableauSvg.render(space, top, w, title + ": scenario tableau"));
        svgs.put("inconsistency-histogram.svg", HistogramSvg.render(ic.counts(),
                (ic.exact() ? "Inconsistency of every scenario (" : "Inconsistency of a random sample of ")
                        + ic.scenarios() + (ic.exact() ? " scenarios)" : " scenarios"), "inconsistency"));

        HtmlPage h = HtmlPage.open(title);
        notes.forEach(n -> h.raw("<div class=\"note\">").text(n).raw("</div>\n"));
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
        h.section("histogram", "Inconsistency histogram");
        h.figures(Map.of("inconsistency-histogram.svg", svgs.get("inconsistency-histogram.svg")));
        h.section("solutions", "Solution list");
        solutionList(h, space, result, weights == null ? null : w);
        if (noise != null) {
            JudgementNoise c = noise.config();
            h.section("noise", "Judgement noise");
            h.muted(String.format(java.util.Locale.ROOT, "%d noisy copies of the matrix, each cell c drawn as c + "
                    + "round(%s · g) with g standard normal (%s), seed %d. Probability: the share of copies in which "
                    + "the scenario has inconsistency <= %d.", c.draws().count(), c.standardDeviation(),
                    c.zerosKept() ? "zero cells kept" : "zero cells drawn too", c.draws().seed(),
                    c.cib().maxInconsistency()));
            shareTable(h, noise, "draws", "probability", null, null);
        }
        Map<String, String> files = ReportFiles.withDeclarations(svgs);
        files.put(CIB_PAGE, h.close());
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

    private static void solutionList(HtmlPage h, ScenarioSpace space, CibResult result, Map<Scenario, Long> w) {
        String[] head = CibTable.solutionHeader(space);
        h.raw("<div style=\"overflow-x:auto\">");
        h.tableHead(head);
        int k = 0;
        for (CibScenario s : result.scenarios()) {
            if (k == LISTED_MAX) {
                break;
            }
            h.raw("<tr>").num(Integer.toString(++k)).num(Integer.toString(s.inconsistency()))
                    .num(Integer.toString(s.consistencyValue())).num(Long.toString(s.totalImpactScore()))
                    .num(w == null ? "" : Long.toString(w.getOrDefault(s.scenario(), 0L)));
            variantCells(h, space, s.scenario());
            h.raw("</tr>\n");
        }
        h.raw("</table></div>\n");
        if (result.size() > LISTED_MAX) {
            h.muted(LISTED_MAX + " of " + result.size() + " scenarios listed.");
        }
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
            String extraHead, java.util.function.Function<ScenarioShare, String> extra) {
        if (r.scenarios().isEmpty()) {
            h.muted("No scenario is in the solution set of any matrix.");
            return;
        }
        h.raw("<div style=\"overflow-x:auto\">");
        h.tableHead(extra == null ? CibTable.header(r.space(), "#", countName, shareName)
                : CibTable.header(r.space(), "#", countName, shareName, extraHead));
        int k = 0;
        for (ScenarioShare s : r.scenarios()) {
            if (k == LISTED_MAX) {
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
        if (r.scenarios().size() > LISTED_MAX) {
            h.muted(LISTED_MAX + " of " + r.scenarios().size() + " scenarios listed.");
        }
    }

    /**
     * The page of an ensemble (several matrices over one space, e.g. one per expert): a summary,
     * the tableau of the scenarios with the largest shares and the list of every scenario in the
     * solution set of at least one member with its share of members, in {@value #CIB_PAGE}.
     *
     * @param result the ensemble result
     * @param members the members' names, in the order they were solved
     * @return file name to content: {@code scenario-tableau.svg} and {@value #CIB_PAGE}
     */
    public Map<String, String> renderEnsemble(ShareResult<Ensemble> result, List<String> members) {
        return renderEnsemble(result, members, null);
    }

    /**
     * As {@link #renderEnsemble(ShareResult, List)}, with a judgement-noise section when
     * {@code noise} is given: noise over the same members ({@link JudgementNoise#analyze(List)}),
     * every scenario's probability and each member's.
     *
     * @param result the ensemble result
     * @param members the members' names, in the order they were solved
     * @param noise judgement noise over the same members, or null
     * @return file name to content: {@code scenario-tableau.svg} and {@value #CIB_PAGE}
     */
    public Map<String, String> renderEnsemble(ShareResult<Ensemble> result, List<String> members,
            ShareResult<JudgementNoise> noise) {
        ScenarioSpace space = result.space();
        List<ScenarioShare> top = result.scenarios().subList(0, Math.min(shown, result.scenarios().size()));
        Map<String, String> svgs = new LinkedHashMap<>();
        svgs.put("scenario-tableau.svg", ScenarioTableauSvg.render(space, top.stream()
                .map(s -> new ScenarioTableauSvg.Column(s.scenario(), "in " + s.count() + " of " + result.matrices()
                        + " members", String.format(java.util.Locale.ROOT, "share %.2f", s.share())))
                .toList(), title + ": scenario tableau"));
        int k = result.config().cib().maxInconsistency();
        HtmlPage h = HtmlPage.open(title);
        notes.forEach(n -> h.raw("<div class=\"note\">").text(n).raw("</div>\n"));
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
        shareTable(h, result, "in", "share", "members", s -> CibTable.holders(s, result.matrices(), members, ", "));
        if (noise != null) {
            JudgementNoise c = noise.config();
            h.section("noise", "Judgement noise");
            h.muted(String.format(java.util.Locale.ROOT, "%d noisy copies of every member, each cell c drawn as c + "
                    + "round(%s · g) with g standard normal (%s), seed %d. Probability: the share of all members' "
                    + "copies in which the scenario has inconsistency <= %d (a member taken at random); by member: "
                    + "that share within each member's copies, in the order %s.", c.draws().count(),
                    c.standardDeviation(), c.zerosKept() ? "zero cells kept" : "zero cells drawn too",
                    c.draws().seed(), c.cib().maxInconsistency(),
                    String.join(", ", members)));
            shareTable(h, noise, "draws", "probability", "by member",
                    s -> CibTable.byMember(s, noise.matrices(), members.size(), " / "));
        }
        Map<String, String> files = ReportFiles.withDeclarations(svgs);
        files.put(CIB_PAGE, h.close());
        return files;
    }

    /**
     * Writes {@link #renderCib} into a folder.
     *
     * @param matrix the judgement matrix
     * @param result its solution set
     * @param weights succession weights, or null
     * @param dir the folder (created if needed)
     * @return the files written
     * @throws IOException when a file cannot be written
     */
    public List<Path> writeCib(CibMatrix matrix, CibResult result, SuccessionResult weights, Path dir)
            throws IOException {
        return ReportFiles.write(renderCib(matrix, result, weights), dir);
    }

    /**
     * @param result a morphological analysis
     * @return file name to content: {@code morphological-box.svg} and {@value #MORPH_PAGE}
     */
    public Map<String, String> renderMorph(MorphologicalResult result) {
        ScenarioSpace space = result.space();
        Scenario first = result.configurations().isEmpty() ? null : result.configurations().get(0).scenario();
        Map<String, String> svgs = new LinkedHashMap<>();
        svgs.put("morphological-box.svg", MorphFieldSvg.render(result, first, title + ": morphological box"));
        HtmlPage h = HtmlPage.open(title);
        notes.forEach(n -> h.raw("<div class=\"note\">").text(n).raw("</div>\n"));
        h.section("summary", "Summary").tableHead("quantity", "value");
        h.row("parameters", Integer.toString(space.descriptorCount()));
        h.row("values", Integer.toString(space.totalVariants()));
        h.row("configurations in the space", space.size().toString());
        h.row("consistent configurations", result.count().toString());
        h.row("listed", Integer.toString(result.configurations().size()));
        h.row("scale", result.field().scale().name().toLowerCase(java.util.Locale.ROOT));
        h.raw("</table>\n");
        h.section("box", "Morphological box");
        h.muted(first == null ? "No consistent configuration: every value is greyed."
                : "Highlighted: the first listed consistent configuration. Under each value: the number of consistent "
                        + "configurations that hold it; greyed and struck through: values that none holds.");
        h.figures(Map.of("morphological-box.svg", svgs.get("morphological-box.svg")));
        h.section("configurations", "Consistent configurations");
        int n = space.descriptorCount();
        String[] head = new String[n + 2];
        head[0] = "#";
        for (int p = 0; p < n; p++) {
            head[p + 1] = space.descriptor(p).id();
        }
        head[n + 1] = "score";
        h.raw("<div style=\"overflow-x:auto\">");
        h.tableHead(head);
        int k = 0;
        for (Configuration c : result.configurations()) {
            if (k == LISTED_MAX) {
                break;
            }
            h.raw("<tr>").num(Integer.toString(++k));
            space.variantIds(c.scenario()).forEach(id -> h.raw("<td class=\"selected\">").text(id).raw("</td>"));
            h.num(c.score().isPresent() ? Integer.toString(c.score().getAsInt()) : "").raw("</tr>\n");
        }
        h.raw("</table></div>\n");
        if (!result.isComplete()) {
            h.muted(result.configurations().size() + " of " + result.count() + " consistent configurations listed.");
        }
        h.section("survival", "Survival of each value");
        h.tableHead("parameter", "value", "consistent configurations");
        for (int p = 0; p < n; p++) {
            for (int v = 0; v < space.variantCount(p); v++) {
                int g = space.offset(p) + v;
                h.raw("<tr>").cell(space.descriptor(p).id()).cell(space.descriptor(p).variant(v).id());
                if (result.survival(g).signum() == 0) {
                    h.num("0", "mark");
                } else {
                    h.num(result.survival(g).toString());
                }
                h.raw("</tr>\n");
            }
        }
        h.raw("</table>\n");
        Map<String, String> files = ReportFiles.withDeclarations(svgs);
        files.put(MORPH_PAGE, h.close());
        return files;
    }

    /**
     * Writes {@link #renderMorph} into a folder.
     *
     * @param result a morphological analysis
     * @param dir the folder (created if needed)
     * @return the files written
     * @throws IOException when a file cannot be written
     */
    public List<Path> writeMorph(MorphologicalResult result, Path dir) throws IOException {
        return ReportFiles.write(renderMorph(result), dir);
    }

    @Override
    public String toString() {
        return "ScenarioReport[title=" + title + ", shown=" + shown + "]";
    }
}
