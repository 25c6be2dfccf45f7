package org.micmac4j.internal;

import java.util.Optional;

import org.micmac4j.internal.kernel.RankingKernel;

/**
 * Right and left Perron vectors of a non-negative matrix M by power iteration on M + I, which has
 * the same Perron vectors as M and is aperiodic, so the iteration converges for irreducible M
 * (also periodic ones) at the rate |λ2 + 1| / (λ1 + 1).
 *
 * <pre>
 *   x ← (M + I)·x / max,   y ← yᵀ·(M + I) / max
 * </pre>
 */
public final class PerronIteration {
    private PerronIteration() {
    }

    /** Right (influence) and left (dependence) Perron vectors, each scaled to a maximum of 1. */
    public static final class Vectors {
        /** M·x = λ1·x. */
        public final double[] right;
        /** yᵀ·M = λ1·yᵀ. */
        public final double[] left;
        /** Iterations used. */
        public final int iterations;

        Vectors(double[] right, double[] left, int iterations) {
            this.right = right;
            this.left = left;
            this.iterations = iterations;
        }
    }

    /**
     * @param kernel the matrix
     * @param tolerance stop when no entry moves by more than this (vectors scaled to max 1)
     * @param maxIterations the budget
     * @return the vectors, or empty when the iteration did not converge within the budget
     */
    public static Optional<Vectors> compute(RankingKernel kernel, double tolerance, int maxIterations) {
        int n = kernel.size();
        double[] x = new double[n];
        double[] y = new double[n];
        java.util.Arrays.fill(x, 1);
        java.util.Arrays.fill(y, 1);
        double[] xn = new double[n];
        double[] yn = new double[n];
        for (int it = 1; it <= maxIterations; it++) {
            kernel.step(x, y, xn, yn);
            for (int i = 0; i < n; i++) {
                xn[i] += x[i];
                yn[i] += y[i];
            }
            VectorMath.scaleToMax(xn);
            VectorMath.scaleToMax(yn);
            double change = Math.max(VectorMath.maxAbsDifference(x, xn), VectorMath.maxAbsDifference(y, yn));
            double[] t = x;
            x = xn;
            xn = t;
            t = y;
            y = yn;
            yn = t;
            if (change <= tolerance) {
                return Optional.of(new Vectors(x, y, it));
            }
        }
        return Optional.empty();
    }
}
