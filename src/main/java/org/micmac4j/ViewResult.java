package org.micmac4j;

import java.util.List;

import org.micmac4j.internal.Ranks;
import org.micmac4j.internal.VectorMath;

/**
 * The classification of every variable in one {@link View}: influence and dependence (raw, on the
 * comparable scale, and as shares), their ranks, the thresholds and the sectors.
 *
 * <ul>
 *   <li><b>raw</b>: row and column sums of the view's matrix (MDI, MDI^k, MPDI or MPDI^k);</li>
 *   <li><b>comparable</b> ({@link #influence(int)}): raw values rescaled so that their total
 *       equals the total of the direct matrix of the same view (docs/METHOD.md §3.6), so that direct and
 *       indirect positions share one plane; for direct views, equal to raw;</li>
 *   <li><b>share</b>: value / total (multiply by 1000 for per mille).</li>
 * </ul>
 * Sums of influences equal sums of dependences in every view. Ranks are competition ranks with
 * the configured tie tolerance (exact ties under {@link Arithmetic#EXACT}).
 *
 * <p>Immutable; accessors returning arrays return copies.
 */
public final class ViewResult {
    private final View view;
    private final int order;
    private final Ranking ranking;
    private final double[] influenceShare;
    private final double[] dependenceShare;
    private final double total;
    private final double logInfluenceScale;
    private final double logDependenceScale;
    private final double[] scaledInfluence;
    private final double[] scaledDependence;
    private final Thresholds thresholds;
    private final Sector[] sectors;
    private final boolean[] regulating;

    ViewResult(View view, int order, List<Variable> variables, double[] scaledInfluence, double[] scaledDependence,
            double logInfluenceScale, double logDependenceScale, int[] influenceRanks, int[] dependenceRanks,
            double directTotal, Micmac config) {
        this.view = view;
        this.order = order;
        this.scaledInfluence = scaledInfluence.clone();
        this.scaledDependence = scaledDependence.clone();
        this.logInfluenceScale = logInfluenceScale;
        this.logDependenceScale = logDependenceScale;
        // An indirect matrix that vanished (M^k = 0) has nothing to rescale: its values stay 0.
        this.total = VectorMath.sum(scaledInfluence) > 0 ? directTotal : 0;
        this.influenceShare = VectorMath.shares(scaledInfluence);
        this.dependenceShare = VectorMath.shares(scaledDependence);
        double[] inf = times(influenceShare, directTotal);
        double[] dep = times(dependenceShare, directTotal);
        this.ranking = Ranking.withRanks(variables, inf, dep, influenceRanks, dependenceRanks);
        this.thresholds = thresholds(config, inf, dep);
        this.sectors = new Sector[inf.length];
        this.regulating = new boolean[inf.length];
        double tol = config.tieTolerance();
        double r = config.regulatingRadius();
        for (int i = 0; i < inf.length; i++) {
            sectors[i] = Sector.of(high(inf[i], thresholds.influence(), tol),
                    high(dep[i], thresholds.dependence(), tol));
            regulating[i] = near(inf[i], thresholds.influence(), r) && near(dep[i], thresholds.dependence(), r);
        }
    }

    private static boolean near(double value, double threshold, double radius) {
        return Math.abs(value - threshold) <= radius * Math.abs(threshold);
    }

    /** {@link SplitRule#isHigh}, with a value tied to the threshold within the tolerance counting as equal. */
    private static boolean high(double value, double threshold, double tol) {
        return SplitRule.isHigh(value, threshold) || (value > 0 && Ranks.tied(value, threshold, tol));
    }

    private static double[] times(double[] v, double c) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * c;
        }
        return out;
    }

    private static Thresholds thresholds(Micmac config, double[] inf, double[] dep) {
        SplitRule rule = config.split();
        if (rule == SplitRule.FIXED) {
            return new Thresholds(rule, config.fixedInfluenceThreshold(), config.fixedDependenceThreshold());
        }
        return new Thresholds(rule, rule.threshold(inf), rule.threshold(dep));
    }

    /** @return the view */
    public View view() {
        return view;
    }

    /** @return the matrix power: 1 for direct views, k for indirect views */
    public int order() {
        return order;
    }

    /** @return the number of variables */
    public int size() {
        return sectors.length;
    }

    /** @return the variables, unmodifiable */
    public List<Variable> variables() {
        return ranking.variables();
    }

    /**
     * @param i variable index
     * @return influence on the comparable scale
     */
    public double influence(int i) {
        return ranking.influence(i);
    }

    /**
     * @param i variable index
     * @return dependence on the comparable scale
     */
    public double dependence(int i) {
        return ranking.dependence(i);
    }

    /**
     * @param i variable index
     * @return influence share (value over the total), in [0, 1]
     */
    public double influenceShare(int i) {
        return influenceShare[i];
    }

    /**
     * @param i variable index
     * @return dependence share, in [0, 1]
     */
    public double dependenceShare(int i) {
        return dependenceShare[i];
    }

    /**
     * The raw influence: the row sum of the view's matrix (of MDI^k for an indirect view).
     *
     * @param i variable index
     * @return the row sum
     * @throws ArithmeticException when it exceeds the double range (use {@link Arithmetic#EXACT}
     *     or the comparable scale; rankings are unaffected)
     */
    public double rawInfluence(int i) {
        return raw(scaledInfluence[i], logInfluenceScale, "influence");
    }

    /**
     * The raw dependence: the column sum of the view's matrix.
     *
     * @param i variable index
     * @return the column sum
     * @throws ArithmeticException when it exceeds the double range
     */
    public double rawDependence(int i) {
        return raw(scaledDependence[i], logDependenceScale, "dependence");
    }

    private double raw(double scaled, double logScale, String what) {
        if (scaled == 0) {
            return 0;
        }
        double v = scaled * Math.exp(logScale);
        if (!Double.isFinite(v)) {
            throw new ArithmeticException(String.format("raw %s of the %s view at order %d exceeds the double range "
                    + "(about e^%.1f); use the comparable scale, shares or exact arithmetic", what, view, order,
                    logScale));
        }
        return v;
    }

    /**
     * @return natural log of the magnitude of the raw influence sums (the largest raw influence is
     *     exp of it); finite even where raw values overflow
     */
    public double logInfluenceMagnitude() {
        return logInfluenceScale;
    }

    /** @return natural log of the magnitude of the raw dependence sums */
    public double logDependenceMagnitude() {
        return logDependenceScale;
    }

    /**
     * @return the total of the comparable values: the direct total of the same matrix, or 0 when
     *     the view's matrix is zero (an indirect view above the longest path of an acyclic matrix)
     */
    public double total() {
        return total;
    }

    /**
     * @param i variable index
     * @return influence rank, 1 = most influent
     */
    public int influenceRank(int i) {
        return ranking.influenceRank(i);
    }

    /**
     * @param i variable index
     * @return dependence rank, 1 = most dependent
     */
    public int dependenceRank(int i) {
        return ranking.dependenceRank(i);
    }

    /**
     * @param i variable index
     * @return its sector
     */
    public Sector sector(int i) {
        return sectors[i];
    }

    /**
     * Whether a variable lies in the regulating zone, near both thresholds (see
     * {@link Micmac#withRegulatingRadius(double)}); its sector is then the least certain.
     *
     * @param i variable index
     * @return whether it is regulating
     */
    public boolean isRegulating(int i) {
        return regulating[i];
    }

    /** @return the thresholds used for the sectors */
    public Thresholds thresholds() {
        return thresholds;
    }

    /** @return influence and dependence on the comparable scale with their ranks */
    public Ranking ranking() {
        return ranking;
    }

    /** @return influence of every variable on the comparable scale, a copy */
    public double[] influences() {
        return ranking.influences();
    }

    /** @return dependence of every variable on the comparable scale, a copy */
    public double[] dependences() {
        return ranking.dependences();
    }

    /** @return the sectors, a copy */
    public Sector[] sectors() {
        return sectors.clone();
    }
}
