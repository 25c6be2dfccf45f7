package org.micmac4j;

import java.util.Arrays;

import org.micmac4j.internal.Ranks;
import org.micmac4j.internal.VectorMath;
import org.micmac4j.internal.kernel.RankingKernel;

/**
 * Advances x_k = M^k·1 and y_k = 1ᵀ·M^k one order at a time in doubles, rescaling both to a
 * maximum of 1 after every step and keeping the natural log of the accumulated scale, so that
 * nothing overflows: the true sums are {@code x_k · exp(logScale)}.
 *
 * <p>Reuses its buffers: the arrays returned by {@link #influence()} and {@link #dependence()}
 * are overwritten by the next {@link #next()}.
 */
final class VectorStepper extends ScaledSums {
    private final RankingKernel kernel;
    private final double tieTolerance;
    private double[] influenceNext;
    private double[] dependenceNext;

    /**
     * @param kernel the matrix
     * @param tieTolerance relative tie tolerance of the ranks
     */
    public VectorStepper(RankingKernel kernel, double tieTolerance) {
        this.kernel = kernel;
        this.tieTolerance = tieTolerance;
        int n = kernel.size();
        influence = new double[n];
        dependence = new double[n];
        Arrays.fill(influence, 1);
        Arrays.fill(dependence, 1);
        influenceNext = new double[n];
        dependenceNext = new double[n];
    }

    @Override
    public void next() {
        kernel.step(influence, dependence, influenceNext, dependenceNext);
        logInfluence += rescale(influenceNext);
        logDependence += rescale(dependenceNext);
        double[] t = influence;
        influence = influenceNext;
        influenceNext = t;
        t = dependence;
        dependence = dependenceNext;
        dependenceNext = t;
        order++;
    }

    /** Divides by the maximum; returns its log (0 for an all-zero vector, which stays zero). */
    private static double rescale(double[] v) {
        double max = VectorMath.scaleToMax(v);
        if (!Double.isFinite(max)) {
            throw new ArithmeticException("indirect sums overflowed within one step (a weight near the double limit)");
        }
        return max == 0 ? 0 : Math.log(max);
    }

    @Override
    public int[] influenceRanks() {
        return Ranks.competition(influence, tieTolerance);
    }

    @Override
    public int[] dependenceRanks() {
        return Ranks.competition(dependence, tieTolerance);
    }
}
