package org.micmac4j.internal.linalg;

/**
 * The spectral radius of a dense non-negative matrix by power iteration on A + I (whose positive
 * diagonal keeps the iterate positive and the iteration aperiodic), stopped by the
 * Collatz–Wielandt bounds: for x &gt; 0, min_i (Ax)_i / x_i ≤ ρ(A) ≤ max_i (Ax)_i / x_i, so the
 * answer is certified when the two bounds meet (Horn and Johnson, Matrix Analysis, 8.1.26).
 */
final class PerronRoot {
    private PerronRoot() {
    }

    /**
     * @param a n x n row-major, non-negative, not modified
     * @param n the order
     * @param relativeTolerance stop when upper - lower ≤ this · upper
     * @param maxIterations the budget
     * @return {lower, upper} at the end (they may not have met when the budget ran out)
     */
    static double[] bounds(double[] a, int n, double relativeTolerance, int maxIterations) {
        double[] x = new double[n];
        java.util.Arrays.fill(x, 1);
        double[] y = new double[n];
        double lower = 0;
        double upper = Double.POSITIVE_INFINITY;
        for (int it = 0; it < maxIterations; it++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = 0;
            double max = 0;
            for (int i = 0; i < n; i++) {
                double s = Gmres.dot(a, i * n, x, n);
                double ratio = s / x[i];
                lo = Math.min(lo, ratio);
                hi = Math.max(hi, ratio);
                y[i] = s + x[i];
                max = Math.max(max, y[i]);
            }
            lower = Math.max(lower, lo);
            upper = Math.min(upper, hi);
            if (upper - lower <= relativeTolerance * upper) {
                break;
            }
            for (int i = 0; i < n; i++) {
                x[i] = y[i] / max;
                if (x[i] == 0) {
                    return new double[] {lower, upper}; // underflow: no positive iterate any more
                }
            }
        }
        return new double[] {lower, upper};
    }
}
