package org.micmac4j.ism;

import org.micmac4j.internal.graph.BitMatrix;
import java.util.Locale;
import java.util.Objects;

import org.micmac4j.SplitRule;
import org.micmac4j.internal.Messages;

/**
 * An ISM analysis with its settings. Immutable: each {@code with...} method returns a configured
 * copy, so one instance can be shared and reused.
 *
 * <pre>{@code
 * IsmResult r = Ism.withDefaults()
 *         .withPartition(Partition.BOTTOM_UP)
 *         .withLevelNumbering(LevelNumbering.FROM_SOURCES)
 *         .withSplit(SplitRule.MEAN)
 *         .analyze(IsmInput.readSsim(path));
 * }</pre>
 *
 * <p>Steps of {@link #analyze(IsmInput)}: the final reachability matrix (the transitive closure of
 * the initial one, or the input as given); driving power (row sums, the variable itself
 * included) and dependence power (column sums); the level partition; the ISM-MICMAC clusters;
 * the conical matrix; the digraph with transitive edges removed.
 *
 * <p>ISM-MICMAC split: a {@link SplitRule} on the powers; the default is {@link SplitRule#FIXED}
 * at n/2 on both axes (the usual ISM convention, {@link #withHalfNThresholds()}). A power equal to
 * its threshold counts as high (unless {@link #withEqualCountsAsHigh(boolean)} says otherwise); a
 * power of 1 (the variable reaches, or is reached by, nothing but itself) is never high.
 */
public final class Ism {
    /** Default partition: {@link Partition#TOP_DOWN} (Warfield). */
    public static final Partition PARTITION_DEFAULT = Partition.TOP_DOWN;
    /** Default level numbering: {@link LevelNumbering#FROM_SINKS} (level I = top of the hierarchy). */
    public static final LevelNumbering LEVEL_NUMBERING_DEFAULT = LevelNumbering.FROM_SINKS;
    /** Default closure: {@link ClosureMode#TRANSITIVE}. */
    public static final ClosureMode CLOSURE_DEFAULT = ClosureMode.TRANSITIVE;
    /** Default ISM-MICMAC split: {@link SplitRule#FIXED} at n/2 on both axes. */
    public static final SplitRule SPLIT_DEFAULT = SplitRule.FIXED;
    /** Whether a power equal to its threshold counts as high, unless changed: {@value}. */
    public static final boolean EQUAL_COUNTS_AS_HIGH_DEFAULT = true;

    private static final Ism DEFAULTS = new Ism(PARTITION_DEFAULT, LEVEL_NUMBERING_DEFAULT, CLOSURE_DEFAULT,
            SPLIT_DEFAULT, Double.NaN, Double.NaN, EQUAL_COUNTS_AS_HIGH_DEFAULT);

    private final Partition partition;
    private final LevelNumbering levelNumbering;
    private final ClosureMode closure;
    private final SplitRule split;
    private final double fixedDriving;
    private final double fixedDependence;
    private final boolean equalCountsAsHigh;

    private Ism(Partition partition, LevelNumbering levelNumbering, ClosureMode closure, SplitRule split,
            double fixedDriving, double fixedDependence, boolean equalCountsAsHigh) {
        this.partition = Objects.requireNonNull(partition, "partition");
        this.levelNumbering = Objects.requireNonNull(levelNumbering, "levelNumbering");
        this.closure = Objects.requireNonNull(closure, "closure");
        this.split = Objects.requireNonNull(split, "split");
        this.fixedDriving = fixedDriving;
        this.fixedDependence = fixedDependence;
        this.equalCountsAsHigh = equalCountsAsHigh;
    }

    /**
     * @return an analysis with {@link #PARTITION_DEFAULT}, {@link #LEVEL_NUMBERING_DEFAULT},
     *     {@link #CLOSURE_DEFAULT} and the n/2 split
     */
    public static Ism withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param newPartition which end of the hierarchy is removed first
     * @return a copy with that partition
     */
    public Ism withPartition(Partition newPartition) {
        return new Ism(newPartition, levelNumbering, closure, split, fixedDriving, fixedDependence, equalCountsAsHigh);
    }

    /**
     * @param numbering how levels are numbered
     * @return a copy with that numbering
     */
    public Ism withLevelNumbering(LevelNumbering numbering) {
        return new Ism(partition, numbering, closure, split, fixedDriving, fixedDependence, equalCountsAsHigh);
    }

    /**
     * @param mode {@link ClosureMode#TRANSITIVE} to close the input, {@link ClosureMode#AS_GIVEN}
     *     to use it as the final reachability matrix
     * @return a copy with that mode
     */
    public Ism withClosure(ClosureMode mode) {
        return new Ism(partition, levelNumbering, mode, split, fixedDriving, fixedDependence, equalCountsAsHigh);
    }

    /**
     * @param rule MEAN, MEDIAN, MIDPOINT or MEAN_PLUS_SD, computed per axis on the powers (for
     *     FIXED use {@link #withFixedThresholds} or {@link #withHalfNThresholds()})
     * @return a copy with that rule
     */
    public Ism withSplit(SplitRule rule) {
        Objects.requireNonNull(rule, "rule");
        Messages.require(rule != SplitRule.FIXED,
                "the FIXED split needs its thresholds: use withFixedThresholds(driving, dependence) or "
                + "withHalfNThresholds()");
        return new Ism(partition, levelNumbering, closure, rule, Double.NaN, Double.NaN, equalCountsAsHigh);
    }

    /**
     * @param driving threshold on the driving power axis, finite and non-negative
     * @param dependence threshold on the dependence power axis, finite and non-negative
     * @return a copy with {@link SplitRule#FIXED} at those values
     */
    public Ism withFixedThresholds(double driving, double dependence) {
        Messages.nonNegative(driving, "driving threshold");
        Messages.nonNegative(dependence, "dependence threshold");
        return new Ism(partition, levelNumbering, closure, SplitRule.FIXED, driving, dependence, equalCountsAsHigh);
    }

    /** @return a copy with {@link SplitRule#FIXED} at n/2 on both axes (the default) */
    public Ism withHalfNThresholds() {
        return new Ism(partition, levelNumbering, closure, SplitRule.FIXED, Double.NaN, Double.NaN,
                equalCountsAsHigh);
    }

    /**
     * @param high whether a power equal to its threshold counts as high (default {@code true})
     * @return a copy with that setting
     */
    public Ism withEqualCountsAsHigh(boolean high) {
        return new Ism(partition, levelNumbering, closure, split, fixedDriving, fixedDependence, high);
    }

    /** @return the partition */
    public Partition partition() {
        return partition;
    }

    /** @return the level numbering */
    public LevelNumbering levelNumbering() {
        return levelNumbering;
    }

    /** @return the closure mode */
    public ClosureMode closure() {
        return closure;
    }

    /** @return the split rule */
    public SplitRule split() {
        return split;
    }

    /** @return whether the split is FIXED at n/2 on both axes (the default) */
    public boolean isHalfNSplit() {
        return split == SplitRule.FIXED && Double.isNaN(fixedDriving);
    }

    /** @return the fixed driving threshold; NaN unless FIXED at given values */
    public double fixedDrivingThreshold() {
        return fixedDriving;
    }

    /** @return the fixed dependence threshold; NaN unless FIXED at given values */
    public double fixedDependenceThreshold() {
        return fixedDependence;
    }

    /** @return whether a power equal to its threshold counts as high */
    public boolean equalCountsAsHigh() {
        return equalCountsAsHigh;
    }

    /**
     * Runs the analysis. The input is not modified.
     *
     * @param input the variables and their initial reachability matrix
     * @return the immutable result
     */
    public IsmResult analyze(IsmInput input) {
        Objects.requireNonNull(input, "input");
        BitMatrix initial = BitMatrix.of(input.matrix());
        BitMatrix reach = closure == ClosureMode.TRANSITIVE ? initial.closure() : initial.copy();
        BitMatrix transitive = closure == ClosureMode.TRANSITIVE ? difference(reach, initial)
                : BitMatrix.of(input.marks());
        LevelPartition levels = LevelPartition.of(reach, input.ids(), partition, levelNumbering);
        return new IsmResult(this, input.variables(), input.ids(), initial, reach, transitive, levels);
    }

    /** The thresholds of powers under this configuration. */
    double[] thresholds(double[] driving, double[] dependence) {
        if (split != SplitRule.FIXED) {
            return new double[] {split.threshold(driving), split.threshold(dependence)};
        }
        if (isHalfNSplit()) {
            return new double[] {driving.length / 2.0, driving.length / 2.0};
        }
        return new double[] {fixedDriving, fixedDependence};
    }

    /** Whether a power is high: {@link SplitRule#isHigh} on the power less the variable itself. */
    boolean isHigh(int power, double threshold) {
        return power > 1 && (equalCountsAsHigh ? power >= threshold : power > threshold);
    }

    private static BitMatrix difference(BitMatrix a, BitMatrix b) {
        int n = a.size();
        BitMatrix d = new BitMatrix(n);
        for (int i = 0; i < n; i++) {
            long[] ra = a.rowView(i);
            long[] rb = b.rowView(i);
            long[] rd = d.rowView(i);
            for (int w = 0; w < ra.length; w++) {
                rd[w] = ra[w] & ~rb[w];
            }
        }
        return d;
    }

    @Override
    public String toString() {
        String splitText = isHalfNSplit() ? "FIXED(n/2)" : split == SplitRule.FIXED
                ? String.format(Locale.ROOT, "FIXED(%s, %s)", fixedDriving, fixedDependence) : split.name();
        return "Ism[partition=" + partition + ", levelNumbering=" + levelNumbering + ", closure=" + closure
                + ", split=" + splitText + (equalCountsAsHigh ? "" : ", equal counts as low") + "]";
    }
}
