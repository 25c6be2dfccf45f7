package org.micmac4j.experts;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.MicmacResult;
import org.micmac4j.View;
import org.micmac4j.ViewResult;
import org.micmac4j.agreement.AlphaMetric;
import org.micmac4j.agreement.FleissKappa;
import org.micmac4j.agreement.IntraclassCorrelation;
import org.micmac4j.agreement.KendallW;
import org.micmac4j.agreement.KrippendorffAlpha;

/**
 * How much the experts agree: Kendall's W between their rankings of the variables (direct and
 * indirect views, each expert's own grid analysed by MICMAC, blanks read by
 * {@link PanelSynthesis#blankCells()}) and Krippendorff's alpha over the cells (units = the n (n −
 * 1) off-diagonal cells, observers = the experts, blanks missing, a P opinion valued
 * {@link PanelSynthesis#potentialValue()}), in the four metrics.
 *
 * <p>On the cells that every expert scored (complete data), also Fleiss' kappa (each score a
 * category) and the Shrout-Fleiss intraclass correlations (cells as targets, experts as judges);
 * null when fewer than two cells are complete.
 *
 * <p>Needs at least two experts (with one, {@link PanelResult#agreement()} is null).
 *
 * @param rankings Kendall's W for {@link View#DIRECT} and {@link View#INDIRECT} (unmodifiable)
 * @param alpha Krippendorff's alpha per metric (unmodifiable)
 * @param completeCells how many off-diagonal cells every expert scored
 * @param fleissKappa Fleiss' kappa over the complete cells, or null
 * @param icc the intraclass correlations over the complete cells, or null
 */
public record PanelAgreement(Map<View, RankAgreement> rankings, Map<AlphaMetric, KrippendorffAlpha.Result> alpha,
        int completeCells, FleissKappa.Result fleissKappa, IntraclassCorrelation.Result icc) {

    /**
     * @param view {@link View#DIRECT} or {@link View#INDIRECT}
     * @return Kendall's W of that view
     */
    public RankAgreement kendallW(View view) {
        RankAgreement r = rankings.get(view);
        if (r == null) {
            throw new IllegalArgumentException("Kendall's W is computed for DIRECT and INDIRECT, not " + view);
        }
        return r;
    }

    /**
     * @param metric a difference function
     * @return alpha in that metric
     */
    public KrippendorffAlpha.Result alpha(AlphaMetric metric) {
        return alpha.get(metric);
    }

    static PanelAgreement of(Panel panel, PanelSynthesis config, InfluenceMatrix aggregate) {
        int m = panel.expertCount();
        int n = panel.size();
        double[] fill = new double[n * n];
        if (config.blankCells() == BlankCells.AGGREGATE) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    fill[i * n + j] = aggregate.isPotential(i, j) ? config.potentialValue() : aggregate.value(i, j);
                }
            }
        }
        double[][][] scores = new double[4][n][m];
        for (int e = 0; e < m; e++) {
            MicmacResult r = config.micmac().analyze(panel.grid(e, fill));
            ViewResult d = r.view(View.DIRECT);
            ViewResult x = r.view(View.INDIRECT);
            for (int i = 0; i < n; i++) {
                scores[0][i][e] = d.influence(i);
                scores[1][i][e] = d.dependence(i);
                scores[2][i][e] = x.influence(i);
                scores[3][i][e] = x.dependence(i);
            }
        }
        KendallW w = KendallW.withDefaults();
        Map<View, RankAgreement> rankings = new EnumMap<>(View.class);
        rankings.put(View.DIRECT, new RankAgreement(View.DIRECT, w.of(scores[0]), w.of(scores[1])));
        rankings.put(View.INDIRECT, new RankAgreement(View.INDIRECT, w.of(scores[2]), w.of(scores[3])));

        double[][] units = cellUnits(panel, config.potentialValue());
        Map<AlphaMetric, KrippendorffAlpha.Result> alpha = new EnumMap<>(AlphaMetric.class);
        for (AlphaMetric metric : AlphaMetric.values()) {
            alpha.put(metric, KrippendorffAlpha.withDefaults().withMetric(metric).of(units));
        }
        List<double[]> complete = new java.util.ArrayList<>();
        for (double[] unit : units) {
            boolean full = true;
            for (double x : unit) {
                full &= !Double.isNaN(x);
            }
            if (full) {
                complete.add(unit);
            }
        }
        FleissKappa.Result kappa = null;
        IntraclassCorrelation.Result icc = null;
        if (complete.size() >= 2) {
            double[][] c = complete.toArray(new double[0][]);
            kappa = FleissKappa.withDefaults().ofRatings(c);
            icc = IntraclassCorrelation.withDefaults().of(c);
        }
        return new PanelAgreement(Collections.unmodifiableMap(rankings), Collections.unmodifiableMap(alpha),
                complete.size(), kappa, icc);
    }

    /** The off-diagonal cells as units, experts as observers, NaN for a blank. */
    static double[][] cellUnits(Panel panel, double potentialValue) {
        int n = panel.size();
        int m = panel.expertCount();
        double[][] units = new double[n * (n - 1)][m];
        for (int i = 0, u = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                for (int e = 0; e < m; e++) {
                    units[u][e] = panel.isPotential(e, i, j) ? potentialValue : panel.score(e, i, j);
                }
                u++;
            }
        }
        return units;
    }

    /** @return the views with a Kendall's W */
    public static List<View> rankedViews() {
        return List.of(View.DIRECT, View.INDIRECT);
    }
}
