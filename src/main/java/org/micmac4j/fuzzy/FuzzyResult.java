package org.micmac4j.fuzzy;

import java.util.ArrayList;
import java.util.List;

import org.micmac4j.Ranking;
import org.micmac4j.Variable;

/**
 * The outcome of {@link FuzzyMicmac}: the first repeated power of the fuzzy matrix. Either the
 * powers converge (period 1: M^k = M^(k+1), the stable matrix) or they cycle (period p &gt; 1:
 * M^k = M^(k+p), reported with its first order k and period p).
 *
 * <p>Driving power = row sums of the stable matrix, dependence power = column sums (the diagonal
 * included). They exist only when the powers converged; for a cycle they throw, and the cycle's
 * matrices are available from {@link #cycle()}.
 *
 * <p>Immutable: matrices and arrays are returned as copies.
 */
public final class FuzzyResult {
    private final List<Variable> variables;
    private final FuzzyMicmac config;
    private final int cycleStart;
    private final List<double[][]> cycle;

    FuzzyResult(FuzzyMicmac config, List<Variable> variables, int cycleStart, List<double[][]> cycle) {
        this.config = config;
        this.variables = variables;
        this.cycleStart = cycleStart;
        this.cycle = cycle;
    }

    /** @return the variables, unmodifiable */
    public List<Variable> variables() {
        return variables;
    }

    /** @return the configured analysis that produced this result */
    public FuzzyMicmac config() {
        return config;
    }

    /** @return whether the powers settled (period 1) */
    public boolean converged() {
        return cycle.size() == 1;
    }

    /**
     * The order k of the first power in the cycle: M^k = M^(k + period) and no earlier power
     * repeats. When converged, M^k is the stable matrix (k ≤ n - 1 with a unit diagonal, n ≥ 2).
     *
     * @return k, at least 1
     */
    public int cycleStart() {
        return cycleStart;
    }

    /** @return the period p (1 when converged) */
    public int period() {
        return cycle.size();
    }

    /** @return M^k, k = {@link #cycleStart()}: the stable matrix when converged; a new array */
    public double[][] matrix() {
        return copy(cycle.get(0));
    }

    /** @return M^k, ..., M^(k+p-1), the matrices of one period, as new arrays */
    public List<double[][]> cycle() {
        List<double[][]> out = new ArrayList<>(cycle.size());
        for (double[][] m : cycle) {
            out.add(copy(m));
        }
        return out;
    }

    /**
     * @return the row sums of the stable matrix, a new array
     * @throws IllegalStateException when the powers cycle
     */
    public double[] drivingPowers() {
        double[][] m = stable();
        double[] s = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            for (double v : m[i]) {
                s[i] += v;
            }
        }
        return s;
    }

    /**
     * @return the column sums of the stable matrix, a new array
     * @throws IllegalStateException when the powers cycle
     */
    public double[] dependencePowers() {
        double[][] m = stable();
        double[] s = new double[m.length];
        for (double[] row : m) {
            for (int j = 0; j < m.length; j++) {
                s[j] += row[j];
            }
        }
        return s;
    }

    /**
     * @return the ranking by driving (influence) and dependence power
     * @throws IllegalStateException when the powers cycle
     */
    public Ranking ranking() {
        return Ranking.of(variables, drivingPowers(), dependencePowers());
    }

    private double[][] stable() {
        if (!converged()) {
            throw new IllegalStateException("the max-min powers cycle with period " + period() + " from order "
                    + cycleStart + " (diagonal " + config.diagonal()
                    + "): there is no stable matrix; use Diagonal.UNIT or read cycle()");
        }
        return cycle.get(0);
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
