package org.micmac4j.dematel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.micmac4j.Ranking;
import org.micmac4j.Variable;

/**
 * The outcome of a {@link Dematel} analysis: N, T, D, R, D + R, D - R, groups, weights, the
 * threshold and its relations, and the spectral radius of N with the largest eigenvalue of T.
 *
 * <p>Immutable: every array accessor returns a copy. For JSON, {@link #scores()} gives one flat
 * record per variable (D, R, D+R, D-R, group, weight); {@link #threshold()} and
 * {@link #largestEigenvalueOfT()} complete what the command line prints.
 *
 * <p>Weights follow JMcDM (and the Celikbilek and Ozdemir textbook it cites):
 * w_i = sqrt((D_i + R_i)² + (D_i - R_i)²) / Σ_k sqrt((D_k + R_k)² + (D_k - R_k)²).
 */
public final class DematelResult {
    private final List<Variable> variables;
    private final Normalization normalization;
    private final double divisor;
    private final int rounding;
    private final double[][] normalized;
    private final double[][] total;
    private final double spectralRadiusOfN;
    private final ThresholdRule thresholdRule;
    private final double threshold;
    private final double[] d;
    private final double[] r;
    private final double[] weights;

    DematelResult(List<Variable> variables, Normalization normalization, double divisor, int rounding,
            double[][] normalized, double[][] total, double spectralRadiusOfN, ThresholdRule thresholdRule,
            double threshold) {
        this.variables = variables;
        this.normalization = normalization;
        this.divisor = divisor;
        this.rounding = rounding;
        this.normalized = normalized;
        this.total = total;
        this.spectralRadiusOfN = spectralRadiusOfN;
        this.thresholdRule = thresholdRule;
        this.threshold = threshold;
        this.d = Matrices.rowSums(total);
        this.r = Matrices.columnSums(total);
        int n = d.length;
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            w[i] = Math.hypot(d[i] + r[i], d[i] - r[i]);
            sum += w[i];
        }
        for (int i = 0; i < n; i++) {
            w[i] = sum > 0 ? w[i] / sum : 1.0 / n;
        }
        this.weights = w;
    }

    /** @return n */
    public int size() {
        return variables.size();
    }

    /** @return the variables, unmodifiable */
    public List<Variable> variables() {
        return variables;
    }

    /** @return the normalisation used */
    public Normalization normalization() {
        return normalization;
    }

    /** @return s, the divisor of Z */
    public double divisor() {
        return divisor;
    }

    /** @return the decimals N was rounded to, or {@link Dematel#ROUNDING_NONE} */
    public int rounding() {
        return rounding;
    }

    /** @return N as used to compute T (rounded when rounding was set), a new array */
    public double[][] normalizedMatrix() {
        return Matrices.copy(normalized);
    }

    /** @return T, the total-relation matrix, a new array */
    public double[][] totalRelation() {
        return Matrices.copy(total);
    }

    /**
     * @param i row
     * @param j column
     * @return t_ij
     */
    public double totalRelation(int i, int j) {
        return total[i][j];
    }

    /** @return D, the row sums of T (influence given), a copy */
    public double[] d() {
        return d.clone();
    }

    /** @return R, the column sums of T (influence received), a copy */
    public double[] r() {
        return r.clone();
    }

    /** @return D + R per variable (prominence), a new array */
    public double[] dPlusR() {
        double[] out = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            out[i] = d[i] + r[i];
        }
        return out;
    }

    /** @return D - R per variable (relation), a new array */
    public double[] dMinusR() {
        double[] out = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            out[i] = d[i] - r[i];
        }
        return out;
    }

    /**
     * @param i variable index
     * @return its group from D - R (see {@link Group})
     */
    public Group group(int i) {
        return Group.of(d[i], r[i]);
    }

    /** @return the weights (sum 1), a copy; see the class comment */
    public double[] weights() {
        return weights.clone();
    }

    /** @return the rule that set {@link #threshold()} */
    public ThresholdRule thresholdRule() {
        return thresholdRule;
    }

    /** @return the threshold on T */
    public double threshold() {
        return threshold;
    }

    /**
     * @param i row
     * @param j column
     * @return whether t_ij is strictly above the threshold
     */
    public boolean isRelation(int i, int j) {
        return total[i][j] > threshold;
    }

    /** @return the cells of T strictly above the threshold, row by row, unmodifiable */
    public List<Relation> relations() {
        List<Relation> out = new ArrayList<>();
        for (int i = 0; i < total.length; i++) {
            for (int j = 0; j < total.length; j++) {
                if (isRelation(i, j)) {
                    out.add(new Relation(variables.get(i), variables.get(j), total[i][j]));
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** @return one record per variable, in order, unmodifiable */
    public List<VariableScores> scores() {
        List<VariableScores> out = new ArrayList<>(d.length);
        for (int i = 0; i < d.length; i++) {
            out.add(new VariableScores(variables.get(i), d[i], r[i], d[i] + r[i], d[i] - r[i], group(i), weights[i]));
        }
        return Collections.unmodifiableList(out);
    }

    /** @return ρ(N), the spectral radius of N (below 1) */
    public double spectralRadiusOfN() {
        return spectralRadiusOfN;
    }

    /**
     * The largest eigenvalue of T, ρ(N) / (1 - ρ(N)): T = f(N) with f(x) = x / (1 - x), and f maps
     * the Perron root of N to the eigenvalue of T with the largest real part and modulus.
     *
     * @return λ_max(T)
     */
    public double largestEigenvalueOfT() {
        return spectralRadiusOfN / (1 - spectralRadiusOfN);
    }

    /**
     * The ranking by D (influence) and R (dependence), in the shape every operator shares.
     *
     * @return the ranking
     */
    public Ranking ranking() {
        return Ranking.of(variables, d, r);
    }

    /**
     * The spectral diagnostics of T as spectralDEMATEL defines them; computed on each call (an
     * eigen-decomposition of T and of its transpose).
     *
     * @return the diagnostics
     */
    public SpectralDiagnostics spectral() {
        return SpectralDiagnostics.of(total);
    }
}
