package org.micmac4j.operator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Ranking;
import org.micmac4j.internal.KendallTau;
import org.micmac4j.internal.Messages;

/**
 * Kendall's tau-b between the rankings of several operators on one matrix: one matrix of taus for
 * influence and one for dependence (symmetric, 1 on the diagonal).
 *
 * <p>Tau is computed on the competition ranks of each {@link Ranking} (so scores that tie within
 * the ranking's tolerance count as ties), with the tau-b tie correction. It is NaN when a ranking
 * has fewer than two variables or ties them all (tau-b is then 0/0).
 *
 * <pre>{@code
 * OperatorComparison c = OperatorComparison.of(m,
 *         List.of(IndirectOperators.cumulative(7), IndirectOperators.dematel()));
 * double tau = c.influenceTau(0, 1);
 * }</pre>
 * Immutable; matrices are returned as copies. An operator that refuses the matrix makes
 * {@link #of} throw its exception.
 */
public final class OperatorComparison {
    private final List<IndirectOperator> operators;
    private final double potentialWeight;
    private final List<String> names;
    private final List<Ranking> rankings;
    private final double[][] influence;
    private final double[][] dependence;

    private OperatorComparison(List<IndirectOperator> operators, double potentialWeight, List<String> names,
            List<Ranking> rankings, double[][] influence, double[][] dependence) {
        this.operators = operators;
        this.potentialWeight = potentialWeight;
        this.names = names;
        this.rankings = rankings;
        this.influence = influence;
        this.dependence = dependence;
    }

    /**
     * Compares operators with P cells counting 0.
     *
     * @param m the matrix
     * @param operators at least one
     * @return the comparison
     */
    public static OperatorComparison of(InfluenceMatrix m, List<? extends IndirectOperator> operators) {
        return of(m, 0, operators);
    }

    /**
     * @param m the matrix
     * @param potentialWeight what a P cell weighs
     * @param operators at least one
     * @return the comparison
     */
    public static OperatorComparison of(InfluenceMatrix m, double potentialWeight,
            List<? extends IndirectOperator> operators) {
        Messages.require(!operators.isEmpty(), "no operator to compare");
        List<String> names = new ArrayList<>();
        List<Ranking> rankings = new ArrayList<>();
        for (IndirectOperator op : operators) {
            names.add(op.name());
            rankings.add(op.rank(m, potentialWeight));
        }
        int k = rankings.size();
        double[][] inf = new double[k][k];
        double[][] dep = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = a; b < k; b++) {
                inf[a][b] = tau(rankings.get(a).influenceRanks(), rankings.get(b).influenceRanks());
                dep[a][b] = tau(rankings.get(a).dependenceRanks(), rankings.get(b).dependenceRanks());
                inf[b][a] = inf[a][b];
                dep[b][a] = dep[a][b];
            }
        }
        return new OperatorComparison(List.copyOf(operators), potentialWeight, Collections.unmodifiableList(names),
                Collections.unmodifiableList(rankings), inf, dep);
    }

    /**
     * Kendall's tau-b between the influence ranks and between the dependence ranks of two
     * rankings of the same variables.
     *
     * @param a one ranking
     * @param b another, over the same number of variables
     * @return {influence tau, dependence tau}
     */
    public static double[] tau(Ranking a, Ranking b) {
        Messages.require(a.size() == b.size(), "rankings of %d and %d variables cannot be compared", a.size(),
                b.size());
        return new double[] {tau(a.influenceRanks(), b.influenceRanks()),
                tau(a.dependenceRanks(), b.dependenceRanks())};
    }

    private static double tau(int[] x, int[] y) {
        return KendallTau.tauB(x, y);
    }

    /**
     * The configuration compared: each operator is itself its configuration (immutable, its
     * parameters in {@link IndirectOperator#name()}).
     *
     * @return the operators, in order, unmodifiable
     */
    public List<IndirectOperator> operators() {
        return operators;
    }

    /** @return what a P cell weighed in every ranking */
    public double potentialWeight() {
        return potentialWeight;
    }

    /** @return the operators' names, in order, unmodifiable */
    public List<String> names() {
        return names;
    }

    /**
     * @param i operator index
     * @return its ranking
     */
    public Ranking ranking(int i) {
        return rankings.get(i);
    }

    /**
     * @param a operator index
     * @param b operator index
     * @return tau-b between their influence rankings
     */
    public double influenceTau(int a, int b) {
        return influence[a][b];
    }

    /**
     * @param a operator index
     * @param b operator index
     * @return tau-b between their dependence rankings
     */
    public double dependenceTau(int a, int b) {
        return dependence[a][b];
    }

    /** @return all influence taus, a new array */
    public double[][] influenceTaus() {
        return copy(influence);
    }

    /** @return all dependence taus, a new array */
    public double[][] dependenceTaus() {
        return copy(dependence);
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
