package org.micmac4j.experts;

/**
 * The distribution of one variable's rank over the Monte Carlo draws: the median and the 90 %
 * interval [p05, p95]. Quantiles by linear interpolation between order statistics (Hyndman &amp;
 * Fan type 7, the default of R and NumPy), so they may fall between two integer ranks.
 *
 * @param median the 50 % quantile
 * @param p05 the 5 % quantile
 * @param p95 the 95 % quantile
 */
public record RankSummary(double median, double p05, double p95) {

    /**
     * From a histogram: {@code counts[offset + r - 1]} draws gave rank r (r = 1..n).
     */
    static RankSummary of(int[] counts, int offset, int n, long total) {
        return new RankSummary(quantile(counts, offset, n, total, 0.5), quantile(counts, offset, n, total, 0.05),
                quantile(counts, offset, n, total, 0.95));
    }

    static double quantile(int[] counts, int offset, int n, long total, double p) {
        double h = (total - 1) * p;
        long lo = (long) Math.floor(h);
        double a = orderStatistic(counts, offset, n, lo);
        double b = orderStatistic(counts, offset, n, Math.min(lo + 1, total - 1));
        return a + (h - lo) * (b - a);
    }

    /** The k-th smallest rank (0-based) in the histogram. */
    private static double orderStatistic(int[] counts, int offset, int n, long k) {
        long seen = 0;
        for (int r = 0; r < n; r++) {
            seen += counts[offset + r];
            if (seen > k) {
                return r + 1;
            }
        }
        return n;
    }
}
