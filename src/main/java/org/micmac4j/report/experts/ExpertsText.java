package org.micmac4j.report.experts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.micmac4j.View;
import org.micmac4j.agreement.AlphaMetric;
import org.micmac4j.experts.CellDispersion;
import org.micmac4j.experts.ExpertLeverage;
import org.micmac4j.experts.Panel;
import org.micmac4j.experts.PanelAgreement;
import org.micmac4j.experts.PanelResult;
import org.micmac4j.experts.RankAgreement;
import org.micmac4j.report.internal.render.TextTable;

/**
 * The panel's terminal text before the aggregate's table: the panel, coverage, agreement with
 * what it means, the most disputed cells with each expert's opinion by name, and leave-one-out.
 */
final class ExpertsText {
    /** Disputed cells printed (the report folder and the JSON have them all). */
    static final int DISPUTED_SHOWN = 10;

    private ExpertsText() {
    }

    static String of(PanelResult r) {
        Panel p = r.panel();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%d experts (%s), %d variables; rule %s%n", p.expertCount(),
                String.join(", ", p.experts()), p.size(), r.config().rule().name().toLowerCase(Locale.ROOT)));
        sb.append(String.format(Locale.ROOT, "Coverage: %d cells with fewer than %d opinions, %d with none "
                + "(aggregated as 0)%n", r.coverage().weak().size(), r.config().minCoverage(),
                r.coverage().uncovered().size()));
        PanelAgreement a = r.agreement();
        if (a != null) {
            agreement(sb, a);
            disputed(sb, r);
            leaveOneOut(sb, r);
        }
        return sb.toString().replace("\r\n", "\n");
    }

    private static void agreement(StringBuilder sb, PanelAgreement a) {
        sb.append("\nAgreement\n");
        for (View v : PanelAgreement.rankedViews()) {
            RankAgreement k = a.kendallW(v);
            sb.append(String.format(Locale.ROOT,
                    "  Kendall's W %-8s influence %.3f %s (chi2 %.2f, p %.3g)   dependence "
                    + "%.3f %s (chi2 %.2f, p %.3g)%n", v.name().toLowerCase(Locale.ROOT), k.influence().w(),
                    AgreementWords.kendall(k.influence().w()), k.influence().chiSquare(), k.influence().pValue(),
                    k.dependence().w(), AgreementWords.kendall(k.dependence().w()), k.dependence().chiSquare(),
                    k.dependence().pValue()));
        }
        sb.append("  Krippendorff's alpha ");
        for (AlphaMetric m : List.of(AlphaMetric.ORDINAL, AlphaMetric.INTERVAL, AlphaMetric.NOMINAL,
                AlphaMetric.RATIO)) {
            double alpha = a.alpha(m).alpha();
            sb.append(String.format(Locale.ROOT, " %s %.3f %s", m.name().toLowerCase(Locale.ROOT), alpha,
                    AgreementWords.alpha(alpha)));
        }
        RankAgreement direct = a.kendallW(View.DIRECT);
        sb.append("\n  In words, on the experts' own grids: agreement on which variables are the most influent is ")
                .append(AgreementWords.kendallSentence(direct.influence())).append(";\n    on which are the most "
                        + "dependent, ").append(AgreementWords.kendallSentence(direct.dependence())).append(".\n");
        sb.append("  Scales: ").append(AgreementWords.KENDALL_SCALE).append(".\n    ")
                .append(AgreementWords.ALPHA_SCALE).append(".\n");
    }

    private static void disputed(StringBuilder sb, PanelResult r) {
        Panel p = r.panel();
        List<CellDispersion> cells = r.disputedCells();
        sb.append("\nMost disputed cells (standard deviation of the opinions; each expert's opinion)\n");
        for (CellDispersion d : cells.subList(0, Math.min(DISPUTED_SHOWN, cells.size()))) {
            List<String> said = new ArrayList<>();
            List<String> silent = new ArrayList<>();
            for (int e = 0; e < p.expertCount(); e++) {
                String t = p.token(e, d.from(), d.to());
                if (t.isEmpty()) {
                    silent.add(p.experts().get(e));
                } else {
                    said.add(p.experts().get(e) + " " + t);
                }
            }
            sb.append(String.format(Locale.ROOT, "  %s -> %s  sd %.2f: %s%s%n", p.variables().get(d.from()).id(),
                    p.variables().get(d.to()).id(), d.standardDeviation(), String.join(", ", said),
                    silent.isEmpty() ? "" : "; no opinion: " + String.join(", ", silent)));
        }
        if (cells.size() > DISPUTED_SHOWN) {
            sb.append("  ... ").append(cells.size() - DISPUTED_SHOWN)
                    .append(" more in the report (disputed-cells.csv, for a second Delphi round)\n");
        }
    }

    private static void leaveOneOut(StringBuilder sb, PanelResult r) {
        sb.append("\nLeave one expert out (indirect view of the aggregate without each expert)\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"expert left out", "sector changes", "largest rank shift",
                "variables that change sector"});
        for (ExpertLeverage l : r.leaveOneOut()) {
            List<String> moved = new ArrayList<>();
            l.shifts().stream().filter(s -> s.sectorChanged()).forEach(s -> moved.add(s.variable().id() + " "
                    + s.sector() + " -> " + s.sectorWithout()));
            rows.add(new String[] {l.expert(), Integer.toString(l.sectorChanges()), Integer.toString(l.maxRankShift()),
                moved.isEmpty() ? "none" : String.join(", ", moved)});
        }
        sb.append(TextTable.render(rows, 1, 3));
    }
}
