package org.micmac4j.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.micmac4j.Sector;
import org.micmac4j.View;
import org.micmac4j.agreement.AlphaMetric;
import org.micmac4j.agreement.KendallW;
import org.micmac4j.experts.CellCoverage;
import org.micmac4j.experts.CellDispersion;
import org.micmac4j.experts.ExpertLeverage;
import org.micmac4j.experts.Panel;
import org.micmac4j.experts.PanelAgreement;
import org.micmac4j.experts.PanelResult;
import org.micmac4j.experts.RobustnessResult;
import org.micmac4j.experts.VariableRobustness;
import org.micmac4j.experts.VariableShift;
import org.micmac4j.report.render.Numbers;

/** The CSV files of the experts report, written with Commons CSV. */
final class ExpertsCsv {
    private ExpertsCsv() {
    }

    private interface Rows {
        void print(CSVPrinter p) throws IOException;
    }

    private static String csv(List<String> header, Rows rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
                .setHeader(header.toArray(new String[0])).get())) {
            rows.print(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The disputed cells for a second (Delphi) round: from, to, every expert's opinion (blank =
     * no opinion, P), then the count, mean, standard deviation, IQR and range.
     */
    static String disputed(PanelResult r) {
        Panel p = r.panel();
        List<String> header = new ArrayList<>(List.of("from", "to"));
        header.addAll(p.experts());
        header.addAll(List.of("opinions", "mean", "sd", "iqr", "range"));
        return csv(header, out -> {
            for (CellDispersion d : r.disputedCells()) {
                List<Object> row = new ArrayList<>();
                row.add(p.variables().get(d.from()).id());
                row.add(p.variables().get(d.to()).id());
                for (int e = 0; e < p.expertCount(); e++) {
                    row.add(p.token(e, d.from(), d.to()));
                }
                row.add(d.opinions());
                row.add(Numbers.fixed(d.mean(), 3));
                row.add(Numbers.fixed(d.standardDeviation(), 3));
                row.add(Numbers.fixed(d.interquartileRange(), 3));
                row.add(Numbers.fixed(d.range(), 3));
                out.printRecord(row);
            }
        });
    }

    /** Cells with fewer opinions than the coverage threshold. */
    static String coverage(PanelResult r) {
        Panel p = r.panel();
        return csv(List.of("from", "to", "opinions"), out -> {
            for (CellCoverage c : r.coverage().weak()) {
                out.printRecord(p.variables().get(c.from()).id(), p.variables().get(c.to()).id(), c.opinions());
            }
        });
    }

    /** Kendall's W per view and axis, Krippendorff's alpha per metric. */
    static String agreement(PanelAgreement a) {
        return csv(List.of("statistic", "of", "value", "chi2", "df", "p"), out -> {
            for (View v : PanelAgreement.rankedViews()) {
                w(out, MicmacJson.key(v) + " influence", a.kendallW(v).influence());
                w(out, MicmacJson.key(v) + " dependence", a.kendallW(v).dependence());
            }
            for (AlphaMetric m : AlphaMetric.values()) {
                out.printRecord("krippendorff_alpha", m.name().toLowerCase(java.util.Locale.ROOT),
                        Double.toString(a.alpha(m).alpha()), "", "", "");
            }
        });
    }

    private static void w(CSVPrinter out, String of, KendallW.Result k) throws IOException {
        out.printRecord("kendall_w", of, Double.toString(k.w()), Double.toString(k.chiSquare()), k.degreesOfFreedom(),
                Double.toString(k.pValue()));
    }

    /** One row per expert and variable. */
    static String leaveOneOut(PanelResult r) {
        return csv(List.of("expert_left_out", "id", "sector", "sector_without", "influence_rank",
                "influence_rank_without", "dependence_rank", "dependence_rank_without"), out -> {
                    for (ExpertLeverage l : r.leaveOneOut()) {
                        for (VariableShift s : l.shifts()) {
                            out.printRecord(l.expert(), s.variable().id(), s.sector(), s.sectorWithout(),
                                    s.influenceRank(), s.influenceRankWithout(), s.dependenceRank(),
                                    s.dependenceRankWithout());
                        }
                    }
                });
    }

    /** One row per view and variable. */
    static String robustness(RobustnessResult r) {
        List<String> header = new ArrayList<>(List.of("view", "id"));
        for (Sector s : Sector.values()) {
            header.add("p_" + s.name().toLowerCase(java.util.Locale.ROOT));
        }
        header.addAll(List.of("influence_rank_median", "influence_rank_p05", "influence_rank_p95",
                "dependence_rank_median", "dependence_rank_p05", "dependence_rank_p95"));
        return csv(header, out -> {
            for (View view : View.values()) {
                for (VariableRobustness v : r.view(view)) {
                    List<Object> row = new ArrayList<>(List.of(MicmacJson.key(view), v.variable().id()));
                    for (Sector s : Sector.values()) {
                        row.add(Double.toString(v.probability(s)));
                    }
                    row.addAll(List.of(v.influenceRank().median(), v.influenceRank().p05(), v.influenceRank().p95(),
                            v.dependenceRank().median(), v.dependenceRank().p05(), v.dependenceRank().p95()));
                    out.printRecord(row);
                }
            }
        });
    }
}
