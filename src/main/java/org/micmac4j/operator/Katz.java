package org.micmac4j.operator;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Ranking;
import org.micmac4j.internal.Messages;
import org.micmac4j.internal.linalg.DenseLinearAlgebra;

/**
 * Attenuated (Katz) indirect influence K = Σ_{j≥1} α^(j-1) M^j = M (I - αM)^-1: influence = K·1,
 * dependence = 1ᵀ·K. Paths of length j count with weight α^(j-1), so long chains fade.
 *
 * <p>The series converges only when α·ρ(M) &lt; 1 (ρ the spectral radius); otherwise
 * {@link #rank} refuses the matrix, naming 1/ρ(M). Scores are the true values, from two LU solves:
 * (I - αM)·x = M·1 and (I - αMᵀ)·y = Mᵀ·1.
 *
 * <p>Example: M = [[0, 2], [1, 0]] (ρ = √2), α = 0.5: influence (6, 4), dependence (4, 6).
 * Immutable.
 */
public final class Katz implements IndirectOperator {
    private final double alpha;

    private Katz(double alpha) {
        this.alpha = alpha;
    }

    /**
     * @param alpha the attenuation, positive; it must also be below 1/ρ(M) for each matrix ranked
     * @return the operator
     */
    public static Katz of(double alpha) {
        Messages.positive(alpha, "alpha");
        return new Katz(alpha);
    }

    /** @return α */
    public double alpha() {
        return alpha;
    }

    @Override
    public String name() {
        return "katz(alpha=" + alpha + ")";
    }

    /**
     * {@inheritDoc}
     *
     * @throws org.micmac4j.InvalidInputException when α·ρ(M) is not below 1
     */
    @Override
    public Ranking rank(InfluenceMatrix m, double potentialWeight) {
        int n = m.size();
        Messages.nonNegative(potentialWeight, "potentialWeight");
        double[][] a = m.toArray(potentialWeight);
        double rho = DenseLinearAlgebra.spectralRadius(a);
        Messages.require(alpha * rho < 1 - 1e-12,
                "Katz alpha %s is not below 1/rho(M) = %s (spectral radius rho(M) = %s): the series sum alpha^(j-1) "
                + "M^j diverges; choose a smaller alpha", alpha, 1 / rho, rho);
        double[][] left = new double[n][n];
        double[][] leftT = new double[n][n];
        double[] rows = new double[n];
        double[] columns = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                left[i][j] = (i == j ? 1 : 0) - alpha * a[i][j];
                leftT[j][i] = left[i][j];
                rows[i] += a[i][j];
                columns[j] += a[i][j];
            }
        }
        return Ranking.of(m.variables(), DenseLinearAlgebra.solve(left, rows),
                DenseLinearAlgebra.solve(leftT, columns));
    }
}
