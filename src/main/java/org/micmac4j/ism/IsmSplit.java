package org.micmac4j.ism;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

import org.micmac4j.internal.Messages;

/**
 * The rule that places the split lines of the ISM-MICMAC plane: one threshold on the driving
 * power axis and one on the dependence power axis. Immutable.
 *
 * <p>Rules: {@link Rule#HALF_N} (the default and the usual ISM convention: n/2 on both axes),
 * {@link Rule#MEAN}, {@link Rule#MEDIAN}, {@link Rule#MIDPOINT} ((max + min) / 2), each computed
 * per axis, and {@link Rule#FIXED} (the caller's two values).
 *
 * <p>A power equal to its threshold counts as high by default, as in the core MICMAC plane;
 * {@link #withEqualCountsAsHigh(boolean)} changes it. None of the shared published cases has a
 * power equal to n/2 (n = 5 and n = 9 give 2.5 and 4.5), so they do not depend on this choice.
 */
public final class IsmSplit {
    /** How the thresholds are computed from the powers. */
    public enum Rule {
        /** n/2 on both axes (n = number of variables). */
        HALF_N,
        /** The mean power of each axis (both means are equal: total / n). */
        MEAN,
        /** The median power of each axis. */
        MEDIAN,
        /** (max + min) / 2 of each axis. */
        MIDPOINT,
        /** The caller's values. */
        FIXED
    }

    /** Whether a power equal to its threshold counts as high, unless changed: {@value}. */
    public static final boolean EQUAL_COUNTS_AS_HIGH_DEFAULT = true;

    private final Rule rule;
    private final double fixedDriving;
    private final double fixedDependence;
    private final boolean equalCountsAsHigh;

    private IsmSplit(Rule rule, double fixedDriving, double fixedDependence, boolean equalCountsAsHigh) {
        this.rule = rule;
        this.fixedDriving = fixedDriving;
        this.fixedDependence = fixedDependence;
        this.equalCountsAsHigh = equalCountsAsHigh;
    }

    /** @return the n/2 rule (the default) */
    public static IsmSplit halfN() {
        return of(Rule.HALF_N);
    }

    /** @return the mean rule */
    public static IsmSplit mean() {
        return of(Rule.MEAN);
    }

    /** @return the median rule */
    public static IsmSplit median() {
        return of(Rule.MEDIAN);
    }

    /** @return the midpoint rule, (max + min) / 2 per axis */
    public static IsmSplit midpoint() {
        return of(Rule.MIDPOINT);
    }

    /**
     * @param rule a computed rule (not {@link Rule#FIXED}, which needs values: use
     *     {@link #fixed(double, double)})
     * @return that rule
     */
    public static IsmSplit of(Rule rule) {
        Objects.requireNonNull(rule, "rule");
        Messages.require(rule != Rule.FIXED, "the FIXED split rule needs its two thresholds: use IsmSplit.fixed");
        return new IsmSplit(rule, Double.NaN, Double.NaN, EQUAL_COUNTS_AS_HIGH_DEFAULT);
    }

    /**
     * @param drivingThreshold threshold on the driving power axis, non-negative and finite
     * @param dependenceThreshold threshold on the dependence power axis, non-negative and finite
     * @return the fixed rule
     */
    public static IsmSplit fixed(double drivingThreshold, double dependenceThreshold) {
        Messages.nonNegative(drivingThreshold, "drivingThreshold");
        Messages.nonNegative(dependenceThreshold, "dependenceThreshold");
        return new IsmSplit(Rule.FIXED, drivingThreshold, dependenceThreshold, EQUAL_COUNTS_AS_HIGH_DEFAULT);
    }

    /**
     * @param high whether a power equal to its threshold counts as high
     * @return a copy of this split with that setting
     */
    public IsmSplit withEqualCountsAsHigh(boolean high) {
        return new IsmSplit(rule, fixedDriving, fixedDependence, high);
    }

    /** @return the rule */
    public Rule rule() {
        return rule;
    }

    /** @return whether a power equal to its threshold counts as high (default {@code true}) */
    public boolean equalCountsAsHigh() {
        return equalCountsAsHigh;
    }

    /**
     * @param driving driving powers, one per variable (not modified)
     * @return the threshold on the driving power axis under this rule
     */
    double drivingThreshold(int[] driving) {
        return rule == Rule.FIXED ? fixedDriving : threshold(driving);
    }

    /**
     * @param dependence dependence powers, one per variable (not modified)
     * @return the threshold on the dependence power axis under this rule
     */
    double dependenceThreshold(int[] dependence) {
        return rule == Rule.FIXED ? fixedDependence : threshold(dependence);
    }

    /**
     * @param value a power
     * @param threshold the threshold of its axis
     * @return whether the power counts as high
     */
    boolean isHigh(int value, double threshold) {
        return equalCountsAsHigh ? value >= threshold : value > threshold;
    }

    private double threshold(int[] values) {
        int n = values.length;
        if (n == 0) {
            return 0;
        }
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        switch (rule) {
            case HALF_N:
                return n / 2.0;
            case MEAN:
                return Arrays.stream(values).asLongStream().sum() / (double) n;
            case MEDIAN:
                return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
            case MIDPOINT:
                return (sorted[0] + sorted[n - 1]) / 2.0;
            default:
                throw new IllegalStateException(rule.name());
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof IsmSplit)) {
            return false;
        }
        IsmSplit s = (IsmSplit) o;
        return rule == s.rule && equalCountsAsHigh == s.equalCountsAsHigh
                && Double.compare(fixedDriving, s.fixedDriving) == 0
                && Double.compare(fixedDependence, s.fixedDependence) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, fixedDriving, fixedDependence, equalCountsAsHigh);
    }

    @Override
    public String toString() {
        String values = rule == Rule.FIXED
                ? String.format(Locale.ROOT, "(%s, %s)", fixedDriving, fixedDependence) : "";
        return rule + values + (equalCountsAsHigh ? ", equal counts as high" : ", equal counts as low");
    }
}
