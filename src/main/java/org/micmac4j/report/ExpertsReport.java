package org.micmac4j.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.micmac4j.View;
import org.micmac4j.agreement.AlphaMetric;
import org.micmac4j.agreement.IccForm;
import org.micmac4j.agreement.KendallW;
import org.micmac4j.experts.CellDispersion;
import org.micmac4j.experts.ExpertLeverage;
import org.micmac4j.experts.Panel;
import org.micmac4j.experts.PanelAgreement;
import org.micmac4j.experts.PanelResult;
import org.micmac4j.experts.RobustnessResult;
import org.micmac4j.io.MatrixCsv;
import org.micmac4j.report.render.HtmlPage;
import org.micmac4j.report.render.Numbers;

/**
 * The report folder of a panel synthesis: {@code report.html} (panel, coverage, agreement,
 * disputed cells, leave-one-out, robustness with its two pictures), {@code aggregate/} (the usual
 * {@link MicmacReport} of the aggregate matrix), {@code aggregate.csv}, {@code agreement.csv},
 * {@code disputed-cells.csv} (to send back to the panel for a Delphi round), {@code coverage.csv},
 * {@code leave-one-out.csv}, and with draws {@code robustness.csv},
 * {@code sector-probability.svg} and {@code rank-intervals.svg}.
 *
 * <pre>{@code
 * ExpertsReport.withDefaults().withTitle("Panel 2040").write(panelResult, robustnessOrNull, dir);
 * }</pre>
 */
public final class ExpertsReport {
    /** The default title. */
    public static final String TITLE_DEFAULT = "Expert panel synthesis";

    private static final ExpertsReport DEFAULTS = new ExpertsReport(TITLE_DEFAULT);

    private final String title;

    private ExpertsReport(String title) {
        this.title = title;
    }

    /** @return the report with the default title */
    public static ExpertsReport withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param newTitle the title
     * @return a copy
     */
    public ExpertsReport withTitle(String newTitle) {
        return new ExpertsReport(Objects.requireNonNull(newTitle, "title"));
    }

    /** @return the title */
    public String title() {
        return title;
    }

    /**
     * Renders the top-level files in memory (not the {@code aggregate/} folder).
     *
     * @param r the synthesis
     * @param mc its robustness, or null
     * @return file name to content
     */
    public Map<String, String> render(PanelResult r, RobustnessResult mc) {
        Map<String, String> svgs = mc == null ? new LinkedHashMap<>() : RobustnessReport.pictures(mc);
        Map<String, String> files = ReportFiles.withDeclarations(svgs);
        StringWriter aggregate = new StringWriter();
        try {
            MatrixCsv.write(r.aggregate(), aggregate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.put("aggregate.csv", aggregate.toString());
        files.put("coverage.csv", ExpertsCsv.coverage(r));
        files.put("disputed-cells.csv", ExpertsCsv.disputed(r));
        if (r.agreement() != null) {
            files.put("agreement.csv", ExpertsCsv.agreement(r.agreement()));
            files.put("leave-one-out.csv", ExpertsCsv.leaveOneOut(r));
        }
        if (mc != null) {
            files.put("robustness.csv", ExpertsCsv.robustness(mc));
        }
        files.put("report.html", html(r, mc, svgs));
        return files;
    }

    /**
     * Writes the folder (created if needed; files of the same names replaced).
     *
     * @param r the synthesis
     * @param mc its robustness, or null
     * @param dir the folder
     * @return the files written
     * @throws IOException when writing fails
     */
    public List<Path> write(PanelResult r, RobustnessResult mc, Path dir) throws IOException {
        List<Path> out = new ArrayList<>(ReportFiles.write(render(r, mc), dir));
        out.addAll(MicmacReport.withDefaults().withTitle(title + ": aggregate matrix")
                .withNotes(List.of("Aggregate of " + r.panel().expertCount() + " experts by the rule "
                        + r.config().rule().name().toLowerCase(Locale.ROOT) + "."))
                .write(r.analysis(), dir.resolve("aggregate")));
        return out;
    }

    private String html(PanelResult r, RobustnessResult mc, Map<String, String> svgs) {
        Panel p = r.panel();
        HtmlPage h = HtmlPage.open(title);
        h.raw("<p>").text(String.format(Locale.ROOT, "%d experts, %d variables, aggregation rule %s. ",
                p.expertCount(), p.size(), r.config().rule().name().toLowerCase(Locale.ROOT)))
                .raw("The MICMAC report of the aggregate matrix is in <a href=\"aggregate/report.html\">aggregate/</a>.</p>\n");
        h.section("experts", "Experts");
        h.tableHead("expert", "weight", "cells scored", "P opinions");
        for (int e = 0; e < p.expertCount(); e++) {
            int scored = 0;
            int pCount = 0;
            for (int i = 0; i < p.size(); i++) {
                for (int j = 0; j < p.size(); j++) {
                    scored += p.hasOpinion(e, i, j) ? 1 : 0;
                    pCount += p.isPotential(e, i, j) ? 1 : 0;
                }
            }
            h.raw("<tr>").cell(p.experts().get(e)).num(Numbers.fixed(p.weight(e), 2)).num(Integer.toString(scored))
                    .num(Integer.toString(pCount)).raw("</tr>\n");
        }
        h.raw("</table>\n");
        h.section("coverage", "Coverage");
        h.raw("<p>").text(String.format(Locale.ROOT,
                "%d off-diagonal cells have fewer than %d opinions (coverage.csv); %d have none and count 0 in the "
                        + "aggregate. Smallest coverage: %d.",
                r.coverage().weak().size(), r.config().minCoverage(), r.coverage().uncovered().size(),
                r.coverage().minimum())).raw("</p>\n");
        PanelAgreement a = r.agreement();
        if (a != null) {
            agreement(h, a);
            disputed(h, r);
            leaveOneOut(h, r);
        } else {
            h.muted("A single expert: no agreement statistics.");
        }
        if (mc != null) {
            RobustnessReport.section(h, mc, svgs, true);
        }
        return h.close();
    }

    private static void agreement(HtmlPage h, PanelAgreement a) {
        h.section("agreement", "Agreement");
        h.muted("Kendall's W between the experts' rankings of the variables (each expert's own grid analysed by MICMAC; "
                + "tie-corrected; chi-square = m (n - 1) W with n - 1 degrees of freedom). 1 = identical rankings.");
        h.tableHead("view", "axis", "W", "chi-square", "df", "p");
        for (View v : PanelAgreement.rankedViews()) {
            kendall(h, MicmacJson.key(v), "influence", a.kendallW(v).influence());
            kendall(h, MicmacJson.key(v), "dependence", a.kendallW(v).dependence());
        }
        h.raw("</table>\n");
        h.muted("Krippendorff's alpha over the off-diagonal cells (experts as observers, blanks missing). "
                + "1 = perfect agreement, 0 = chance level.");
        h.tableHead("metric", "alpha", "pairable values");
        for (AlphaMetric m : AlphaMetric.values()) {
            h.raw("<tr>").cell(m.name().toLowerCase(Locale.ROOT)).num(Numbers.fixed(a.alpha(m).alpha(), 3))
                    .num(Numbers.fixed(a.alpha(m).pairableValues(), 0)).raw("</tr>\n");
        }
        h.raw("</table>\n");
        if (a.icc() != null) {
            h.muted(String.format(Locale.ROOT, "On the %d cells that every expert scored: Fleiss' kappa (each score a "
                    + "category) and the intraclass correlations (cells as targets, experts as judges; 95 %% limits).",
                    a.completeCells()));
            h.tableHead("statistic", "value", "95 % limits");
            h.raw("<tr>").cell("Fleiss' kappa").num(Numbers.fixed(a.fleissKappa().kappa(), 3)).cell("")
                    .raw("</tr>\n");
            for (IccForm f : IccForm.values()) {
                var e = a.icc().get(f);
                h.raw("<tr>").cell(f.name()).num(Numbers.fixed(e.value(), 3))
                        .num("[" + Numbers.fixed(e.lower(), 3) + ", " + Numbers.fixed(e.upper(), 3) + "]")
                        .raw("</tr>\n");
            }
            h.raw("</table>\n");
        }
    }

    private static void kendall(HtmlPage h, String view, String axis, KendallW.Result k) {
        h.raw("<tr>").cell(view).cell(axis).num(Numbers.fixed(k.w(), 3)).num(Numbers.fixed(k.chiSquare(), 2))
                .num(Integer.toString(k.degreesOfFreedom())).num(String.format(Locale.ROOT, "%.3g", k.pValue()))
                .raw("</tr>\n");
    }

    private static void disputed(HtmlPage h, PanelResult r) {
        Panel p = r.panel();
        h.section("disputed", "Most disputed cells");
        h.muted("By decreasing standard deviation of the opinions; blank = no opinion. disputed-cells.csv holds the "
                + "same table to send back to the panel for a second (Delphi) round.");
        List<String> head = new ArrayList<>(List.of("from", "to"));
        head.addAll(p.experts());
        head.addAll(List.of("opinions", "mean", "sd", "IQR", "range"));
        h.tableHead(head.toArray(new String[0]));
        for (CellDispersion d : r.disputedCells()) {
            h.raw("<tr>").cell(p.variables().get(d.from()).id()).cell(p.variables().get(d.to()).id());
            for (int e = 0; e < p.expertCount(); e++) {
                h.num(p.token(e, d.from(), d.to()));
            }
            h.num(Integer.toString(d.opinions())).num(Numbers.fixed(d.mean(), 2))
                    .num(Numbers.fixed(d.standardDeviation(), 2)).num(Numbers.fixed(d.interquartileRange(), 2))
                    .num(Numbers.fixed(d.range(), 0)).raw("</tr>\n");
        }
        h.raw("</table>\n");
    }

    private static void leaveOneOut(HtmlPage h, PanelResult r) {
        h.section("leave-one-out", "Leave one expert out");
        h.muted("Indirect view of the aggregate without each expert: how many variables change sector and which.");
        h.tableHead("expert left out", "sector changes", "largest rank shift", "variables that change sector");
        for (ExpertLeverage l : r.leaveOneOut()) {
            StringBuilder moved = new StringBuilder();
            l.shifts().stream().filter(s -> s.sectorChanged()).forEach(s -> moved.append(moved.length() == 0 ? "" : ", ")
                    .append(s.variable().id()).append(' ').append(s.sector()).append(" → ").append(s.sectorWithout()));
            h.raw("<tr>").cell(l.expert()).num(Integer.toString(l.sectorChanges()))
                    .num(Integer.toString(l.maxRankShift())).cell(moved.toString()).raw("</tr>\n");
        }
        h.raw("</table>\n");
    }
}
