package org.micmac4j.experts;

/**
 * How far the experts' opinions on one cell spread (unweighted; a P opinion counts as the
 * synthesis's P value).
 *
 * <p>Standard deviation: the sample one, √(Σ (x − x̄)² / (k − 1)), 0 for a single opinion.
 * Interquartile range: Q3 − Q1 with quartiles by linear interpolation between order statistics
 * (Hyndman &amp; Fan's type 7, the default of R and NumPy). Range: max − min.
 *
 * <p>Example: opinions {0, 1, 3, 3}: mean 1.75, standard deviation 1.5, quartiles 0.75 and 3
 * (IQR 2.25), range 3.
 *
 * @param from row index
 * @param to column index
 * @param opinions how many experts scored the cell
 * @param mean unweighted mean of the opinions (NaN when none)
 * @param standardDeviation sample standard deviation (NaN when none)
 * @param interquartileRange Q3 − Q1 (NaN when none)
 * @param range max − min (NaN when none)
 */
public record CellDispersion(int from, int to, int opinions, double mean, double standardDeviation,
        double interquartileRange, double range) {

    /** Dispersion of the first k values of v (sorted in place). */
    static CellDispersion of(int from, int to, double[] v, int k) {
        if (k == 0) {
            return new CellDispersion(from, to, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        java.util.Arrays.sort(v, 0, k);
        double mean = 0;
        for (int x = 0; x < k; x++) {
            mean += v[x];
        }
        mean /= k;
        double ss = 0;
        for (int x = 0; x < k; x++) {
            ss += (v[x] - mean) * (v[x] - mean);
        }
        double sd = k < 2 ? 0 : Math.sqrt(ss / (k - 1));
        return new CellDispersion(from, to, k, mean, sd, quantile(v, k, 0.75) - quantile(v, k, 0.25), v[k - 1] - v[0]);
    }

    /** Type-7 quantile of the sorted first k values. */
    static double quantile(double[] sorted, int k, double p) {
        double h = (k - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, k - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
