package org.micmac4j.dematel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.micmac4j.InvalidInputException;
import org.micmac4j.SplitRule;
import org.micmac4j.internal.Messages;
import org.micmac4j.internal.linalg.DenseLinearAlgebra;

/**
 * DEMATEL (Decision Making Trial and Evaluation Laboratory): from a direct-relation matrix Z,
 * <pre>
 *   N = Z / s                 s by the {@link Normalization} (default max(largest row sum, largest column sum))
 *   T = N (I - N)^-1 = N + N² + N³ + ...   (total relation)
 *   D = T·1 (row sums, influence given), R = 1ᵀ·T (column sums, influence received)
 *   D + R (prominence), D - R (relation; &gt; 0: cause)
 * </pre>
 * plus a threshold on T (a {@link SplitRule}, default the mean of T) that selects the relations
 * of the impact-relation map, weights, and the largest eigenvalue of T. See {@link DematelResult}.
 *
 * <p>Cost: {@link #analyze} finds ρ(N), D and R without forming T: D solves (I - N)·D = N·1 and R
 * solves (I - Nᵀ)·R = Nᵀ·1 (LU up to 300 variables, above by GMRES, O(n²) per iteration, with
 * LU as the fallback), ρ(N) by the eigenvalues up to 300 variables and above by power iteration
 * certified by the Collatz–Wielandt bounds. T itself (an O(n³) LU solve) is computed on the first
 * call that needs it ({@link DematelResult#totalRelation()}, the relations, a threshold rule
 * other than MEAN, whose value is ΣD / n²), and the spectral diagnostics (two full
 * eigen-decompositions) only by {@link DematelResult#spectral()}.
 *
 * <p>Immutable and thread-safe: every {@code with...} method returns a new configured object.
 *
 * <pre>{@code
 * DematelResult r = Dematel.withDefaults().analyze(DirectRelationMatrix.read(table));
 * // as the CRAN package dematel 0.1.0 does: N rounded to 5 decimals before T is computed
 * DematelResult cran = Dematel.withDefaults().withRounding(5).analyze(z);
 * DematelResult strict = Dematel.withDefaults().withThresholdRule(SplitRule.MEAN_PLUS_SD).analyze(z);
 * }</pre>
 *
 * <p>Conventions: the diagonal of Z is used as given; T is computed from N exactly unless
 * {@link #withRounding(int)} is set (JMcDM's published numbers need exact N, the CRAN package's
 * need N rounded to 5 decimals); a relation is a cell strictly above the threshold.
 */
public final class Dematel {
    /** Default normalisation: {@link Normalization#MAX_ROW_COLUMN}. */
    public static final Normalization NORMALIZATION_DEFAULT = Normalization.MAX_ROW_COLUMN;
    /** Rounding value meaning "do not round N": {@value}. */
    public static final int ROUNDING_NONE = -1;
    /** Default rounding of N: {@link #ROUNDING_NONE} (exact N). */
    public static final int ROUNDING_DEFAULT = ROUNDING_NONE;
    /** Largest accepted number of decimals for {@link #withRounding(int)}: {@value}. */
    public static final int ROUNDING_MAX = 15;
    /** Default threshold rule on T: {@link SplitRule#MEAN}. */
    public static final SplitRule THRESHOLD_RULE_DEFAULT = SplitRule.MEAN;
    /**
     * A spectral radius of N above {@code 1 - }{@value} is treated as 1 (no total relation): T
     * would have entries above 10⁹ with no meaningful digit.
     */
    public static final double SPECTRAL_RADIUS_MARGIN = 1e-9;
    /**
     * Relative tolerance for the {@link Role#NEUTRAL} role: |D - R| at most {@value} · (D + R).
     */
    public static final double NEUTRAL_TOLERANCE = 1e-9;

    private static final Dematel DEFAULTS = new Dematel(NORMALIZATION_DEFAULT, ROUNDING_DEFAULT,
            THRESHOLD_RULE_DEFAULT, Double.NaN);

    private final Normalization normalization;
    private final int rounding;
    private final SplitRule thresholdRule;
    private final double fixedThreshold;

    private Dematel(Normalization normalization, int rounding, SplitRule thresholdRule, double fixedThreshold) {
        this.normalization = normalization;
        this.rounding = rounding;
        this.thresholdRule = thresholdRule;
        this.fixedThreshold = fixedThreshold;
    }

    /**
     * The defaults: {@link #NORMALIZATION_DEFAULT}, {@link #ROUNDING_DEFAULT},
     * {@link #THRESHOLD_RULE_DEFAULT}.
     *
     * @return the default configuration
     */
    public static Dematel withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param newNormalization how s is computed
     * @return a copy with that normalisation
     */
    public Dematel withNormalization(Normalization newNormalization) {
        return new Dematel(Objects.requireNonNull(newNormalization, "normalization"), rounding, thresholdRule,
                fixedThreshold);
    }

    /**
     * Rounds every entry of N to {@code decimals} decimals (half-even on the exact binary value)
     * before T is computed, as the CRAN package {@code dematel} 0.1.0 does with 5.
     *
     * @param decimals 0 to {@link #ROUNDING_MAX}, or {@link #ROUNDING_NONE}
     * @return a copy with that rounding
     */
    public Dematel withRounding(int decimals) {
        Messages.require(decimals == ROUNDING_NONE || (decimals >= 0 && decimals <= ROUNDING_MAX),
                "rounding must be %d (none) or 0..%d decimals, got %d", ROUNDING_NONE, ROUNDING_MAX, decimals);
        return new Dematel(normalization, decimals, thresholdRule, fixedThreshold);
    }

    /** @return a copy that uses N exactly (the default) */
    public Dematel withoutRounding() {
        return withRounding(ROUNDING_NONE);
    }

    /**
     * @param rule the rule on the n² cells of T ({@link SplitRule#MEAN}, {@link SplitRule#MEAN_PLUS_SD},
     *     {@link SplitRule#MEDIAN} or {@link SplitRule#MIDPOINT}); for a fixed value use
     *     {@link #withFixedThreshold(double)}
     * @return a copy with that rule
     */
    public Dematel withThresholdRule(SplitRule rule) {
        Objects.requireNonNull(rule, "rule");
        Messages.require(rule != SplitRule.FIXED, "a FIXED threshold needs its value: use withFixedThreshold(value)");
        return new Dematel(normalization, rounding, rule, Double.NaN);
    }

    /**
     * @param threshold the threshold on T, finite and non-negative
     * @return a copy with the {@link SplitRule#FIXED} rule and that value
     */
    public Dematel withFixedThreshold(double threshold) {
        Messages.nonNegative(threshold, "threshold");
        return new Dematel(normalization, rounding, SplitRule.FIXED, threshold);
    }

    /** @return the normalisation */
    public Normalization normalization() {
        return normalization;
    }

    /** @return the rounding of N in decimals, or {@link #ROUNDING_NONE} */
    public int rounding() {
        return rounding;
    }

    /** @return the threshold rule on T */
    public SplitRule thresholdRule() {
        return thresholdRule;
    }

    /** @return the fixed threshold on T (NaN unless {@link SplitRule#FIXED}) */
    public double fixedThreshold() {
        return fixedThreshold;
    }

    /**
     * Analyses the element-wise average of several experts' matrices.
     *
     * @param experts the matrices, over the same variables
     * @return the result
     * @see DirectRelationMatrix#average(List)
     */
    public DematelResult analyze(List<DirectRelationMatrix> experts) {
        return analyze(DirectRelationMatrix.average(experts));
    }

    /**
     * Analyses a matrix given as an array, with variables V1..Vn.
     *
     * @param z square array of non-negative reals, not modified
     * @return the result
     */
    public DematelResult analyze(double[][] z) {
        return analyze(DirectRelationMatrix.of(z));
    }

    /**
     * Runs DEMATEL.
     *
     * @param z the direct-relation matrix (not modified; immutable anyway)
     * @return the result
     * @throws InvalidInputException when Z has no non-zero cell, or when the spectral radius of N
     *     is 1 (I - N singular: the total relation does not exist), with the reason in the message
     */
    public DematelResult analyze(DirectRelationMatrix z) {
        try {
            return analyzeValues(z);
        } catch (InvalidInputException e) {
            // A fault of the whole matrix (no non-zero cell, no total relation, overflow) names the file
            if (z.source().isEmpty()) {
                throw e;
            }
            throw new InvalidInputException(z.source().get() + ": " + e.getMessage(), e);
        }
    }

    private DematelResult analyzeValues(DirectRelationMatrix z) {
        double[][] zv = z.values();
        int n = z.size();
        double s = normalization.divisor(zv);
        Messages.require(s > 0, "the direct-relation matrix has no non-zero cell: nothing to normalise");
        double[] nm = new double[Math.multiplyExact(n, n)];
        double[] rowsOfN = new double[n];
        double[] columnsOfN = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = round(zv[i][j] / s);
                nm[i * n + j] = v;
                rowsOfN[i] += v;
                columnsOfN[j] += v;
            }
        }
        double rho = DenseLinearAlgebra.spectralRadiusNonNegative(nm, n);
        if (rho >= 1 - SPECTRAL_RADIUS_MARGIN) {
            throw noTotalRelation(s, rho);
        }
        double[] d = sumsOfT(nm, n, false, rowsOfN, s, rho);
        double[] r = sumsOfT(nm, n, true, columnsOfN, s, rho);
        return new DematelResult(this, z.variables(), s, nm, rho, d, r);
    }

    /** D = T·1 = (I - N)^-1·N·1 (or R with Nᵀ): one linear solve, T is never formed. */
    private double[] sumsOfT(double[] nm, int n, boolean transpose, double[] sumsOfN, double s, double rho) {
        double[] x;
        try {
            x = DenseLinearAlgebra.solveIdentityMinus(nm, n, transpose, sumsOfN);
        } catch (ArithmeticException e) {
            throw noTotalRelation(s, rho);
        }
        double max = 0;
        for (double v : x) {
            Messages.require(Double.isFinite(v), "DEMATEL: the %s sums of T exceed the double range (spectral radius "
                    + "of N %s): the matrix is too close to having no total relation", transpose ? "column" : "row",
                    rho);
            max = Math.max(max, Math.abs(v));
        }
        for (double v : x) {
            // for non-negative N, (I - N)^-1 is non-negative exactly when the spectral radius is below 1
            if (v < -1e-9 * (1 + max)) {
                throw noTotalRelation(s, rho);
            }
        }
        return x;
    }

    /**
     * T = (I - N)^-1 N, which equals N (I - N)^-1 because the two factors commute; for
     * {@link DematelResult} on first need.
     */
    static double[] totalRelation(double[] nm, int n) {
        double[] t = DenseLinearAlgebra.identityMinusInverseTimes(nm, n);
        for (double v : t) {
            Messages.require(Double.isFinite(v), "DEMATEL: a cell of the total relation T exceeds the double range");
        }
        return t;
    }

    private InvalidInputException noTotalRelation(double s, double rho) {
        return Messages.invalid("DEMATEL has no total relation for this matrix: the spectral radius of N = Z / s "
                + "(s = %s, %s%s) is %s, not below 1, so I - N is singular and N + N² + ... diverges. "
                + "This happens when a closed group of variables has all its row sums (or column sums) equal to s, "
                + "e.g. a cycle with equal weights or a matrix whose rows all have the same sum",
                s, normalization, rounding == ROUNDING_NONE ? ""
                : String.format(Locale.ROOT, ", N rounded to %d decimals", rounding),
                String.format(Locale.ROOT, "%.12f", rho));
    }

    private double round(double v) {
        if (rounding == ROUNDING_NONE) {
            return v;
        }
        return new BigDecimal(v).setScale(rounding, RoundingMode.HALF_EVEN).doubleValue();
    }

    @Override
    public String toString() {
        return "Dematel[normalization=" + normalization + ", rounding="
                + (rounding == ROUNDING_NONE ? "none" : rounding + " decimals") + ", threshold=" + thresholdRule
                + (thresholdRule == SplitRule.FIXED ? " " + fixedThreshold : "") + "]";
    }
}
