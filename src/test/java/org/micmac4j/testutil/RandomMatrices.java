package org.micmac4j.testutil;

import java.util.Random;
import java.util.SplittableRandom;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Scale;

/** Seeded random influence matrices for differential and property tests. */
public final class RandomMatrices {
    private RandomMatrices() {
    }

    /**
     * @param seed the seed
     * @param n order
     * @param fill probability that an off-diagonal cell is non-zero
     * @return a 0..3 matrix with zero diagonal, as an array
     */
    public static double[][] classic(long seed, int n, double fill) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && r.nextDouble() < fill) {
                    a[i][j] = 1 + r.nextInt(3);
                }
            }
        }
        return a;
    }

    /**
     * @param seed the seed
     * @param n order
     * @param fill fill rate
     * @param potentialShare share of non-zero cells marked P
     * @return a classic matrix with some P cells
     */
    public static InfluenceMatrix withPotential(long seed, int n, double fill, double potentialShare) {
        double[][] a = classic(seed, n, fill);
        SplittableRandom r = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
        InfluenceMatrix.Builder b = InfluenceMatrix.builder(InfluenceMatrix.of(a).variables()).scale(Scale.CLASSIC);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (a[i][j] != 0 && r.nextDouble() < potentialShare) {
                    b.potential(i, j);
                } else {
                    b.set(i, j, a[i][j]);
                }
            }
        }
        return b.build();
    }

    /**
     * A row-major matrix for kernel and storage tests (the diagonal may be non-zero).
     *
     * @param r the generator
     * @param n order
     * @param fill probability that a cell is non-zero
     * @param integral values 1..3 when true (MICMAC scores), else reals in (0, 10)
     * @return a new row-major n x n matrix
     */
    public static double[] rowMajor(Random r, int n, double fill, boolean integral) {
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
