package org.micmac4j.operator;

import java.util.Arrays;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Ranking;
import org.micmac4j.internal.Messages;
import org.micmac4j.internal.kernel.Kernels;
import org.micmac4j.internal.kernel.RankingKernel;
import org.micmac4j.internal.VectorMath;

/**
 * Cumulative indirect influence S_k = M + M² + ... + M^k: influence = S_k·1 (row sums), dependence
 * = 1ᵀ·S_k (column sums).
 *
 * <p>Computed with k matrix-vector products (M^j·1 and 1ᵀ·M^j, summed), never a matrix power.
 * Entries grow like ρ(M)^j, so each step is rescaled by its largest entry and the running sums
 * with it; the scores are therefore reported as <b>shares</b>: each row sum over the total of S_k
 * (influence and dependence each sum to 1; the total is the same for both). Rankings are
 * invariant to this scaling. A zero matrix gives all-zero scores.
 *
 * <p>Example: for the chain A → B → C with weights 1, S_2 = M + M² has row sums 2, 1, 0 (shares
 * 2/3, 1/3, 0). Immutable.
 */
public final class Cumulative implements IndirectOperator {
    private final int order;

    private Cumulative(int order) {
        this.order = order;
    }

    /**
     * @param k the highest power, at least 1 (k = 1: the direct sums as shares)
     * @return the operator
     */
    public static Cumulative of(int k) {
        Messages.require(k >= 1, "the cumulative order must be at least 1, got %d", k);
        return new Cumulative(k);
    }

    /** @return k */
    public int order() {
        return order;
    }

    @Override
    public String name() {
        return "cumulative(k=" + order + ")";
    }

    @Override
    public Ranking rank(InfluenceMatrix m, double potentialWeight) {
        int n = m.size();
        RankingKernel kernel = Kernels.ranking(Weights.store(m, potentialWeight));
        double[] x = new double[n];
        double[] y = new double[n];
        Arrays.fill(x, 1);
        Arrays.fill(y, 1);
        double[] rowOut = new double[n];
        double[] colOut = new double[n];
        double[] influence = new double[n];
        double[] dependence = new double[n];
        for (int j = 1; j <= order; j++) {
            kernel.step(x, y, rowOut, colOut);
            double f = VectorMath.max(rowOut, colOut);
            if (f == 0) {
                break; // M^j = 0: every later term is 0 too
            }
            for (int i = 0; i < n; i++) {
                x[i] = rowOut[i] / f;
                y[i] = colOut[i] / f;
                influence[i] = influence[i] / f + x[i];
                dependence[i] = dependence[i] / f + y[i];
            }
        }
        double total = VectorMath.sum(influence);
        if (total > 0) {
            double dependenceTotal = VectorMath.sum(dependence);
            for (int i = 0; i < n; i++) {
                influence[i] /= total;
                dependence[i] /= dependenceTotal;
            }
        }
        return Ranking.of(m.variables(), influence, dependence);
    }
}
