package org.micmac4j.report.experts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import org.micmac4j.report.internal.RobustnessSection;
import org.micmac4j.report.internal.ViewJson;
import org.micmac4j.report.internal.render.HtmlPage;
import org.micmac4j.report.internal.render.Numbers;

/**
 * {@code report.html} of a panel: the panel, coverage, agreement, disputed cells, leave-one-out
 * and, with draws, the robustness section with its two pictures.
 */
final class ExpertsHtml {
    private ExpertsHtml() {
    }

    /**
     * @param title the page title
     * @param r the synthesis
     * @param mc its robustness, or null
     * @param svgs the robustness pictures, or empty
     * @return the page
     */
    static String of(String title, PanelResult r, RobustnessResult mc, Map<String, String> svgs) {
        Panel p = r.panel();
        HtmlPage h = HtmlPage.open(title);
        h.raw("<p>").text(String.format(Locale.ROOT, "%d experts, %d variables, aggregation rule %s. ",
                p.expertCount(), p.size(), r.config().rule().name().toLowerCase(Locale.ROOT)))
                .raw("The MICMAC report of the aggregate matrix is in <a "
                + "href=\"aggregate/report.html\">aggregate/</a>.</p>\n");
        h.section("experts", "Experts");
        h.tableHead("expert", "weight", "cells scored", "P opinions");
        for (List<Object> row : ExpertsSheets.experts(p).rows()) {
            h.raw("<tr>").cell((String) row.get(0)).num(Numbers.fixed((Double) row.get(1), 2))
                    .num(row.get(2).toString()).num(row.get(3).toString()).raw("</tr>\n");
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
            RobustnessSection.html(h, mc, svgs, true);
        }
        return h.close();
    }

    private static void agreement(HtmlPage h, PanelAgreement a) {
        h.section("agreement", "Agreement");
        h.muted("Kendall's W between the experts' rankings of the variables (each expert's own grid analysed by "
                + "MICMAC; tie-corrected; chi-square = m (n - 1) W with n - 1 degrees of freedom), read on Schmidt's "
                + "scale for Delphi panels (1997): 0.1 very weak, 0.3 weak, 0.5 moderate, 0.7 strong, 0.9 unusually "
                + "strong agreement; 0 = none, 1 = identical rankings. A p above " + AgreementWords.ALPHA
                + " means no more agreement than chance would give.");
        h.tableHead("view", "axis", "W", "agreement", "chi-square", "df", "p");
        for (View v : PanelAgreement.rankedViews()) {
            kendall(h, ViewJson.key(v), "influence", a.kendallW(v).influence());
            kendall(h, ViewJson.key(v), "dependence", a.kendallW(v).dependence());
        }
        h.raw("</table>\n");
        h.muted("Krippendorff's alpha over the off-diagonal cells (experts as observers, blanks missing). "
                + "1 = perfect agreement, 0 = chance level; Krippendorff (2004): rely on the scores from 0.800, draw "
                + "tentative conclusions from 0.667, not below.");
        h.tableHead("metric", "alpha", "reading", "pairable values");
        for (AlphaMetric m : AlphaMetric.values()) {
            h.raw("<tr>").cell(m.name().toLowerCase(Locale.ROOT)).num(Numbers.fixed(a.alpha(m).alpha(), 3))
                    .cell(AgreementWords.alpha(a.alpha(m).alpha()))
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
        h.raw("<tr>").cell(view).cell(axis).num(Numbers.fixed(k.w(), 3)).cell(AgreementWords.kendall(k.w()))
                .num(Numbers.fixed(k.chiSquare(), 2))
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
            l.shifts().stream().filter(s -> s.sectorChanged())
                    .forEach(s -> moved.append(moved.length() == 0 ? "" : ", ").append(s.variable().id()).append(' ')
                    .append(s.sector()).append(" → ").append(s.sectorWithout()));
            h.raw("<tr>").cell(l.expert()).num(Integer.toString(l.sectorChanges()))
                    .num(Integer.toString(l.maxRankShift())).cell(moved.toString()).raw("</tr>\n");
        }
        h.raw("</table>\n");
    }
}
