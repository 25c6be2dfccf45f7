package org.micmac4j.experts;

import java.util.Arrays;

/**
 * The aggregation kernel: combines the opinions of a multiset of experts cell by cell into
 * caller-owned arrays. Reused by the synthesis, leave-one-out and every Monte Carlo draw, so it
 * allocates nothing per call beyond its two scratch arrays of length m (made once).
 */
final class Aggregator {
    private final AggregationRule rule;
    private final double pValue;
    private final double[] values;
    private final double[] weights;

    /**
     * @param rule the rule
     * @param pValue the value of a P opinion when P is not the majority
     * @param capacity the largest number of members per call
     */
    Aggregator(AggregationRule rule, double pValue, int capacity) {
        this.rule = rule;
        this.pValue = pValue;
        this.values = new double[capacity];
        this.weights = new double[capacity];
    }

    /**
     * Aggregates every off-diagonal cell. {@code out} and {@code outPotential} (length n²,
     * row-major) are overwritten; nothing else is modified.
     *
     * @param panel the panel
     * @param members expert indices, repeats allowed (bootstrap), first {@code count} used
     * @param count how many members
     * @param out the aggregate values (0 for P cells and uncovered cells)
     * @param outPotential whether each aggregate cell is P
     */
    void aggregate(Panel panel, int[] members, int count, double[] out, boolean[] outPotential) {
        int n = panel.size();
        for (int i = 0, c = 0; i < n; i++) {
            for (int j = 0; j < n; j++, c++) {
                out[c] = 0;
                outPotential[c] = false;
                if (i == j) {
                    continue;
                }
                int k = 0;
                int pCount = 0;
                for (int x = 0; x < count; x++) {
                    int e = members[x];
                    if (panel.rawPotential(e)[c]) {
                        pCount++;
                        values[k] = pValue;
                    } else {
                        double v = panel.rawScores(e)[c];
                        if (Double.isNaN(v)) {
                            continue;
                        }
                        values[k] = v;
                    }
                    weights[k++] = panel.weight(e);
                }
                if (k == 0) {
                    continue;
                }
                if (2 * pCount > k) {
                    outPotential[c] = true;
                } else {
                    out[c] = combine(rule, values, weights, k);
                }
            }
        }
    }

    /**
     * Combines k opinions by a rule. Sorts the first k entries of {@code v} (with their weights).
     */
    static double combine(AggregationRule rule, double[] v, double[] w, int k) {
        switch (rule) {
            case MEAN:
                return weightedMean(v, w, k);
            case ROUNDED:
                return Math.floor(weightedMean(v, w, k) + 0.5);
            case MAX: {
                double max = v[0];
                for (int x = 1; x < k; x++) {
                    max = Math.max(max, v[x]);
                }
                return max;
            }
            case MEDIAN: {
                Arrays.sort(v, 0, k);
                return k % 2 == 1 ? v[k / 2] : (v[k / 2 - 1] + v[k / 2]) / 2;
            }
            case MODE:
                return mode(v, w, k);
            default:
                throw new AssertionError(rule);
        }
    }

    static double weightedMean(double[] v, double[] w, int k) {
        double s = 0;
        double sw = 0;
        for (int x = 0; x < k; x++) {
            s += w[x] * v[x];
            sw += w[x];
        }
        return s / sw;
    }

    private static double mode(double[] v, double[] w, int k) {
        double mean = weightedMean(v, w, k);
        double best = Double.NaN;
        double bestWeight = -1;
        for (int x = 0; x < k; x++) {
            double total = 0;
            for (int y = 0; y < k; y++) {
                if (v[y] == v[x]) {
                    total += w[y];
                }
            }
            // Weights are sums of the same doubles in the same order for equal values, so the
            // comparison of totals is exact for equal multisets.
            if (total > bestWeight || total == bestWeight && closer(v[x], best, mean)) {
                best = v[x];
                bestWeight = total;
            }
        }
        return best;
    }

    private static boolean closer(double candidate, double best, double mean) {
        double dc = Math.abs(candidate - mean);
        double db = Math.abs(best - mean);
        return dc < db || dc == db && candidate < best;
    }
}
