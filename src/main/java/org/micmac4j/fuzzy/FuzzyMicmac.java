package org.micmac4j.fuzzy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.micmac4j.internal.Messages;

/**
 * Fuzzy MICMAC: the powers M¹, M², ... of a fuzzy matrix under max-min composition
 * ((A ∘ B)_ij = max_k min(a_ik, b_kj)), until a power repeats.
 *
 * <p>With a unit diagonal (the default, {@link Diagonal#UNIT}) the powers never decrease and
 * M^(n-1) is stable: the result is the stable matrix, whose row sums are the driving power and
 * column sums the dependence power (each variable counts itself, as in ISM). With another
 * diagonal the powers can cycle: the first repeated power is found (Brent's cycle detection,
 * constant memory) and the result reports the cycle's first order and period instead of looping.
 *
 * <pre>{@code
 * FuzzyResult r = FuzzyMicmac.withDefaults().analyze(FuzzyMatrix.read(table, LinguisticScale.DEFAULT));
 * double[] driving = r.drivingPower();
 * FuzzyResult c = FuzzyMicmac.withDefaults().withDiagonal(Diagonal.ZERO).analyze(f);
 * if (!c.converged()) System.out.println("period " + c.period() + " from order " + c.cycleStart());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class FuzzyMicmac {
    /** Default diagonal policy: {@link Diagonal#UNIT}. */
    public static final Diagonal DIAGONAL_DEFAULT = Diagonal.UNIT;
    /** Default maximum number of compositions before giving up: {@value}. */
    public static final int MAX_COMPOSITIONS_DEFAULT = 100_000;

    private static final FuzzyMicmac DEFAULTS = new FuzzyMicmac(DIAGONAL_DEFAULT, MAX_COMPOSITIONS_DEFAULT);

    private final Diagonal diagonal;
    private final int maxCompositions;

    private FuzzyMicmac(Diagonal diagonal, int maxCompositions) {
        this.diagonal = diagonal;
        this.maxCompositions = maxCompositions;
    }

    /** @return the defaults: {@link #DIAGONAL_DEFAULT}, {@link #MAX_COMPOSITIONS_DEFAULT} */
    public static FuzzyMicmac withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param newDiagonal the diagonal policy
     * @return a copy with it
     */
    public FuzzyMicmac withDiagonal(Diagonal newDiagonal) {
        return new FuzzyMicmac(Objects.requireNonNull(newDiagonal, "diagonal"), maxCompositions);
    }

    /**
     * @param newMax the largest number of compositions, at least 1
     * @return a copy with it
     */
    public FuzzyMicmac withMaxCompositions(int newMax) {
        Messages.require(newMax >= 1, "maxCompositions must be at least 1, got %d", newMax);
        return new FuzzyMicmac(diagonal, newMax);
    }

    /** @return the diagonal policy */
    public Diagonal diagonal() {
        return diagonal;
    }

    /**
     * Composes until a power repeats.
     *
     * @param m the fuzzy matrix, not modified
     * @return the stable matrix, or the cycle
     * @throws ArithmeticException when no power repeats within the maximum number of compositions
     */
    public FuzzyResult analyze(FuzzyMatrix m) {
        double[][] a = m.toArray();
        for (int i = 0; i < a.length; i++) {
            if (diagonal == Diagonal.UNIT) {
                a[i][i] = 1;
            } else if (diagonal == Diagonal.ZERO) {
                a[i][i] = 0;
            }
        }
        int[] budget = {maxCompositions};
        // Brent: find the period lambda, then the start mu of the cycle in x_0 = M, x_{t+1} = x_t ∘ M
        int power = 1;
        int lambda = 1;
        double[][] tortoise = a;
        double[][] hare = next(a, a, budget);
        while (!Arrays.deepEquals(tortoise, hare)) {
            if (power == lambda) {
                tortoise = hare;
                power *= 2;
                lambda = 0;
            }
            hare = next(hare, a, budget);
            lambda++;
        }
        tortoise = a;
        hare = a;
        for (int t = 0; t < lambda; t++) {
            hare = next(hare, a, budget);
        }
        int mu = 0;
        while (!Arrays.deepEquals(tortoise, hare)) {
            tortoise = next(tortoise, a, budget);
            hare = next(hare, a, budget);
            mu++;
        }
        List<double[][]> cycle = new ArrayList<>(lambda);
        double[][] x = tortoise;
        for (int t = 0; t < lambda; t++) {
            cycle.add(x);
            x = MaxMin.compose(x, a);
        }
        return new FuzzyResult(this, m.variables(), mu + 1, cycle);
    }

    private double[][] next(double[][] x, double[][] a, int[] budget) {
        if (--budget[0] < 0) {
            throw new ArithmeticException("no power of the fuzzy matrix repeated within " + maxCompositions
                    + " max-min compositions (diagonal " + diagonal
                    + "); raise withMaxCompositions or use Diagonal.UNIT");
        }
        return MaxMin.compose(x, a);
    }

    @Override
    public String toString() {
        return "FuzzyMicmac[diagonal=" + diagonal + ", maxCompositions=" + maxCompositions + "]";
    }
}
