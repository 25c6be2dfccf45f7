package org.micmac4j.internal;

import java.util.Arrays;

import org.micmac4j.internal.kernel.RankingKernel;

/**
 * Advances x_k = M^k·1 and y_k = 1ᵀ·M^k one order at a time in doubles, rescaling both to a
 * maximum of 1 after every step and keeping the natural log of the accumulated scale, so that
 * nothing overflows: the true sums are {@code x_k · exp(logScale)}.
 *
 * <p>Reuses its buffers: the arrays returned by {@link #influence()} and {@link #dependence()}
 * are overwritten by the next {@link #next()}.
 */
public final class VectorStepper implements Stepper {
    private final RankingKernel kernel;
    private final double tieTolerance;
    private double[] x;
    private double[] y;
    private double[] xNext;
    private double[] yNext;
    private double logX;
    private double logY;
    private int order;

    /**
     * @param kernel the matrix
     * @param tieTolerance relative tie tolerance of the ranks
     */
    public VectorStepper(RankingKernel kernel, double tieTolerance) {
        this.kernel = kernel;
        this.tieTolerance = tieTolerance;
        int n = kernel.size();
        x = new double[n];
        y = new double[n];
        Arrays.fill(x, 1);
        Arrays.fill(y, 1);
        xNext = new double[n];
        yNext = new double[n];
    }

    @Override
    public void next() {
        kernel.step(x, y, xNext, yNext);
        logX += rescale(xNext);
        logY += rescale(yNext);
        double[] t = x;
        x = xNext;
        xNext = t;
        t = y;
        y = yNext;
        yNext = t;
        order++;
    }

    /** Divides by the maximum; returns its log (0 for an all-zero vector, which stays zero). */
    private static double rescale(double[] v) {
        double max = 0;
        for (double d : v) {
            max = Math.max(max, d);
        }
        if (max == 0 || max == 1) {
            return 0;
        }
        if (!Double.isFinite(max)) {
            throw new ArithmeticException("indirect sums overflowed within one step (a weight near the double limit)");
        }
        double inv = 1 / max;
        for (int i = 0; i < v.length; i++) {
            v[i] *= inv;
        }
        return Math.log(max);
    }

    @Override
    public int order() {
        return order;
    }

    @Override
    public double[] influence() {
        return x;
    }

    @Override
    public double[] dependence() {
        return y;
    }

    @Override
    public double logInfluenceScale() {
        return logX;
    }

    @Override
    public double logDependenceScale() {
        return logY;
    }

    @Override
    public int[] influenceRanks() {
        return Ranks.competition(x, tieTolerance);
    }

    @Override
    public int[] dependenceRanks() {
        return Ranks.competition(y, tieTolerance);
    }
}
