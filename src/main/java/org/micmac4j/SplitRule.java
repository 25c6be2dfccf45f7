package org.micmac4j;

import java.util.Arrays;

/**
 * How a threshold splits a set of values into low and high ones: the one policy shared by the
 * MICMAC plane (influence / dependence, per view, on the comparable scale), the ISM-MICMAC plane
 * (driving / dependence power) and the DEMATEL relations (cells of the total relation T)
 * (docs/METHOD.md §5.1).
 *
 * <p>Example, values {1, 2, 3, 10}: {@link #MEAN} gives 4, {@link #MEDIAN} 2.5, {@link #MIDPOINT}
 * 5.5, {@link #MEAN_PLUS_SD} 4 + 3.54 = 7.54 (population standard deviation √12.5);
 * {@link #FIXED} uses the caller's value ({@code Micmac.withFixedThresholds},
 * {@code Ism.withFixedThresholds}, {@code Dematel.withFixedThreshold}).
 *
 * <pre>{@code
 * double t = SplitRule.MEDIAN.threshold(new double[] {1, 2, 3, 10});   // 2.5
 * boolean high = SplitRule.isHigh(3, t);                              // true
 * }</pre>
 *
 * <p>Which side a value equal to the threshold falls on is the analysis' convention: in the MICMAC
 * and ISM-MICMAC planes it counts as high ({@link #isHigh}); a DEMATEL relation is a cell strictly
 * above. In every plane a variable with no influence at all (value 0; in ISM, a power of 1, the
 * variable alone) is never high, whatever the threshold: an all-zero matrix has only autonomous
 * variables.
 */
public enum SplitRule {
    /** The mean (Godet's convention, the MICMAC default; DEMATEL's default on T). */
    MEAN,
    /** The median (for an even count, the mean of the two middle values). */
    MEDIAN,
    /** (max + min) / 2. */
    MIDPOINT,
    /**
     * The mean plus the population standard deviation (divisor n): DEMATEL's stricter filter on
     * T, available to every analysis.
     */
    MEAN_PLUS_SD,
    /**
     * A value given by the caller (the ISM default is FIXED at n/2 on both axes, the usual ISM
     * convention, resolved when n is known).
     */
    FIXED;

    /**
     * The threshold of some values under this rule.
     *
     * @param values the values, at least one, not modified
     * @return the threshold
     * @throws IllegalStateException for {@link #FIXED}, whose value the caller gives
     * @throws InvalidInputException for an empty array
     */
    public double threshold(double[] values) {
        if (values.length == 0) {
            throw new InvalidInputException("no value to split");
        }
        switch (this) {
            case MEAN:
                return mean(values);
            case MEDIAN:
                return median(values);
            case MIDPOINT:
                return midpoint(values);
            case MEAN_PLUS_SD:
                return meanPlusSd(values);
            default:
                throw new IllegalStateException("a FIXED threshold is given by the caller, not computed");
        }
    }

    /**
     * The high side of a split, shared by the MICMAC and ISM-MICMAC planes: a value is high when it
     * is at or above the threshold, except 0 (no influence at all), which is never high.
     *
     * @param value a value (influence, dependence, or a power less one in ISM)
     * @param threshold the threshold of its axis
     * @return whether it is high
     */
    public static boolean isHigh(double value, double threshold) {
        return value > 0 && value >= threshold;
    }

    private static double mean(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        return sum / v.length;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static double midpoint(double[] v) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        return (min + max) / 2;
    }

    private static double meanPlusSd(double[] v) {
        double mean = mean(v);
        double squares = 0;
        for (double x : v) {
            squares += (x - mean) * (x - mean);
        }
        return mean + Math.sqrt(squares / v.length);
    }
}
