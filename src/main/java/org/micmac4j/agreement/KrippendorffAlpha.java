package org.micmac4j.agreement;

import java.util.Arrays;
import java.util.Objects;

/**
 * Krippendorff's alpha reliability coefficient for any number of observers, missing values
 * allowed.
 *
 * <p>Only pairable values count: a unit with fewer than two values is dropped. With m_u the
 * number of values in unit u and n_uc how many of them equal c, the coincidence matrix and its
 * marginals are
 * <pre>
 *   o_ck = Σ_u n_uc (n_uk − [c = k]) / (m_u − 1),   n_c = Σ_k o_ck,   n = Σ_c n_c
 *   D_o = (1/n) Σ_c Σ_k o_ck δ²(c, k)
 *   D_e = 1/(n (n − 1)) Σ_c Σ_k n_c n_k δ²(c, k)
 *   α = 1 − D_o / D_e
 * </pre>
 * with δ² the difference function of the {@link AlphaMetric}. α = 1 is perfect agreement, 0 is
 * agreement at chance level. When every pairable value is the same, D_e = 0 and α is NaN
 * (Krippendorff: no variation, reliability undefined).
 *
 * <p>Source: Krippendorff, K. (2011), Computing Krippendorff's alpha-reliability, University of
 * Pennsylvania ScholarlyCommons (the four metrics, the coincidence matrix, its 4 x 12 example
 * reproduced in the tests) and Krippendorff, K. (2004), Content Analysis, 2nd ed., ch. 11.
 *
 * <p>Example: {@code KrippendorffAlpha.withDefaults().withMetric(AlphaMetric.ORDINAL).of(ratings).alpha()}
 * with {@code ratings[unit][observer]}, NaN for a missing value.
 */
public final class KrippendorffAlpha {
    /** Interval by default: MICMAC scores 0..3 are read as numbers. */
    public static final AlphaMetric METRIC_DEFAULT = AlphaMetric.INTERVAL;

    private static final KrippendorffAlpha DEFAULTS = new KrippendorffAlpha(METRIC_DEFAULT);

    private final AlphaMetric metric;

    private KrippendorffAlpha(AlphaMetric metric) {
        this.metric = metric;
    }

    /** @return alpha with the interval metric */
    public static KrippendorffAlpha withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param newMetric the difference function
     * @return a copy using it
     */
    public KrippendorffAlpha withMetric(AlphaMetric newMetric) {
        return new KrippendorffAlpha(Objects.requireNonNull(newMetric, "metric"));
    }

    /** @return the difference function */
    public AlphaMetric metric() {
        return metric;
    }

    /**
     * Computes alpha.
     *
     * @param ratings {@code ratings[unit][observer]}, NaN = missing; rectangular; not modified
     * @return alpha and its parts
     */
    public Result of(double[][] ratings) {
        Checks.rectangle(ratings, 1, 1);
        Checks.finiteOrMissing(ratings);
        double[] values = distinctValues(ratings);
        int v = values.length;
        double[][] o = new double[v][v];
        int[] counts = new int[v];
        for (double[] unit : ratings) {
            Arrays.fill(counts, 0);
            int mu = 0;
            for (double x : unit) {
                if (!Double.isNaN(x)) {
                    counts[Arrays.binarySearch(values, x)]++;
                    mu++;
                }
            }
            if (mu < 2) {
                continue;
            }
            for (int c = 0; c < v; c++) {
                if (counts[c] == 0) {
                    continue;
                }
                for (int k = 0; k < v; k++) {
                    o[c][k] += counts[c] * (double) (counts[k] - (c == k ? 1 : 0)) / (mu - 1);
                }
            }
        }
        double[] nc = new double[v];
        double n = 0;
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                nc[c] += o[c][k];
            }
            n += nc[c];
        }
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                double d = delta2(values, nc, c, k);
                observed += o[c][k] * d;
                expected += nc[c] * nc[k] * d;
            }
        }
        observed /= n;
        expected /= n * (n - 1);
        double alpha = n < 2 || expected == 0 ? Double.NaN : 1 - observed / expected;
        return new Result(alpha, observed, expected, n, this);
    }

    private double delta2(double[] values, double[] nc, int c, int k) {
        if (c == k) {
            return 0;
        }
        double a = values[Math.min(c, k)];
        double b = values[Math.max(c, k)];
        switch (metric) {
            case NOMINAL:
                return 1;
            case ORDINAL: {
                double s = 0;
                for (int g = Math.min(c, k); g <= Math.max(c, k); g++) {
                    s += nc[g];
                }
                s -= (nc[c] + nc[k]) / 2;
                return s * s;
            }
            case INTERVAL:
                return (a - b) * (a - b);
            case RATIO: {
                double r = (a - b) / (a + b);
                return a + b == 0 ? 0 : r * r;
            }
            default:
                throw new AssertionError(metric);
        }
    }

    private static double[] distinctValues(double[][] ratings) {
        return Arrays.stream(ratings).flatMapToDouble(Arrays::stream).filter(x -> !Double.isNaN(x)).distinct()
                .sorted().toArray();
    }

    /**
     * Krippendorff's alpha.
     *
     * @param alpha 1 − D_o / D_e (NaN when undefined)
     * @param observedDisagreement D_o
     * @param expectedDisagreement D_e
     * @param pairableValues n, the number of values in units with at least two values
     * @param config the configuration (metric)
     */
    public record Result(double alpha, double observedDisagreement, double expectedDisagreement,
            double pairableValues, KrippendorffAlpha config) {
    }
}
