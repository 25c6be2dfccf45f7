package org.micmac4j.agreement;

import java.util.Arrays;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Kendall's coefficient of concordance W between m raters who each rank (or score) the same n
 * objects.
 *
 * <p>Each rater's scores are ranked over the n objects, ties getting the average of the ranks
 * they span (scores 3, 1, 1 rank as 3, 1.5, 1.5). With R_i the sum of object i's ranks over the
 * raters and R̄ = m (n + 1) / 2 their mean:
 * <pre>
 *   S = Σ_i (R_i − R̄)²
 *   W = 12 S / (m² (n³ − n) − m Σ_j T_j),   T_j = Σ over rater j's tie groups of (t³ − t)
 *   χ² = m (n − 1) W,  n − 1 degrees of freedom,  p = P(χ²_{n−1} ≥ χ²)
 * </pre>
 * W = 1 when all raters rank alike, 0 when the rank sums are all equal. Without the tie correction
 * the denominator is m² (n³ − n). With it, χ² equals Friedman's tie-corrected statistic.
 *
 * <p>Sources: Kendall, M. G. &amp; Babington Smith, B. (1939), The problem of m rankings, Annals of
 * Mathematical Statistics 10(3); Siegel, S. &amp; Castellan, N. J. (1988), Nonparametric
 * Statistics for the Behavioral Sciences, 2nd ed., §9.4 (tie correction). Reproduced in the tests:
 * Siegel &amp; Castellan's 8 x 3 example and the irr {@code anxiety} data (tie-corrected).
 *
 * <p>Example: {@code KendallW.withDefaults().of(ratings).w()}; ratings is {@code [object][rater]}
 * and complete (no NaN). When every rater gives all objects the same score, the denominator is 0
 * and W is NaN (there is no ranking to agree on).
 */
public final class KendallW {
    /** Tie correction on by default (needed on heavily tied 0..3 scores). */
    public static final boolean TIE_CORRECTION_DEFAULT = true;

    private static final KendallW DEFAULTS = new KendallW(TIE_CORRECTION_DEFAULT);

    private final boolean tieCorrection;

    private KendallW(boolean tieCorrection) {
        this.tieCorrection = tieCorrection;
    }

    /** @return W with the tie correction */
    public static KendallW withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param correct whether to subtract m Σ T_j in the denominator
     * @return a copy with that setting
     */
    public KendallW withTieCorrection(boolean correct) {
        return new KendallW(correct);
    }

    /** @return whether ties are corrected */
    public boolean tieCorrection() {
        return tieCorrection;
    }

    /**
     * Computes W.
     *
     * @param ratings {@code ratings[object][rater]}, at least 2 objects and 2 raters, complete; not
     *     modified
     * @return W, χ², degrees of freedom and p-value
     */
    public Result of(double[][] ratings) {
        int m = Checks.rectangle(ratings, 2, 2);
        Checks.complete(ratings, "Kendall's W");
        int n = ratings.length;
        double[] rankSums = new double[n];
        double[] column = new double[n];
        double[] ranks = new double[n];
        Integer[] order = new Integer[n];
        double tieTerm = 0;
        for (int r = 0; r < m; r++) {
            for (int i = 0; i < n; i++) {
                column[i] = ratings[i][r];
            }
            tieTerm += averageRanks(column, ranks, order);
            for (int i = 0; i < n; i++) {
                rankSums[i] += ranks[i];
            }
        }
        double mean = m * (n + 1) / 2.0;
        double s = 0;
        for (double ri : rankSums) {
            s += (ri - mean) * (ri - mean);
        }
        double denominator = (double) m * m * ((double) n * n * n - n) - (tieCorrection ? m * tieTerm : 0);
        double w = 12 * s / denominator;
        double chi = m * (n - 1) * w;
        double p = Double.isNaN(chi) ? Double.NaN : ChiSquaredDistribution.of(n - 1).survivalProbability(chi);
        return new Result(w, chi, n - 1, p, s, tieTerm, n, m, this);
    }

    /**
     * Average ranks (1 = lowest score) of {@code values} into {@code ranks}.
     *
     * @return Σ (t³ − t) over the tie groups
     */
    static double averageRanks(double[] values, double[] ranks, Integer[] order) {
        int n = values.length;
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double tie = 0;
        for (int start = 0; start < n;) {
            int end = start + 1;
            while (end < n && values[order[end]] == values[order[start]]) {
                end++;
            }
            double rank = (start + 1 + end) / 2.0;
            for (int k = start; k < end; k++) {
                ranks[order[k]] = rank;
            }
            double t = end - start;
            tie += t * t * t - t;
            start = end;
        }
        return tie;
    }

    /**
     * Kendall's W and its chi-square test.
     *
     * @param w the coefficient, in [0, 1] (NaN when no rater distinguishes any objects)
     * @param chiSquare m (n − 1) W
     * @param degreesOfFreedom n − 1
     * @param pValue upper tail of χ² with n − 1 degrees of freedom
     * @param s Σ (R_i − R̄)²
     * @param tieTerm Σ over raters of Σ (t³ − t)
     * @param objects n
     * @param raters m
     * @param config the configuration that computed it
     */
    public record Result(double w, double chiSquare, int degreesOfFreedom, double pValue, double s, double tieTerm,
            int objects, int raters, KendallW config) {
    }
}
