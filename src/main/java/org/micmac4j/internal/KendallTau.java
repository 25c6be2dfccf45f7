package org.micmac4j.internal;

/**
 * Kendall's tau-b between two competition rankings of the same n variables, by Knight's
 * O(n log n) algorithm on primitive arrays: ranks are integers 1..n, so the sort by (x, y) is two
 * counting sorts, and the discordant pairs are the inversions counted by a merge sort of y.
 *
 * <pre>
 *   tau_b = (n0 - n1 - n2 + n3 - 2·swaps) / sqrt((n0 - n1)(n0 - n2))
 * </pre>
 * with n0 = n(n-1)/2, n1 and n2 the pairs tied in x and in y, n3 the pairs tied in both. It equals
 * Commons Math's {@code KendallsCorrelation} (tested), without its boxing, which dominated the
 * stability report of large matrices.
 */
public final class KendallTau {
    private KendallTau() {
    }

    /**
     * @param x ranks in 1..n, not modified
     * @param y ranks in 1..n, not modified
     * @return tau-b, NaN when either ranking is all ties or n &lt; 2
     */
    public static double tauB(int[] x, int[] y) {
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        int[] order = byKey(y, identity(n));
        order = byKey(x, order);
        long n0 = (long) n * (n - 1) / 2;
        long n1 = 0;
        long n3 = 0;
        int start = 0;
        for (int p = 1; p <= n; p++) {
            if (p == n || x[order[p]] != x[order[start]]) {
                n1 += pairs(p - start);
                int s2 = start;
                for (int q = start + 1; q <= p; q++) {
                    if (q == p || y[order[q]] != y[order[s2]]) {
                        n3 += pairs(q - s2);
                        s2 = q;
                    }
                }
                start = p;
            }
        }
        int[] ys = new int[n];
        for (int p = 0; p < n; p++) {
            ys[p] = y[order[p]];
        }
        long swaps = inversions(ys, new int[n], 0, n);
        long n2 = 0;
        start = 0;
        for (int p = 1; p <= n; p++) {
            if (p == n || ys[p] != ys[start]) {
                n2 += pairs(p - start);
                start = p;
            }
        }
        double denominator = Math.sqrt((double) (n0 - n1) * (n0 - n2));
        if (denominator == 0) {
            return Double.NaN;
        }
        return (n0 - n1 - n2 + n3 - 2.0 * swaps) / denominator;
    }

    private static long pairs(long t) {
        return t * (t - 1) / 2;
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    /** Stable counting sort of {@code order} by {@code key[order[p]]} (keys in 1..n). */
    private static int[] byKey(int[] key, int[] order) {
        int n = order.length;
        int[] count = new int[n + 2];
        for (int i : order) {
            count[key[i] + 1]++;
        }
        for (int k = 1; k < count.length; k++) {
            count[k] += count[k - 1];
        }
        int[] out = new int[n];
        for (int i : order) {
            out[count[key[i]]++] = i;
        }
        return out;
    }

    /** Sorts a[lo, hi) ascending and returns the number of strict inversions. */
    private static long inversions(int[] a, int[] buf, int lo, int hi) {
        if (hi - lo < 2) {
            return 0;
        }
        int mid = (lo + hi) >>> 1;
        long swaps = inversions(a, buf, lo, mid) + inversions(a, buf, mid, hi);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            if (a[j] < a[i]) {
                swaps += mid - i;
                buf[k++] = a[j++];
            } else {
                buf[k++] = a[i++];
            }
        }
        while (i < mid) {
            buf[k++] = a[i++];
        }
        while (j < hi) {
            buf[k++] = a[j++];
        }
        System.arraycopy(buf, lo, a, lo, hi - lo);
        return swaps;
    }
}
