package org.micmac4j;

import java.util.List;

import org.micmac4j.internal.Messages;
import org.micmac4j.internal.Ranks;

/**
 * Influence and dependence scores of every variable with their ranks: the common result shape of
 * every operator (direct sums, matrix powers, cumulative, Katz, DEMATEL, fuzzy, reachability,
 * Perron limit), so that rankings can be compared.
 *
 * <p>Ranks are competition ranks ("1224", rank 1 = highest): two values tie when
 * {@code |a - b| <= tieTolerance * max(|a|, |b|)}. Among tied variables the display order is the
 * input order.
 *
 * <p>Immutable: arrays are copied in and out.
 */
public final class Ranking {
    /** Default relative tolerance under which two scores tie: {@value}. */
    public static final double TIE_TOLERANCE_DEFAULT = 1e-9;

    private final List<Variable> variables;
    private final double[] influence;
    private final double[] dependence;
    private final int[] influenceRanks;
    private final int[] dependenceRanks;

    private Ranking(List<Variable> variables, double[] influence, double[] dependence, int[] influenceRanks,
            int[] dependenceRanks) {
        this.variables = variables;
        this.influence = influence;
        this.dependence = dependence;
        this.influenceRanks = influenceRanks;
        this.dependenceRanks = dependenceRanks;
    }

    /**
     * Ranks scores with {@link #TIE_TOLERANCE_DEFAULT}.
     *
     * @param variables the variables, copied
     * @param influence influence score per variable (row direction), copied
     * @param dependence dependence score per variable (column direction), copied
     * @return the ranking
     */
    public static Ranking of(List<Variable> variables, double[] influence, double[] dependence) {
        return of(variables, influence, dependence, TIE_TOLERANCE_DEFAULT);
    }

    /**
     * Ranks scores.
     *
     * @param variables the variables, copied
     * @param influence influence score per variable, copied
     * @param dependence dependence score per variable, copied
     * @param tieTolerance relative tie tolerance, at least 0
     * @return the ranking
     */
    public static Ranking of(List<Variable> variables, double[] influence, double[] dependence, double tieTolerance) {
        int n = variables.size();
        Messages.require(influence.length == n && dependence.length == n,
                "%d variables but %d influence and %d dependence scores", n, influence.length, dependence.length);
        Messages.nonNegative(tieTolerance, "tieTolerance");
        for (int i = 0; i < n; i++) {
            Messages.require(!Double.isNaN(influence[i]) && !Double.isNaN(dependence[i]),
                    "variable %s: NaN score", variables.get(i).id());
        }
        return new Ranking(List.copyOf(variables), influence.clone(), dependence.clone(),
                Ranks.competition(influence, tieTolerance), Ranks.competition(dependence, tieTolerance));
    }

    /**
     * A ranking with ranks given (for exact arithmetic, where ties are exact).
     *
     * @param variables the variables
     * @param influence scores, copied
     * @param dependence scores, copied
     * @param influenceRanks ranks, copied
     * @param dependenceRanks ranks, copied
     * @return the ranking
     */
    static Ranking withRanks(List<Variable> variables, double[] influence, double[] dependence, int[] influenceRanks,
            int[] dependenceRanks) {
        return new Ranking(List.copyOf(variables), influence.clone(), dependence.clone(), influenceRanks.clone(),
                dependenceRanks.clone());
    }

    /** @return the number of variables */
    public int size() {
        return variables.size();
    }

    /** @return the variables, unmodifiable */
    public List<Variable> variables() {
        return variables;
    }

    /**
     * @param i variable index
     * @return its influence score
     */
    public double influence(int i) {
        return influence[i];
    }

    /**
     * @param i variable index
     * @return its dependence score
     */
    public double dependence(int i) {
        return dependence[i];
    }

    /**
     * @param i variable index
     * @return its influence rank, 1 = most influent
     */
    public int influenceRank(int i) {
        return influenceRanks[i];
    }

    /**
     * @param i variable index
     * @return its dependence rank, 1 = most dependent
     */
    public int dependenceRank(int i) {
        return dependenceRanks[i];
    }

    /** @return the influence score of every variable, a copy */
    public double[] influences() {
        return influence.clone();
    }

    /** @return the dependence score of every variable, a copy */
    public double[] dependences() {
        return dependence.clone();
    }

    /** @return influence ranks, a copy */
    public int[] influenceRanks() {
        return influenceRanks.clone();
    }

    /** @return dependence ranks, a copy */
    public int[] dependenceRanks() {
        return dependenceRanks.clone();
    }
}
