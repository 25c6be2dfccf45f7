package org.micmac4j.internal;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Competition ranking ("1224"): rank 1 is the highest value, tied values share the best rank of
 * their group and the next group's rank skips accordingly.
 *
 * <p>Floating values tie when their relative difference is at most a tolerance:
 * {@code |a - b| <= tol * max(|a|, |b|)}, measured against the first (largest) value of the
 * group, so that variables with mathematically equal sums tie despite rounding.
 */
public final class Ranks {
    private Ranks() {
    }

    /**
     * @param values the values, not modified
     * @param relativeTolerance the tie tolerance (0 for exact comparison)
     * @return ranks, 1-based, parallel to {@code values}
     */
    public static int[] competition(double[] values, double relativeTolerance) {
        int n = values.length;
        int[] order = descendingOrder(values);
        int[] ranks = new int[n];
        double leader = Double.NaN;
        int leaderRank = 0;
        for (int p = 0; p < n; p++) {
            double v = values[order[p]];
            if (p == 0 || !tied(leader, v, relativeTolerance)) {
                leader = v;
                leaderRank = p + 1;
            }
            ranks[order[p]] = leaderRank;
        }
        return ranks;
    }

    /**
     * Indices sorted by descending value, equal values in index order: a stable merge sort on
     * primitive indices (boxing a million indices would cost more than the ranking iteration).
     *
     * @param values the values, not modified
     * @return a new permutation
     */
    public static int[] descendingOrder(double[] values) {
        int n = values.length;
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        int[] b = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    b[k++] = values[a[j]] > values[a[i]] ? a[j++] : a[i++];
                }
                while (i < mid) {
                    b[k++] = a[i++];
                }
                while (j < hi) {
                    b[k++] = a[j++];
                }
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }

    /**
     * Exact competition ranking.
     *
     * @param values the values, not modified
     * @return ranks, 1-based
     */
    public static int[] competition(BigInteger[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> values[i]).reversed());
        int[] ranks = new int[n];
        for (int p = 0; p < n; p++) {
            boolean same = p > 0 && values[order[p]].equals(values[order[p - 1]]);
            ranks[order[p]] = same ? ranks[order[p - 1]] : p + 1;
        }
        return ranks;
    }

    /**
     * @param a one value
     * @param b another
     * @param relativeTolerance the tolerance
     * @return whether a and b tie
     */
    public static boolean tied(double a, double b, double relativeTolerance) {
        return a == b || Math.abs(a - b) <= relativeTolerance * Math.max(Math.abs(a), Math.abs(b));
    }
}
