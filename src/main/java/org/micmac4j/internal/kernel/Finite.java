package org.micmac4j.internal.kernel;

/** Refuses non-finite step results, so that an overflow is never passed on silently. */
final class Finite {
    private Finite() {
    }

    /**
     * @param rowOut first output, not modified
     * @param colOut second output, not modified
     * @param n entries to check in each
     * @throws ArithmeticException when an entry is infinite or NaN
     */
    static void check(double[] rowOut, double[] colOut, int n) {
        // The sum of non-negative entries is finite when every entry is; only when it is not do
        // we look at each entry (a finite sum can overflow without any entry being infinite).
        if (!Double.isFinite(sum(rowOut, n) + sum(colOut, n))) {
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(rowOut[i]) || !Double.isFinite(colOut[i])) {
                    throw new ArithmeticException("a ranking step left the double range at index " + i
                            + "; rescale the vectors between steps");
                }
            }
        }
    }

    private static double sum(double[] a, int n) {
        // Four accumulators: one add chain would be latency-bound.
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += a[i];
            s1 += a[i + 1];
            s2 += a[i + 2];
            s3 += a[i + 3];
        }
        for (; i < n; i++) {
            s0 += a[i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
