package org.micmac4j.agreement;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.apache.commons.statistics.distribution.FDistribution;
import org.micmac4j.InvalidInputException;

/**
 * The six intraclass correlations of Shrout and Fleiss with their confidence limits, from the
 * two-way ANOVA of n targets x k judges (complete data).
 *
 * <p>Mean squares: BMS between targets (df n − 1), WMS within targets (df n (k − 1)), JMS between
 * judges (df k − 1), EMS residual (df (n − 1)(k − 1)).
 * <pre>
 *   ICC(1,1) = (BMS − WMS) / (BMS + (k−1) WMS)          ICC(1,k) = (BMS − WMS) / BMS
 *   ICC(2,1) = (BMS − EMS) / (BMS + (k−1) EMS + k (JMS − EMS)/n)
 *   ICC(2,k) = (BMS − EMS) / (BMS + (JMS − EMS)/n)
 *   ICC(3,1) = (BMS − EMS) / (BMS + (k−1) EMS)          ICC(3,k) = (BMS − EMS) / BMS
 * </pre>
 * Limits at level 1 − a: for ICC(1,·) with F₀ = BMS/WMS and ICC(3,·) with F₀ = BMS/EMS,
 * F_L = F₀ / F_{1−a/2}(df_B, df_E), F_U = F₀ · F_{1−a/2}(df_E, df_B); single: (F − 1)/(F + k − 1),
 * average: 1 − 1/F. For ICC(2,·), Satterthwaite's df v from the single-rating estimate ρ = ICC(2,1)
 * and F_j = JMS/EMS:
 * <pre>
 *   v = (k−1)(n−1) (k ρ F_j + n (1 + (k−1) ρ) − k ρ)² / ((n−1) k² ρ² F_j² + (n (1 + (k−1) ρ) − k ρ)²)
 *   F* = F_{1−a/2}(n − 1, v),  F_* = F_{1−a/2}(v, n − 1)
 *   ICC(2,1): [n (BMS − F* EMS) / (F* (k JMS + (kn − k − n) EMS) + n BMS),
 *              n (F_* BMS − EMS) / (k JMS + (kn − k − n) EMS + n F_* BMS)]
 *   ICC(2,k): [n (BMS − F* EMS) / (F* (JMS − EMS) + n BMS),  n (F_* BMS − EMS) / (JMS − EMS + n F_* BMS)]
 * </pre>
 * The ICC(2,k) limits use v of the single-rating estimate (the convention of R's DescTools and
 * psych, whose printed limits the tests reproduce).
 *
 * <p>Sources: Shrout, P. E. &amp; Fleiss, J. L. (1979), Intraclass correlations: uses in assessing
 * rater reliability, Psychological Bulletin 86(2), 420–428; McGraw, K. O. &amp; Wong, S. P.
 * (1996), Forming inferences about some intraclass correlation coefficients, Psychological
 * Methods 1(1), 30–46.
 *
 * <p>Example: {@code IntraclassCorrelation.withDefaults().of(ratings).get(IccForm.ICC2_1).value()}.
 */
public final class IntraclassCorrelation {
    /** 95 % confidence limits by default. */
    public static final double CONFIDENCE_DEFAULT = 0.95;

    private static final IntraclassCorrelation DEFAULTS = new IntraclassCorrelation(CONFIDENCE_DEFAULT);

    private final double confidence;

    private IntraclassCorrelation(double confidence) {
        this.confidence = confidence;
    }

    /** @return the statistic at 95 % confidence */
    public static IntraclassCorrelation withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param level the confidence level, in (0, 1)
     * @return a copy with that level
     */
    public IntraclassCorrelation withConfidence(double level) {
        if (!(level > 0 && level < 1)) {
            throw new InvalidInputException("confidence must be in (0, 1), got " + level);
        }
        return new IntraclassCorrelation(level);
    }

    /** @return the confidence level of the limits */
    public double confidence() {
        return confidence;
    }

    /**
     * Computes the six coefficients.
     *
     * @param ratings {@code ratings[target][judge]}, at least 2 x 2, complete; not modified
     * @return the coefficients with limits and the mean squares
     */
    public Result of(double[][] ratings) {
        int k = Checks.rectangle(ratings, 2, 2);
        Checks.complete(ratings, "the intraclass correlation");
        int n = ratings.length;
        double grand = 0;
        double[] rowMean = new double[n];
        double[] colMean = new double[k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                rowMean[i] += ratings[i][j] / k;
                colMean[j] += ratings[i][j] / n;
                grand += ratings[i][j];
            }
        }
        grand /= (double) n * k;
        double ssTotal = 0;
        double ssRows = 0;
        double ssCols = 0;
        for (int i = 0; i < n; i++) {
            ssRows += k * (rowMean[i] - grand) * (rowMean[i] - grand);
            for (int j = 0; j < k; j++) {
                ssTotal += (ratings[i][j] - grand) * (ratings[i][j] - grand);
            }
        }
        for (int j = 0; j < k; j++) {
            ssCols += n * (colMean[j] - grand) * (colMean[j] - grand);
        }
        double dfB = n - 1;
        double dfW = (double) n * (k - 1);
        double dfE = (n - 1.0) * (k - 1);
        double bms = ssRows / dfB;
        double wms = (ssTotal - ssRows) / dfW;
        double jms = ssCols / (k - 1);
        double ems = (ssTotal - ssRows - ssCols) / dfE;
        double q = 1 - (1 - confidence) / 2;

        Map<IccForm, Estimate> out = new EnumMap<>(IccForm.class);
        double f1 = bms / wms;
        double f1l = f1 / quantile(q, dfB, dfW);
        double f1u = f1 * quantile(q, dfW, dfB);
        out.put(IccForm.ICC1_1, new Estimate(IccForm.ICC1_1, (bms - wms) / (bms + (k - 1) * wms),
                (f1l - 1) / (f1l + k - 1), (f1u - 1) / (f1u + k - 1)));
        out.put(IccForm.ICC1_K, new Estimate(IccForm.ICC1_K, (bms - wms) / bms, 1 - 1 / f1l, 1 - 1 / f1u));
        double f3 = bms / ems;
        double f3l = f3 / quantile(q, dfB, dfE);
        double f3u = f3 * quantile(q, dfE, dfB);
        out.put(IccForm.ICC3_1, new Estimate(IccForm.ICC3_1, (bms - ems) / (bms + (k - 1) * ems),
                (f3l - 1) / (f3l + k - 1), (f3u - 1) / (f3u + k - 1)));
        out.put(IccForm.ICC3_K, new Estimate(IccForm.ICC3_K, (bms - ems) / bms, 1 - 1 / f3l, 1 - 1 / f3u));

        double rho = (bms - ems) / (bms + (k - 1) * ems + k * (jms - ems) / n);
        double fj = jms / ems;
        double a = n * (1 + (k - 1) * rho) - k * rho;
        double v = (k - 1) * (n - 1.0) * Math.pow(k * rho * fj + a, 2)
                / ((n - 1.0) * k * k * rho * rho * fj * fj + a * a);
        double fStar = quantile(q, dfB, v);
        double fLow = quantile(q, v, dfB);
        double c = k * jms + (k * n - k - n) * ems;
        out.put(IccForm.ICC2_1, new Estimate(IccForm.ICC2_1, rho, n * (bms - fStar * ems) / (fStar * c + n * bms),
                n * (fLow * bms - ems) / (c + n * fLow * bms)));
        out.put(IccForm.ICC2_K, new Estimate(IccForm.ICC2_K, (bms - ems) / (bms + (jms - ems) / n),
                n * (bms - fStar * ems) / (fStar * (jms - ems) + n * bms),
                n * (fLow * bms - ems) / (jms - ems + n * fLow * bms)));
        return new Result(Collections.unmodifiableMap(out), bms, wms, jms, ems, v, this);
    }

    /** The F quantile; NaN when a degree of freedom is undefined (no variance in the data). */
    private static double quantile(double p, double df1, double df2) {
        if (!(df1 > 0 && df2 > 0 && Double.isFinite(df1) && Double.isFinite(df2))) {
            return Double.NaN;
        }
        return FDistribution.of(df1, df2).inverseCumulativeProbability(p);
    }

    /**
     * One coefficient with its confidence limits.
     *
     * @param form which coefficient
     * @param value the estimate
     * @param lower lower confidence limit
     * @param upper upper confidence limit
     */
    public record Estimate(IccForm form, double value, double lower, double upper) {
    }

    /**
     * The six coefficients and the ANOVA they come from.
     *
     * @param estimates the coefficients by form (unmodifiable)
     * @param bms between-targets mean square
     * @param wms within-targets mean square (one-way)
     * @param jms between-judges mean square
     * @param ems residual mean square (two-way)
     * @param satterthwaiteDf v of the ICC(2,·) limits
     * @param config the configuration (confidence level)
     */
    public record Result(Map<IccForm, Estimate> estimates, double bms, double wms, double jms, double ems,
            double satterthwaiteDf, IntraclassCorrelation config) {
        /**
         * @param form a coefficient
         * @return its estimate and limits
         */
        public Estimate get(IccForm form) {
            return estimates.get(form);
        }
    }
}
