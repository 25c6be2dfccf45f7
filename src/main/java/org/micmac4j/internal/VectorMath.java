package org.micmac4j.internal;

/**
 * Small operations on non-negative score vectors, shared by the iterations, views and operators
 * so that rescaling and normalising mean the same thing everywhere.
 */
public final class VectorMath {
    private VectorMath() {
    }

    /**
     * @param v a vector, not modified
     * @return Σ v_i
     */
    public static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    /**
     * @param vectors vectors of non-negative values, not modified
     * @return the largest entry over all of them (0 when all are empty or zero)
     */
    public static double max(double[]... vectors) {
        double m = 0;
        for (double[] v : vectors) {
            for (double x : v) {
                m = Math.max(m, x);
            }
        }
        return m;
    }

    /**
     * Shares: v_i / Σ v.
     *
     * @param v a non-negative vector, not modified
     * @return a new vector summing to 1, or all zeros when v is zero
     */
    public static double[] shares(double[] v) {
        double s = sum(v);
        double[] out = new double[v.length];
        if (s > 0) {
            for (int i = 0; i < v.length; i++) {
                out[i] = v[i] / s;
            }
        }
        return out;
    }

    /**
     * Divides a non-negative vector by its largest entry, in place, when that entry is positive,
     * finite and not already 1.
     *
     * @param v the vector, modified
     * @return its largest entry before scaling (0 for a zero vector; infinite or NaN is returned
     *     with v left unscaled, for the caller to report)
     */
    public static double scaleToMax(double[] v) {
        double max = max(v);
        if (max > 0 && max != 1 && Double.isFinite(max)) {
            double inv = 1 / max;
            for (int i = 0; i < v.length; i++) {
                v[i] *= inv;
            }
        }
        return max;
    }

    /**
     * @param a a vector, not modified
     * @param b a vector of the same length, not modified
     * @return max_i |a_i - b_i|
     */
    public static double maxAbsDifference(double[] a, double[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d = Math.max(d, Math.abs(a[i] - b[i]));
        }
        return d;
    }
}
