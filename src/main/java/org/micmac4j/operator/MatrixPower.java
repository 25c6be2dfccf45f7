package org.micmac4j.operator;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Micmac;
import org.micmac4j.Ranking;
import org.micmac4j.View;

/**
 * The MICMAC operator itself: influence and dependence by the row and column sums of M^k
 * (docs/METHOD.md §3, §8.1), on the comparable scale, with the order fixed or chosen by stability. It runs a
 * configured {@link Micmac} (its split rule is irrelevant here; its order, tie tolerance and
 * arithmetic apply).
 *
 * <pre>{@code
 * Ranking r = IndirectOperators.matrixPower(7).rank(m);
 * }</pre>
 */
final class MatrixPower implements IndirectOperator {
    private final Micmac micmac;

    private MatrixPower(Micmac micmac) {
        this.micmac = micmac;
    }

    /**
     * @param micmac the configured analysis whose order, tolerance and arithmetic are used
     * @return the operator
     */
    public static MatrixPower of(Micmac micmac) {
        return new MatrixPower(java.util.Objects.requireNonNull(micmac, "micmac"));
    }

    @Override
    public String name() {
        int k = micmac.order();
        return "matrix-power(k=" + (k == Micmac.ORDER_AUTO ? "auto" : Integer.toString(k)) + ")";
    }

    /**
     * @param m the matrix, not modified
     * @param potentialWeight what a P cell weighs (both P weights of the analysis are set to it)
     * @return the indirect ranking of MDI^k
     */
    @Override
    public Ranking rank(InfluenceMatrix m, double potentialWeight) {
        return micmac.withPotentialWeights(potentialWeight, potentialWeight).analyze(m).view(View.INDIRECT).ranking();
    }
}
