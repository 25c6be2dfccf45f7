package org.micmac4j.experts;

import java.util.Objects;
import java.util.function.Consumer;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Micmac;
import org.micmac4j.Scale;
import org.micmac4j.internal.Messages;

/**
 * Synthesises a {@link Panel} into one aggregate matrix, analyses it with {@link Micmac} and
 * measures the experts' agreement (docs/METHOD.md §9.1, §9.2). Immutable; configure once, reuse.
 *
 * <pre>{@code
 * PanelResult r = PanelSynthesis.withDefaults()
 *         .withRule(AggregationRule.MEDIAN)
 *         .withMinCoverage(3)
 *         .synthesize(panel);
 * r.aggregate();                // the InfluenceMatrix
 * r.analysis().view(View.INDIRECT);
 * r.disputedCells();            // for a second (Delphi) round
 * }</pre>
 *
 * <p>P rule: a cell is P in the aggregate when a strict majority of its opinions are P (2 of 3,
 * not 2 of 4); otherwise each P opinion counts as {@link #potentialValue()} (default
 * {@link Micmac#P_CURRENT_DEFAULT}, the weight of P in the current matrix) and the cell is
 * aggregated by the {@link AggregationRule}. A cell nobody scored is 0 and is listed by
 * {@link PanelResult#coverage()}.
 */
public final class PanelSynthesis implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Mean of the opinions (weighted when the panel has weights). */
    public static final AggregationRule RULE_DEFAULT = AggregationRule.MEAN;
    /** A minority P opinion counts like P in the current matrix: 0. */
    public static final double POTENTIAL_VALUE_DEFAULT = Micmac.P_CURRENT_DEFAULT;
    /** Cells with fewer than 2 opinions are reported as weakly covered. */
    public static final int MIN_COVERAGE_DEFAULT = 2;
    /** The 20 most disputed cells are listed. */
    public static final int DISPUTED_CELLS_DEFAULT = 20;
    /** Experts' own grids read blanks as 0. */
    public static final BlankCells BLANK_CELLS_DEFAULT = BlankCells.ZERO;

    private static final PanelSynthesis DEFAULTS = new PanelSynthesis(new Settings());

    private final AggregationRule rule;
    private final double potentialValue;
    private final int minCoverage;
    private final int disputedCells;
    private final BlankCells blankCells;
    private final Micmac micmac;

    /**
     * The settings while a copy is made: one place that lists them, so that each {@code with...}
     * names only what it changes. Starts at the defaults.
     */
    private static final class Settings {
        AggregationRule rule = RULE_DEFAULT;
        double potentialValue = POTENTIAL_VALUE_DEFAULT;
        int minCoverage = MIN_COVERAGE_DEFAULT;
        int disputedCells = DISPUTED_CELLS_DEFAULT;
        BlankCells blankCells = BLANK_CELLS_DEFAULT;
        Micmac micmac = Micmac.withDefaults();
    }

    private PanelSynthesis(Settings s) {
        this.rule = s.rule;
        this.potentialValue = s.potentialValue;
        this.minCoverage = s.minCoverage;
        this.disputedCells = s.disputedCells;
        this.blankCells = s.blankCells;
        this.micmac = s.micmac;
    }

    /** A copy with this configuration's settings, changed by {@code change}. */
    private PanelSynthesis with(Consumer<Settings> change) {
        Settings s = new Settings();
        s.rule = rule;
        s.potentialValue = potentialValue;
        s.minCoverage = minCoverage;
        s.disputedCells = disputedCells;
        s.blankCells = blankCells;
        s.micmac = micmac;
        change.accept(s);
        return new PanelSynthesis(s);
    }

    /** @return the default synthesis (mean, P by strict majority, default MICMAC) */
    public static PanelSynthesis withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param newRule the aggregation rule
     * @return a copy using it
     */
    public PanelSynthesis withRule(AggregationRule newRule) {
        Objects.requireNonNull(newRule, "rule");
        return with(s -> s.rule = newRule);
    }

    /**
     * @param value the value of a P opinion when P is not the majority of the cell, finite, ≥ 0
     * @return a copy using it
     */
    public PanelSynthesis withPotentialValue(double value) {
        Messages.require(Double.isFinite(value) && value >= 0, "the P value must be finite and >= 0, got %s", value);
        return with(s -> s.potentialValue = value);
    }

    /**
     * @param k cells with fewer than k opinions are reported (k ≥ 1)
     * @return a copy using it
     */
    public PanelSynthesis withMinCoverage(int k) {
        Messages.require(k >= 1, "the minimum coverage must be at least 1, got %d", k);
        return with(s -> s.minCoverage = k);
    }

    /**
     * @param count how many of the most disputed cells to list (≥ 0)
     * @return a copy using it
     */
    public PanelSynthesis withDisputedCells(int count) {
        Messages.require(count >= 0, "the number of disputed cells must be >= 0, got %d", count);
        return with(s -> s.disputedCells = count);
    }

    /**
     * @param blanks how blanks are read in an expert's own grid (agreement on rankings)
     * @return a copy using it
     */
    public PanelSynthesis withBlankCells(BlankCells blanks) {
        Objects.requireNonNull(blanks, "blankCells");
        return with(s -> s.blankCells = blanks);
    }

    /**
     * @param analysis the MICMAC configuration for the aggregate and each expert's grid
     * @return a copy using it
     */
    public PanelSynthesis withMicmac(Micmac analysis) {
        Objects.requireNonNull(analysis, "micmac");
        return with(s -> s.micmac = analysis);
    }

    /** @return the aggregation rule */
    public AggregationRule rule() {
        return rule;
    }

    /** @return the value of a minority P opinion */
    public double potentialValue() {
        return potentialValue;
    }

    /** @return the coverage threshold */
    public int minCoverage() {
        return minCoverage;
    }

    /** @return how many disputed cells are listed */
    public int disputedCells() {
        return disputedCells;
    }

    /** @return how blanks are read in the experts' own grids */
    public BlankCells blankCells() {
        return blankCells;
    }

    /** @return the MICMAC configuration */
    public Micmac micmac() {
        return micmac;
    }

    /**
     * The aggregate matrix alone (no analysis).
     *
     * @param panel the panel, not modified
     * @return the aggregate, on the panel's scale when every value is on it, else on the real
     *     scale (with or without P like the panel's)
     */
    public InfluenceMatrix aggregate(Panel panel) {
        int m = panel.expertCount();
        int[] all = new int[m];
        for (int e = 0; e < m; e++) {
            all[e] = e;
        }
        int n = panel.size();
        double[] values = new double[n * n];
        boolean[] potential = new boolean[n * n];
        new Aggregator(rule, potentialValue, m).aggregate(panel, all, m, values, potential);
        return matrix(panel, values, potential);
    }

    /** Builds the aggregate matrix from kernel output. */
    static InfluenceMatrix matrix(Panel panel, double[] values, boolean[] potential) {
        Scale scale = panel.scale();
        for (double v : values) {
            if (!scale.accepts(v)) {
                scale = panel.scale().allowsPotential() ? Scale.PERMISSIVE : Scale.WEIGHTS;
                break;
            }
        }
        return GridMatrix.build(panel.variables(), values, potential, scale);
    }

    /**
     * Synthesises and analyses the panel. Agreement and leave-one-out are computed on first
     * request.
     *
     * @param panel the panel, not modified
     * @return the result
     */
    public PanelResult synthesize(Panel panel) {
        Objects.requireNonNull(panel, "panel");
        InfluenceMatrix aggregate = aggregate(panel);
        return new PanelResult(this, panel, aggregate, micmac.analyze(aggregate));
    }

    @Override
    public String toString() {
        return "PanelSynthesis[rule=" + rule + ", potentialValue=" + potentialValue + ", minCoverage=" + minCoverage
                + ", disputedCells=" + disputedCells + ", blankCells=" + blankCells + ", micmac=" + micmac + "]";
    }
}
