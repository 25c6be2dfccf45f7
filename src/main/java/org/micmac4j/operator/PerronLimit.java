package org.micmac4j.operator;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Ranking;
import org.micmac4j.internal.Messages;
import org.micmac4j.internal.PerronIteration;
import org.micmac4j.internal.graph.Structure;
import org.micmac4j.internal.kernel.Kernels;
import org.micmac4j.internal.store.MatrixStore;
import org.micmac4j.internal.VectorMath;

/**
 * The limit of the indirect ranking: influence = right Perron vector, dependence = left Perron
 * vector of M + I (the same vectors as M, but aperiodic, so that the iteration converges for a
 * periodic M too), each normalised to sum 1, by power iteration from the all-ones vector until no
 * component of the max-scaled vectors moves by more than the tolerance (the one Perron iteration of the library: with
 * the defaults, this operator and
 * {@link org.micmac4j.StructureDiagnosis#perronLimit()} give the same ranking and the same shares).
 *
 * <p>Conditions: a matrix without any cycle (acyclic, M nilpotent) has no Perron limit and is
 * refused (use {@link Cumulative}); a reducible matrix converges to vectors with zeros (variables
 * outside the dominant classes), and when several classes share the spectral radius the
 * iteration converges too slowly and fails with an {@link ArithmeticException} after
 * {@link #MAX_ITERATIONS_DEFAULT} iterations (by default).
 *
 * <p>Example: M = [[0, 2], [1, 0]] (ρ = √2) gives influence (√2, 1)/(1 + √2) and dependence
 * (1, √2)/(1 + √2). Immutable.
 */
public final class PerronLimit implements IndirectOperator {
    /**
     * Default tolerance on the largest change of a max-scaled vector: the structure diagnosis's
     * ({@link org.micmac4j.StructureDiagnosis#PERRON_TOLERANCE}), so that both give one limit.
     */
    public static final double TOLERANCE_DEFAULT = org.micmac4j.StructureDiagnosis.PERRON_TOLERANCE;
    /**
     * Default maximum number of iterations: the structure diagnosis's
     * ({@link org.micmac4j.StructureDiagnosis#PERRON_MAX_ITERATIONS}).
     */
    public static final int MAX_ITERATIONS_DEFAULT = org.micmac4j.StructureDiagnosis.PERRON_MAX_ITERATIONS;

    private static final PerronLimit DEFAULTS = new PerronLimit(TOLERANCE_DEFAULT, MAX_ITERATIONS_DEFAULT);

    private final double tolerance;
    private final int maxIterations;

    private PerronLimit(double tolerance, int maxIterations) {
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
    }

    /** @return the operator with {@link #TOLERANCE_DEFAULT} and {@link #MAX_ITERATIONS_DEFAULT} */
    public static PerronLimit withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param newTolerance positive
     * @return a copy with that tolerance
     */
    public PerronLimit withTolerance(double newTolerance) {
        return new PerronLimit(Messages.positive(newTolerance, "tolerance"), maxIterations);
    }

    /**
     * @param newMax at least 1
     * @return a copy with that maximum
     */
    public PerronLimit withMaxIterations(int newMax) {
        Messages.require(newMax >= 1, "maxIterations must be at least 1, got %d", newMax);
        return new PerronLimit(tolerance, newMax);
    }

    @Override
    public String name() {
        return "perron-limit";
    }

    /**
     * {@inheritDoc}
     *
     * @throws org.micmac4j.InvalidInputException when the influence graph has no cycle
     * @throws ArithmeticException when the iteration does not converge within the maximum
     */
    @Override
    public Ranking rank(InfluenceMatrix m, double potentialWeight) {
        MatrixStore store = Weights.store(m, potentialWeight);
        Messages.require(Structure.of(store).kind() != Structure.Kind.ACYCLIC,
                "the influence graph has no cycle (M is nilpotent: M^k = 0 for k >= n), so there is no Perron limit; "
                        + "use the cumulative operator");
        PerronIteration.Vectors v = PerronIteration.compute(Kernels.ranking(store), tolerance, maxIterations)
                .orElseThrow(() -> new ArithmeticException("the Perron vectors of M + I did not converge to "
                        + tolerance + " within " + maxIterations + " iterations: the matrix is probably reducible "
                        + "with several classes of equal spectral radius; rank at a finite order instead"));
        return Ranking.of(m.variables(), VectorMath.shares(v.right), VectorMath.shares(v.left));
    }
}
