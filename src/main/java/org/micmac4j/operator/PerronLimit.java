package org.micmac4j.operator;

import java.util.Arrays;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Ranking;
import org.micmac4j.internal.Messages;
import org.micmac4j.internal.kernel.NaiveDenseKernel;
import org.micmac4j.internal.kernel.RankingKernel;

/**
 * The limit of the indirect ranking: influence = right Perron vector, dependence = left Perron
 * vector of M + I (the same vectors as M, but aperiodic, so that the iteration converges for a
 * periodic M too), each normalised to sum 1, by power iteration from the all-ones vector until no
 * component moves by more than the tolerance.
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
    /** Default tolerance on the largest change of a normalised vector: {@value}. */
    public static final double TOLERANCE_DEFAULT = 1e-12;
    /** Default maximum number of iterations: {@value}. */
    public static final int MAX_ITERATIONS_DEFAULT = 100_000;

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
        int n = m.size();
        double[] a = Weights.rowMajor(m, potentialWeight);
        Messages.require(hasCycle(a, n),
                "the influence graph has no cycle (M is nilpotent: M^k = 0 for k >= n), so there is no Perron limit; "
                        + "use the cumulative operator");
        for (int i = 0; i < n; i++) {
            a[i * n + i] += 1;
        }
        RankingKernel kernel = new NaiveDenseKernel(a, n);
        double[] x = new double[n];
        double[] y = new double[n];
        Arrays.fill(x, 1.0 / n);
        Arrays.fill(y, 1.0 / n);
        double[] nx = new double[n];
        double[] ny = new double[n];
        for (int it = 0; it < maxIterations; it++) {
            kernel.step(x, y, nx, ny);
            double sx = Weights.sum(nx);
            double sy = Weights.sum(ny);
            double change = 0;
            for (int i = 0; i < n; i++) {
                nx[i] /= sx;
                ny[i] /= sy;
                change = Math.max(change, Math.max(Math.abs(nx[i] - x[i]), Math.abs(ny[i] - y[i])));
            }
            double[] t = x;
            x = nx;
            nx = t;
            t = y;
            y = ny;
            ny = t;
            if (change <= tolerance) {
                return Ranking.of(m.variables(), x, y);
            }
        }
        throw new ArithmeticException("the Perron vectors of M + I did not converge to " + tolerance + " within "
                + maxIterations + " iterations: the matrix is probably reducible with several classes of equal "
                + "spectral radius; rank at a finite order instead");
    }

    /** Kahn's algorithm: the graph has a cycle when some vertex is never freed. */
    private static boolean hasCycle(double[] a, int n) {
        int[] indegree = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (a[i * n + j] > 0) {
                    indegree[j]++;
                }
            }
        }
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int j = 0; j < n; j++) {
            if (indegree[j] == 0) {
                queue[tail++] = j;
            }
        }
        while (head < tail) {
            int i = queue[head++];
            for (int j = 0; j < n; j++) {
                if (a[i * n + j] > 0 && --indegree[j] == 0) {
                    queue[tail++] = j;
                }
            }
        }
        return tail < n;
    }
}
