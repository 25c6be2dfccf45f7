package org.micmac4j.report;

import java.io.IOException;
import java.nio.file.Path;
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
import org.micmac4j.report.render.HtmlPage;
import org.micmac4j.report.render.Numbers;

/**
 * The robustness part of a report, shared by the MICMAC report of a single matrix
 * ({@code micmac analyze --draws}, see {@link MicmacReport#render(org.micmac4j.MicmacResult, RobustnessResult)})
 * and the panel report ({@link ExpertsReport}): the files {@code robustness.csv},
 * {@code sector-probability.svg} and {@code rank-intervals.svg} (indirect view), and the page's
 * "Robustness (Monte Carlo)" section (sources of uncertainty, stability, robust key variables, the
 * two pictures and the table of sector probabilities and rank intervals).
 */
public final class RobustnessReport {
    private RobustnessReport() {
    }

    /**
     * The robustness files, by name, to write beside a MICMAC report in one atomic step.
     *
     * @param r the robustness of a matrix
     * @return {@code sector-probability.svg}, {@code rank-intervals.svg} and {@code robustness.csv}
     */
    public static Map<String, String> render(RobustnessResult r) {
        Map<String, String> files = ReportFiles.withDeclarations(pictures(r));
        files.put("robustness.csv", ExpertsCsv.robustness(r));
        return files;
    }

    /**
     * @param r the robustness of a matrix
     * @param dir the report folder (created if needed)
     * @return the files written
     * @throws IOException when writing fails
     */
    public static List<Path> write(RobustnessResult r, Path dir) throws IOException {
        return ReportFiles.write(render(r), dir);
    }

    /** The two pictures of the indirect view, by file name, without XML declarations (for inlining). */
    static Map<String, String> pictures(RobustnessResult r) {
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
    static void section(HtmlPage h, RobustnessResult mc, Map<String, String> pictures, boolean panel) {
        h.section("robustness", "Robustness (Monte Carlo)");
        Robustness c = mc.config();
        h.raw("<p>").text(String.format(Locale.ROOT, "%d draws, seed %d (%s). The automatic indirect order stopped "
                + "stable in %.1f %% of the draws.", mc.draws(), mc.seed(), String.join("; ", sources(c, panel)),
                100 * mc.stableProbability())).raw("</p>\n");
        List<Variable> key = mc.robustKeyVariables(View.INDIRECT);
        h.raw("<p>").text(String.format(Locale.ROOT, "Robust key variables (INFLUENT or RELAY in at least %.0f %% of "
                + "the draws, indirect view): %s.", 100 * c.keyThreshold(),
                key.isEmpty() ? "none" : String.join(", ", key.stream().map(Variable::id).toList()))).raw("</p>\n");
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
            sources.add(String.format(Locale.ROOT, "perturbation p = %s, q = %s", c.perturbationP(), c.perturbationQ()));
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
