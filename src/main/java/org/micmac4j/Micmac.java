package org.micmac4j;

import java.util.Objects;

import org.micmac4j.internal.Messages;

/**
 * The MICMAC analysis (docs/METHOD.md §2 to §6), configured once and immutable:
 *
 * <pre>{@code
 * MicmacResult r = Micmac.withDefaults().withOrder(7).withSplit(SplitRule.MEDIAN).analyze(matrix);
 * r.view(View.INDIRECT).sector(0);
 * }</pre>
 *
 * <ul>
 *   <li><b>Direct</b>: influence of i = row sum of MDI, dependence of j = column sum.</li>
 *   <li><b>Indirect</b>: row and column sums of MDI^k, computed as k matrix-vector products
 *       M^k·1 and 1ᵀ·M^k rescaled at every order (never a full power). With the automatic order
 *       ({@link #ORDER_AUTO}), k = 1 (the direct matrix), 2, 3, ... until both rank vectors equal
 *       those of the previous {@code stabilityWindow} orders (so k = 3 at the earliest with the
 *       default window 2), at most {@code maxOrder}. A periodic structure stops when
 *       the ranking has repeated over two periods ({@link StopReason#CYCLE}); an acyclic one at
 *       its longest path ({@link StopReason#NILPOTENT}): both are diagnosed before iterating.</li>
 *   <li><b>Potential</b> views weigh P cells {@code pPotential} instead of {@code pCurrent}.</li>
 *   <li><b>Sectors</b> split each view's plane by the {@link SplitRule} on the comparable scale.</li>
 * </ul>
 *
 * <p>Thread-safe; {@code with...} methods return modified copies.
 */
public final class Micmac implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** The order value meaning "choose automatically by stability". */
    public static final int ORDER_AUTO = 0;
    /** Default order: {@link #ORDER_AUTO}. */
    public static final int ORDER_DEFAULT = ORDER_AUTO;
    /** Default maximum order of the automatic choice: {@value}. */
    public static final int MAX_ORDER_DEFAULT = 64;
    /** Default stability window: the ranks must repeat over this many previous orders: {@value}. */
    public static final int STABILITY_WINDOW_DEFAULT = 2;
    /** Default split rule: {@link SplitRule#MEAN}. */
    public static final SplitRule SPLIT_DEFAULT = SplitRule.MEAN;
    /** Default weight of a P cell in the current matrix (MDI): {@value}. */
    public static final double P_CURRENT_DEFAULT = 0;
    /** Default weight of a P cell in the potential matrix (MPDI): {@value}. */
    public static final double P_POTENTIAL_DEFAULT = 3;
    /** Default relative tie tolerance: {@value}. */
    public static final double TIE_TOLERANCE_DEFAULT = Ranking.TIE_TOLERANCE_DEFAULT;
    /** Default arithmetic: {@link Arithmetic#DOUBLE}. */
    public static final Arithmetic ARITHMETIC_DEFAULT = Arithmetic.DOUBLE;
    /**
     * Default radius of the regulating zone: a variable is regulating when both its influence and
     * its dependence lie within this fraction of their thresholds ({@value}).
     */
    public static final double REGULATING_RADIUS_DEFAULT = 0.25;
    /** Largest n for which the stability report computes Kendall's tau (O(n log n) per order). */
    public static final int KENDALL_MAX_SIZE = 100_000;

    private static final Micmac DEFAULTS = new Micmac(ORDER_DEFAULT, MAX_ORDER_DEFAULT, STABILITY_WINDOW_DEFAULT,
            SPLIT_DEFAULT, Double.NaN, Double.NaN, P_CURRENT_DEFAULT, P_POTENTIAL_DEFAULT, TIE_TOLERANCE_DEFAULT,
            ARITHMETIC_DEFAULT, REGULATING_RADIUS_DEFAULT);

    private final int order;
    private final int maxOrder;
    private final int stabilityWindow;
    private final SplitRule split;
    private final double fixedInfluence;
    private final double fixedDependence;
    private final double pCurrent;
    private final double pPotential;
    private final double tieTolerance;
    private final Arithmetic arithmetic;
    private final double regulatingRadius;

    private Micmac(int order, int maxOrder, int stabilityWindow, SplitRule split, double fixedInfluence,
            double fixedDependence, double pCurrent, double pPotential, double tieTolerance, Arithmetic arithmetic,
            double regulatingRadius) {
        this.order = order;
        this.maxOrder = maxOrder;
        this.stabilityWindow = stabilityWindow;
        this.split = split;
        this.fixedInfluence = fixedInfluence;
        this.fixedDependence = fixedDependence;
        this.pCurrent = pCurrent;
        this.pPotential = pPotential;
        this.tieTolerance = tieTolerance;
        this.arithmetic = arithmetic;
        this.regulatingRadius = regulatingRadius;
    }

    /** @return the analysis with every default ({@code *_DEFAULT} constants) */
    public static Micmac withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param k a fixed order (at least 1), or {@link #ORDER_AUTO}
     * @return a copy with that order
     */
    public Micmac withOrder(int k) {
        Messages.require(k >= 1 || k == ORDER_AUTO, "order must be at least 1 or ORDER_AUTO, got %d", k);
        return new Micmac(k, maxOrder, stabilityWindow, split, fixedInfluence, fixedDependence, pCurrent, pPotential,
                tieTolerance, arithmetic, regulatingRadius);
    }

    /** @return a copy choosing the order automatically */
    public Micmac withAutoOrder() {
        return withOrder(ORDER_AUTO);
    }

    /**
     * @param max the largest order the automatic choice may reach, at least 1
     * @return a copy with that maximum
     */
    public Micmac withMaxOrder(int max) {
        Messages.require(max >= 1, "maximum order must be at least 1, got %d", max);
        return new Micmac(order, max, stabilityWindow, split, fixedInfluence, fixedDependence, pCurrent, pPotential,
                tieTolerance, arithmetic, regulatingRadius);
    }

    /**
     * @param window how many previous orders the ranks must equal to be stable, at least 1
     * @return a copy with that window
     */
    public Micmac withStabilityWindow(int window) {
        Messages.require(window >= 1, "stability window must be at least 1, got %d", window);
        return new Micmac(order, maxOrder, window, split, fixedInfluence, fixedDependence, pCurrent, pPotential,
                tieTolerance, arithmetic, regulatingRadius);
    }

    /**
     * @param rule MEAN, MEDIAN, MIDPOINT or MEAN_PLUS_SD (for FIXED use {@link #withFixedThresholds})
     * @return a copy with that rule
     */
    public Micmac withSplit(SplitRule rule) {
        Objects.requireNonNull(rule, "rule");
        Messages.require(rule != SplitRule.FIXED, "use withFixedThresholds(influence, dependence) for FIXED");
        return new Micmac(order, maxOrder, stabilityWindow, rule, Double.NaN, Double.NaN, pCurrent, pPotential,
                tieTolerance, arithmetic, regulatingRadius);
    }

    /**
     * Splits every view's plane at fixed thresholds (on the comparable scale).
     *
     * @param influence the influence threshold, finite
     * @param dependence the dependence threshold, finite
     * @return a copy with {@link SplitRule#FIXED}
     */
    public Micmac withFixedThresholds(double influence, double dependence) {
        Messages.require(Double.isFinite(influence) && Double.isFinite(dependence),
                "fixed thresholds must be finite, got %s and %s", influence, dependence);
        return new Micmac(order, maxOrder, stabilityWindow, SplitRule.FIXED, influence, dependence, pCurrent,
                pPotential, tieTolerance, arithmetic, regulatingRadius);
    }

    /**
     * @param current weight of a P cell in the current matrix (default 0)
     * @param potential weight of a P cell in the potential matrix (default 3)
     * @return a copy with those weights
     */
    public Micmac withPotentialWeights(double current, double potential) {
        Messages.nonNegative(current, "P weight in the current matrix");
        Messages.nonNegative(potential, "P weight in the potential matrix");
        return new Micmac(order, maxOrder, stabilityWindow, split, fixedInfluence, fixedDependence, current, potential,
                tieTolerance, arithmetic, regulatingRadius);
    }

    /**
     * @param tolerance relative tolerance under which two floating values tie, in [0, 1e-3]
     * @return a copy with that tolerance
     */
    public Micmac withTieTolerance(double tolerance) {
        Messages.require(tolerance >= 0 && tolerance <= 1e-3, "tie tolerance must be in [0, 1e-3], got %s", tolerance);
        return new Micmac(order, maxOrder, stabilityWindow, split, fixedInfluence, fixedDependence, pCurrent,
                pPotential, tolerance, arithmetic, regulatingRadius);
    }

    /**
     * @param a the arithmetic of the indirect iteration
     * @return a copy with it
     */
    public Micmac withArithmetic(Arithmetic a) {
        return new Micmac(order, maxOrder, stabilityWindow, split, fixedInfluence, fixedDependence, pCurrent,
                pPotential, tieTolerance, Objects.requireNonNull(a, "arithmetic"), regulatingRadius);
    }

    /**
     * Sets the regulating zone (docs/METHOD.md §5.3: variables near the centre of the cloud): a variable
     * is flagged regulating in a view when {@code |influence - t_i| <= radius · t_i} and
     * {@code |dependence - t_d| <= radius · t_d}, with t_i and t_d the view's thresholds.
     *
     * @param radius a fraction in [0, 1] (default {@link #REGULATING_RADIUS_DEFAULT})
     * @return a copy with that radius
     */
    public Micmac withRegulatingRadius(double radius) {
        Messages.require(radius >= 0 && radius <= 1, "regulating radius must be in [0, 1], got %s", radius);
        return new Micmac(order, maxOrder, stabilityWindow, split, fixedInfluence, fixedDependence, pCurrent,
                pPotential, tieTolerance, arithmetic, radius);
    }

    /**
     * Analyses a matrix. The direct views are computed at once; each indirect view, its structure
     * diagnosis, exact sums and indirect matrix on first request.
     *
     * @param matrix the direct-influence matrix, not modified
     * @return the result
     */
    public MicmacResult analyze(InfluenceMatrix matrix) {
        return new MicmacResult(matrix, this);
    }

    /** @return the fixed order, or {@link #ORDER_AUTO} */
    public int order() {
        return order;
    }

    /** @return the maximum automatic order */
    public int maxOrder() {
        return maxOrder;
    }

    /** @return the stability window */
    public int stabilityWindow() {
        return stabilityWindow;
    }

    /** @return the split rule */
    public SplitRule split() {
        return split;
    }

    /** @return the fixed influence threshold (NaN unless FIXED) */
    public double fixedInfluenceThreshold() {
        return fixedInfluence;
    }

    /** @return the fixed dependence threshold (NaN unless FIXED) */
    public double fixedDependenceThreshold() {
        return fixedDependence;
    }

    /** @return weight of P in the current matrix */
    public double potentialWeightCurrent() {
        return pCurrent;
    }

    /** @return weight of P in the potential matrix */
    public double potentialWeightPotential() {
        return pPotential;
    }

    /**
     * @param view a view
     * @return the weight of P in that view's matrix
     */
    public double potentialWeight(View view) {
        return view.isPotential() ? pPotential : pCurrent;
    }

    /** @return the relative tie tolerance */
    public double tieTolerance() {
        return tieTolerance;
    }

    /** @return the arithmetic */
    public Arithmetic arithmetic() {
        return arithmetic;
    }

    /** @return the radius of the regulating zone, a fraction of the thresholds */
    public double regulatingRadius() {
        return regulatingRadius;
    }

    @Override
    public String toString() {
        return "Micmac[order=" + (order == ORDER_AUTO ? "auto" : order) + ", maxOrder=" + maxOrder + ", window="
                + stabilityWindow + ", split=" + split + ", P=" + pCurrent + "/" + pPotential + ", " + arithmetic + "]";
    }
}
