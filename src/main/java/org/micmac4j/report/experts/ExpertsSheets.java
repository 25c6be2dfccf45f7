package org.micmac4j.report.experts;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.micmac4j.View;
import org.micmac4j.agreement.AlphaMetric;
import org.micmac4j.agreement.KendallW;
import org.micmac4j.experts.CellCoverage;
import org.micmac4j.experts.CellDispersion;
import org.micmac4j.experts.ExpertLeverage;
import org.micmac4j.experts.Panel;
import org.micmac4j.experts.PanelAgreement;
import org.micmac4j.experts.PanelResult;
import org.micmac4j.experts.VariableShift;
import org.micmac4j.io.MatrixCsv;
import org.micmac4j.report.internal.SheetTable;
import org.micmac4j.report.internal.ViewJson;

/**
 * The tables of the panel report, each once: the report folder holds them as CSV files, the
 * workbook as sheets.
 */
final class ExpertsSheets {
    private ExpertsSheets() {
    }

    /** The experts: weight, cells scored, P opinions. */
    static SheetTable experts(Panel p) {
        List<List<Object>> rows = new ArrayList<>();
        for (int e = 0; e < p.expertCount(); e++) {
            int scored = 0;
            int potential = 0;
            for (int i = 0; i < p.size(); i++) {
                for (int j = 0; j < p.size(); j++) {
                    scored += p.hasOpinion(e, i, j) ? 1 : 0;
                    potential += p.isPotential(e, i, j) ? 1 : 0;
                }
            }
            rows.add(SheetTable.row(p.experts().get(e), p.weight(e), scored, potential));
        }
        return new SheetTable("experts", List.of("expert", "weight", "cells_scored", "p_opinions"), rows, 1);
    }

    /**
     * The disputed cells for a second (Delphi) round: from, to, every expert's opinion (blank =
     * no opinion, P), then the count, mean, standard deviation, IQR and range (3 decimals).
     */
    static SheetTable disputed(PanelResult r) {
        Panel p = r.panel();
        List<String> header = new ArrayList<>(List.of("from", "to"));
        header.addAll(p.experts());
        header.addAll(List.of("opinions", "mean", "sd", "iqr", "range"));
        List<List<Object>> rows = new ArrayList<>();
        for (CellDispersion d : r.disputedCells()) {
            List<Object> row = new ArrayList<>();
            row.add(p.variables().get(d.from()).id());
            row.add(p.variables().get(d.to()).id());
            for (int e = 0; e < p.expertCount(); e++) {
                row.add(opinion(p.token(e, d.from(), d.to())));
            }
            row.addAll(List.of(d.opinions(), round3(d.mean()), round3(d.standardDeviation()),
                    round3(d.interquartileRange()), round3(d.range())));
            rows.add(row);
        }
        return new SheetTable("disputed_cells", header, rows, 2);
    }

    /** An opinion as a cell: blank, "P", or the number as written (3 stays 3, not 3.0). */
    private static Object opinion(String token) {
        if (token.isEmpty() || token.equals("P")) {
            return token.isEmpty() ? null : token;
        }
        double v = Double.parseDouble(token);
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? (Object) (long) v : (Object) v;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** Cells with fewer opinions than the coverage threshold. */
    static SheetTable coverage(PanelResult r) {
        Panel p = r.panel();
        List<List<Object>> rows = new ArrayList<>();
        for (CellCoverage c : r.coverage().weak()) {
            rows.add(SheetTable.row(p.variables().get(c.from()).id(), p.variables().get(c.to()).id(), c.opinions()));
        }
        return new SheetTable("coverage", List.of("from", "to", "opinions"), rows, 2);
    }

    /** Kendall's W per view and axis, Krippendorff's alpha per metric. */
    static SheetTable agreement(PanelAgreement a) {
        List<List<Object>> rows = new ArrayList<>();
        for (View v : PanelAgreement.rankedViews()) {
            rows.add(kendall(ViewJson.key(v) + " influence", a.kendallW(v).influence()));
            rows.add(kendall(ViewJson.key(v) + " dependence", a.kendallW(v).dependence()));
        }
        for (AlphaMetric m : AlphaMetric.values()) {
            rows.add(SheetTable.row("krippendorff_alpha", m.name().toLowerCase(Locale.ROOT), a.alpha(m).alpha(), null,
                    null, null));
        }
        return new SheetTable("agreement", List.of("statistic", "of", "value", "chi2", "df", "p"), rows, 2);
    }

    private static List<Object> kendall(String of, KendallW.Result k) {
        return SheetTable.row("kendall_w", of, k.w(), k.chiSquare(), k.degreesOfFreedom(), k.pValue());
    }

    /** One row per expert and variable. */
    static SheetTable leaveOneOut(PanelResult r) {
        List<List<Object>> rows = new ArrayList<>();
        for (ExpertLeverage l : r.leaveOneOut()) {
            for (VariableShift s : l.shifts()) {
                rows.add(SheetTable.row(l.expert(), s.variable().id(), s.sector().name(), s.sectorWithout().name(),
                        s.influenceRank(), s.influenceRankWithout(), s.dependenceRank(), s.dependenceRankWithout()));
            }
        }
        return new SheetTable("leave_one_out", List.of("expert_left_out", "id", "sector", "sector_without",
                "influence_rank", "influence_rank_without", "dependence_rank", "dependence_rank_without"), rows, 2);
    }

    /** The aggregate matrix in the layout {@link MatrixCsv} reads back. */
    static String aggregateCsv(PanelResult r) {
        StringWriter aggregate = new StringWriter();
        try {
            MatrixCsv.write(r.aggregate(), aggregate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return aggregate.toString();
    }
}
