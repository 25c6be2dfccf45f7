package org.micmac4j.bench;

import org.micmac4j.internal.kernel.RankingKernel;

/** k ranking steps from x = y = 1, each result rescaled to sum 1 (as numpy does in compare.py). */
final class Iteration {
    final RankingKernel kernel;
    final double[] x, y, xn, yn;

    Iteration(RankingKernel kernel) {
        this.kernel = kernel;
        int n = kernel.size();
        x = new double[n];
        y = new double[n];
        xn = new double[n];
        yn = new double[n];
    }

    /** @return x_k (influence direction), normalised; the internal buffers are reused */
    double[] run(int k) {
        java.util.Arrays.fill(x, 1);
        java.util.Arrays.fill(y, 1);
        double[] a = x, b = y, c = xn, d = yn;
        for (int s = 0; s < k; s++) {
            kernel.step(a, b, c, d);
            scale(c);
            scale(d);
            double[] t = a;
            a = c;
            c = t;
            t = b;
            b = d;
            d = t;
        }
        return a;
    }

    private static void scale(double[] v) {
        double s = 0;
        for (double e : v) {
            s += e;
        }
        double inv = 1 / s;
        for (int i = 0; i < v.length; i++) {
            v[i] *= inv;
        }
    }
}
