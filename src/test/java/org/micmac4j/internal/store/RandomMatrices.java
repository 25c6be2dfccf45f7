package org.micmac4j.internal.store;

import java.util.Random;

/** Seeded random test matrices and vectors. */
public final class RandomMatrices {
    private RandomMatrices() {
    }

    /**
     * @param r the generator
     * @param n order
     * @param fill probability that a cell is non-zero
     * @param integral values 1..3 when true (MICMAC scores), else reals in (0, 10)
     * @return a new row-major n x n matrix
     */
    public static double[] matrix(Random r, int n, double fill, boolean integral) {
        double[] a = new double[n * n];
        for (int p = 0; p < a.length; p++) {
            if (r.nextDouble() < fill) {
                a[p] = integral ? 1 + r.nextInt(3) : 10 * (1 - r.nextDouble());
            }
        }
        return a;
    }

    /**
     * @param r the generator
     * @param n length
     * @return positive values in (0.5, 1.5]
     */
    public static double[] vector(Random r, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 1.5 - r.nextDouble();
        }
        return v;
    }
}
