package org.micmac4j.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.micmac4j.Sector;
import org.micmac4j.SplitRule;
import org.micmac4j.Variable;
import org.micmac4j.View;
import org.micmac4j.experts.Robustness;
import org.micmac4j.experts.RobustnessResult;
import org.micmac4j.experts.VariableRobustness;
import org.micmac4j.report.internal.render.HtmlPage;
import org.micmac4j.report.internal.render.JsonWriter;
import org.micmac4j.report.internal.render.Numbers;

/**
 * The Monte Carlo robustness of a classification, in every form, shared by the MICMAC report of
 * one matrix ({@code micmac analyze --draws}) and the panel report ({@code micmac experts
 * --draws}): the pictures {@code sector-probability.svg} and {@code rank-intervals.svg}
 * (indirect view), {@code robustness.csv}, the page's "Robustness (Monte Carlo)" section, the
 * terminal table, the JSON document and the workbook sheet.
 */
public final class RobustnessSection {
    private RobustnessSection() {
    }

    /**
     * @param r the robustness
     * @return the two pictures of the indirect view, by file name, without XML declarations
     */
    public static Map<String, String> pictures(RobustnessResult r) {
        Map<String, String> svgs = new LinkedHashMap<>();
        svgs.put("sector-probability.svg", SectorProbabilitySvg.of(r, View.INDIRECT));
        svgs.put("rank-intervals.svg", RankIntervalSvg.of(r, View.INDIRECT));
        return svgs;
    }

    /**
     * Writes the page section.
     *
     * @param h the page
     * @param mc the robustness
     * @param pictures the result of {@link #pictures}
     * @param panel whether the draws come from a panel (its two sources are then listed)
     */
    public static void html(HtmlPage h, RobustnessResult mc, Map<String, String> pictures, boolean panel) {
        h.section("robustness", "Robustness (Monte Carlo)");
        Robustness c = mc.config();
        h.raw("<p>").text(String.format(Locale.ROOT, "%d draws, seed %d (%s). The automatic indirect order stopped "
                + "stable in %.1f %% of the draws.", mc.draws(), mc.seed(), String.join("; ", sources(c, panel)),
                100 * mc.stableProbability())).raw("</p>\n");
        h.raw("<p>").text(String.format(Locale.ROOT, "Robust key variables (INFLUENT or RELAY in at least %.0f %% of "
                + "the draws, indirect view): %s.", 100 * c.keyThreshold(), keyVariables(mc, "none"))).raw("</p>\n");
        h.figures(pictures);
        h.muted("Indirect view: the probability of each sector over the draws, and the median and 90 % interval "
                + "(5th to 95th percentile) of each rank. robustness.csv holds every view.");
        h.tableHead("id", "P(INFLUENT)", "P(RELAY)", "P(DEPENDENT)", "P(AUTONOMOUS)", "influence rank",
                "90 % interval", "dependence rank", "90 % interval");
        for (VariableRobustness v : mc.view(View.INDIRECT)) {
            h.raw("<tr>").cell(v.variable().id());
            for (Sector s : Sector.values()) {
                h.num(Numbers.fixed(v.probability(s), 2));
            }
            h.num(Numbers.fixed(v.influenceRank().median(), 1))
                    .num("[" + Numbers.fixed(v.influenceRank().p05(), 1) + ", "
                            + Numbers.fixed(v.influenceRank().p95(), 1) + "]")
                    .num(Numbers.fixed(v.dependenceRank().median(), 1))
                    .num("[" + Numbers.fixed(v.dependenceRank().p05(), 1) + ", "
                            + Numbers.fixed(v.dependenceRank().p95(), 1) + "]")
                    .raw("</tr>\n");
        }
        h.raw("</table>\n");
    }

    /**
     * The terminal table of the indirect view, after a blank line.
     *
     * @param mc the robustness
     * @return the text, lines ending in {@code \n}
     */
    public static String text(RobustnessResult mc) {
        StringBuilder sb = new StringBuilder("\n");
        sb.append(String.format(Locale.ROOT, "Robustness: %d draws, seed %d; indirect order stable in %.1f %% of "
                + "draws%n", mc.draws(), mc.seed(), 100 * mc.stableProbability()));
        sb.append("  id          P(INFL)  P(RELAY)  P(DEP)  P(AUTO)  infl. rank [p05, p95]  dep. rank [p05, p95]\n");
        for (VariableRobustness v : mc.view(View.INDIRECT)) {
            sb.append(String.format(Locale.ROOT, "  %-10s  %6.2f  %7.2f  %6.2f  %7.2f  %5.1f [%4.1f, %4.1f]     "
                    + "%5.1f [%4.1f, %4.1f]%n", v.variable().id(), v.probability(Sector.INFLUENT),
                    v.probability(Sector.RELAY), v.probability(Sector.DEPENDENT), v.probability(Sector.AUTONOMOUS),
                    v.influenceRank().median(), v.influenceRank().p05(), v.influenceRank().p95(),
                    v.dependenceRank().median(), v.dependenceRank().p05(), v.dependenceRank().p95()));
        }
        sb.append(String.format(Locale.ROOT, "Robust key variables (INFLUENT or RELAY in >= %.0f %% of draws): %s%n",
                100 * mc.config().keyThreshold(), keyVariables(mc, "")));
        return sb.toString().replace("\r\n", "\n");
    }

    private static String keyVariables(RobustnessResult mc, String none) {
        List<Variable> key = mc.robustKeyVariables(View.INDIRECT);
        return key.isEmpty() ? none : String.join(", ", key.stream().map(Variable::id).toList());
    }

    /**
     * The robustness of a single matrix ({@code micmac analyze --draws N --json} prints
     * {@code {"analysis": the MICMAC document, "robustness": this}}): draws, seed, the sources of
     * uncertainty (perturbation p and q, the P weight range or null, the split rules drawn, empty
     * for none), the probability that the indirect order stops stable, and per variable the four
     * views as in {@link ViewJson#writeRobustness}.
     *
     * @param r the result
     * @param out where the document goes
     */
    public static void json(RobustnessResult r, Appendable out) {
        JsonWriter w = new JsonWriter(out).beginObject();
        w.name("draws").value(r.draws()).name("seed").value(r.seed());
        w.name("perturbation").beginObject().name("p").value(r.config().perturbationP()).name("q")
                .value(r.config().perturbationQ()).endObject();
        double[] range = r.config().potentialWeightRange();
        w.name("pWeightRange");
        if (range == null) {
            w.value((String) null);
        } else {
            w.beginArray().value(range[0]).value(range[1]).endArray();
        }
        w.name("splitRules").beginArray();
        for (SplitRule rule : r.config().splitRules()) {
            w.value(rule.name());
        }
        w.endArray();
        w.name("stableProbability").value(r.stableProbability());
        w.name("keyThreshold").value(r.config().keyThreshold());
        w.name("robustKeyVariables").beginArray();
        for (Variable v : r.robustKeyVariables(View.INDIRECT)) {
            w.value(v.id());
        }
        w.endArray();
        w.name("variables").beginArray();
        for (int i = 0; i < r.variables().size(); i++) {
            w.beginObject().name("id").value(r.variables().get(i).id());
            for (View view : View.values()) {
                ViewJson.writeRobustness(w.name(ViewJson.key(view)), r.view(view).get(i));
            }
            w.endObject();
        }
        w.endArray().endObject().finish();
    }

    /**
     * @param r the robustness
     * @return {@code robustness.csv}: one row per view and variable
     */
    public static String csv(RobustnessResult r) {
        return sheet(r).csv();
    }

    /**
     * @param r the robustness
     * @return the sheet {@code robustness}: one row per view and variable, sector probabilities
     *     and rank summaries
     */
    public static SheetTable sheet(RobustnessResult r) {
        List<String> header = new ArrayList<>(List.of("view", "id"));
        for (Sector s : Sector.values()) {
            header.add("p_" + s.name().toLowerCase(Locale.ROOT));
        }
        header.addAll(List.of("influence_rank_median", "influence_rank_p05", "influence_rank_p95",
                "dependence_rank_median", "dependence_rank_p05", "dependence_rank_p95"));
        List<List<Object>> rows = new ArrayList<>();
        for (View view : View.values()) {
            for (VariableRobustness v : r.view(view)) {
                List<Object> row = new ArrayList<>(List.of(ViewJson.key(view), v.variable().id()));
                for (Sector s : Sector.values()) {
                    row.add(v.probability(s));
                }
                row.addAll(List.of(v.influenceRank().median(), v.influenceRank().p05(), v.influenceRank().p95(),
                        v.dependenceRank().median(), v.dependenceRank().p05(), v.dependenceRank().p95()));
                rows.add(row);
            }
        }
        return new SheetTable("robustness", header, rows, 2);
    }

    /** The sources of uncertainty in words. */
    private static List<String> sources(Robustness c, boolean panel) {
        List<String> sources = new ArrayList<>();
        if (panel && c.expertBootstrap()) {
            sources.add("experts resampled with replacement");
        }
        if (panel && c.cellDraws()) {
            sources.add("each cell drawn from its opinions");
        }
        if (c.perturbationP() > 0 || c.perturbationQ() > 0) {
            sources.add(String.format(Locale.ROOT, "perturbation p = %s, q = %s", c.perturbationP(),
                    c.perturbationQ()));
        }
        double[] range = c.potentialWeightRange();
        if (range != null) {
            sources.add(String.format(Locale.ROOT, "P weight drawn uniformly in [%s, %s]", range[0], range[1]));
        }
        if (!c.splitRules().isEmpty()) {
            sources.add("split rule drawn among " + String.join(", ", c.splitRules().stream()
                    .map(SplitRule::name).map(s -> s.toLowerCase(Locale.ROOT).replace('_', '-')).toList()));
        }
        return sources;
    }
}
