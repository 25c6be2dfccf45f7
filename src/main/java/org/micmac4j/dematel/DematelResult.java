package org.micmac4j.dematel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.micmac4j.Ranking;
import org.micmac4j.SplitRule;
import org.micmac4j.Variable;

/**
 * The outcome of a {@link Dematel} analysis: N, T, D, R, D + R, D - R, roles, weights, the
 * threshold and its relations, and the spectral radius of N with the largest eigenvalue of T.
 *
 * <p>Immutable: every array accessor returns a copy. The configuration is {@link #config()}. For
 * JSON, {@link #scores()} gives one flat record per variable (D, R, D+R, D-R, role, weight);
 * {@link #threshold()} and {@link #largestEigenvalueOfT()} complete what the command line prints.
 *
 * <p>D, R and ρ(N) are computed by {@link Dematel#analyze} without T; T is computed once, on the
 * first call that needs it ({@link #totalRelation()}, {@link #relations()}, {@link #isRelation},
 * {@link #threshold()} under a rule other than MEAN and FIXED): an O(n³) LU solve.
 *
 * <p>Weights follow JMcDM (and the Celikbilek and Ozdemir textbook it cites):
 * w_i = sqrt((D_i + R_i)² + (D_i - R_i)²) / Σ_k sqrt((D_k + R_k)² + (D_k - R_k)²).
 */
public final class DematelResult {
    private final Dematel config;
    private final List<Variable> variables;
    private final double divisor;
    private final double[] normalized;
    private final double spectralRadiusOfN;
    private final double[] d;
    private final double[] r;
    private final double[] weights;
    private volatile double[] total;
    private volatile Double threshold;

    DematelResult(Dematel config, List<Variable> variables, double divisor, double[] normalized,
            double spectralRadiusOfN, double[] d, double[] r) {
        this.config = config;
        this.variables = variables;
        this.divisor = divisor;
        this.normalized = normalized;
        this.spectralRadiusOfN = spectralRadiusOfN;
        this.d = d;
        this.r = r;
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

    /** @return the configured analysis that produced this result */
    public Dematel config() {
        return config;
    }

    /** @return n */
    public int size() {
        return variables.size();
    }

    /** @return the variables, unmodifiable */
    public List<Variable> variables() {
        return variables;
    }

    /** @return s, the divisor of Z */
    public double divisor() {
        return divisor;
    }

    /** @return N as used to compute T (rounded when rounding was set), a new array */
    public double[][] normalizedMatrix() {
        return square(normalized);
    }

    /** @return T, the total-relation matrix, a new array (computed on first need) */
    public double[][] totalRelation() {
        return square(total());
    }

    /**
     * @param i row
     * @param j column
     * @return t_ij (T is computed on first need)
     */
    public double totalRelation(int i, int j) {
        return total()[i * d.length + j];
    }

    private double[] total() {
        double[] t = total;
        if (t == null) {
            t = Dematel.totalRelation(normalized, d.length);
            total = t;
        }
        return t;
    }

    private double[][] square(double[] flat) {
        int n = d.length;
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(flat, i * n, out[i], 0, n);
        }
        return out;
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
     * @return its role from D - R (see {@link Role})
     */
    public Role role(int i) {
        return Role.of(d[i], r[i]);
    }

    /** @return the weights (sum 1), a copy; see the class comment */
    public double[] weights() {
        return weights.clone();
    }

    /**
     * The threshold on T under {@link Dematel#split()}: the mean of T is ΣD / n² (no T
     * needed); MEDIAN, MIDPOINT and MEAN_PLUS_SD are computed on the n² cells of T.
     *
     * @return the threshold on T
     */
    public double threshold() {
        Double t = threshold;
        if (t == null) {
            SplitRule rule = config.split();
            int n = d.length;
            if (rule == SplitRule.FIXED) {
                t = config.fixedThreshold();
            } else if (rule == SplitRule.MEAN) {
                double sum = 0;
                for (double v : d) {
                    sum += v;
                }
                t = sum / ((double) n * n);
            } else {
                t = rule.threshold(total());
            }
            threshold = t;
        }
        return t;
    }

    /**
     * @param i row
     * @param j column
     * @return whether t_ij is strictly above the threshold
     */
    public boolean isRelation(int i, int j) {
        return totalRelation(i, j) > threshold();
    }

    /** @return the cells of T strictly above the threshold, row by row, unmodifiable */
    public List<Relation> relations() {
        double[] t = total();
        double th = threshold();
        int n = d.length;
        List<Relation> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (t[i * n + j] > th) {
                    out.add(new Relation(variables.get(i), variables.get(j), t[i * n + j]));
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** @return one record per variable, in order, unmodifiable */
    public List<VariableScores> scores() {
        List<VariableScores> out = new ArrayList<>(d.length);
        for (int i = 0; i < d.length; i++) {
            out.add(new VariableScores(variables.get(i), d[i], r[i], d[i] + r[i], d[i] - r[i], role(i), weights[i]));
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
     * eigen-decomposition of T and of its transpose: O(n³), opt-in, slow beyond about a thousand
     * variables).
     *
     * @return the diagnostics
     */
    public SpectralDiagnostics spectral() {
        return SpectralDiagnostics.of(totalRelation());
    }
}
