package org.micmac4j.report.internal.render;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one number formatter of every report: SVG coordinates, table cells, tooltips, CSV, DOT,
 * GraphML and JSON all go through it, so that a number reads the same everywhere. Every form is
 * locale-independent (a comma decimal would break SVG and CSV); forms meant for people write a
 * non-finite value as {@link #MISSING}.
 *
 * <pre>{@code
 * Numbers.fixed(2.345, 2)   // "2.35"
 * Numbers.compact(3.0)      // "3"
 * Numbers.exact(0.1)        // "0.1" (shortest form that reads back to the same double)
 * }</pre>
 *
 * <p>Internal to the reports: not part of the library's API.
 */
public final class Numbers {
    /** Written for a value that is not a finite number, in text meant for people. */
    public static final String MISSING = "—";
    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
        1_000_000_000};
    private static final String[] ROMAN_SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV",
        "I"};
    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};

    private Numbers() {
    }

    /**
     * @param v a value
     * @param decimals decimals to show, 0 to 9
     * @return it rounded half away from zero to that many decimals ({@code -0.0} written {@code 0.0});
     *     {@link #MISSING} when not finite
     */
    public static String fixed(double v, int decimals) {
        return Double.isFinite(v) ? appendFixed(new StringBuilder(24), v, decimals).toString() : MISSING;
    }

    /**
     * Appends a finite value with a fixed number of decimals, without the cost of
     * {@code String.format} (pictures of thousands of points write many coordinates).
     *
     * @param sb where to append
     * @param v a finite value
     * @param decimals decimals to show, 0 to 9
     * @return {@code sb}
     */
    public static StringBuilder appendFixed(StringBuilder sb, double v, int decimals) {
        long scale = POW10[decimals];
        double scaled = Math.abs(v) * scale;
        if (!(scaled < 9e15)) {
            return sb.append(new BigDecimal(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString());
        }
        long r = Math.round(scaled);
        if (v < 0 && r != 0) {
            sb.append('-');
        }
        sb.append(r / scale);
        if (decimals > 0) {
            String frac = Long.toString(r % scale);
            sb.append('.');
            for (int k = frac.length(); k < decimals; k++) {
                sb.append('0');
            }
            sb.append(frac);
        }
        return sb;
    }

    /**
     * @param v a value
     * @return a whole number without decimals, anything else with 3; {@link #MISSING} when not
     *     finite
     */
    public static String compact(double v) {
        return isWhole(v) ? Long.toString((long) v) : fixed(v, 3);
    }

    /**
     * @param v a finite value
     * @return a whole number without decimals, anything else in the shortest form that reads back
     *     to the same double (for JSON, DOT and GraphML)
     */
    public static String exact(double v) {
        return isWhole(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /**
     * @param v a value
     * @param digits significant digits kept
     * @return it in plain notation (no exponent, for spreadsheets), trailing zeros dropped
     */
    public static String significant(double v, int digits) {
        if (!Double.isFinite(v)) {
            return MISSING;
        }
        if (isWhole(v)) {
            return Long.toString((long) v);
        }
        return new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
    }

    /**
     * @param share a share in [0, 1]
     * @return it in percent with one decimal, e.g. {@code 12.5 %}
     */
    public static String percent(double share) {
        return Double.isFinite(share) ? fixed(100 * share, 1) + " %" : MISSING;
    }

    /**
     * @param v a value
     * @return it in scientific notation with 2 decimals, e.g. {@code 1.25e-04}
     */
    public static String scientific(double v) {
        return Double.isFinite(v) ? String.format(java.util.Locale.ROOT, "%.2e", v) : MISSING;
    }

    /**
     * @param v a count or a threshold on counts (a whole number or a half, e.g. n/2)
     * @return it without trailing zeros: {@code 4}, {@code 4.5}
     */
    public static String count(double v) {
        return Double.isFinite(v) ? BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() : MISSING;
    }

    /**
     * @param shift a rank shift
     * @return it with an explicit sign ({@code +2}, {@code -1}, {@code 0})
     */
    public static String signed(int shift) {
        return shift > 0 ? "+" + shift : Integer.toString(shift);
    }

    /**
     * @param k a number, 1 or more (ISM papers print levels this way)
     * @return it in Roman numerals: I, II, ..., XIV
     */
    public static String roman(int k) {
        StringBuilder sb = new StringBuilder();
        int rest = k;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (rest >= ROMAN_VALUES[i]) {
                sb.append(ROMAN_SYMBOLS[i]);
                rest -= ROMAN_VALUES[i];
            }
        }
        return sb.toString();
    }

    /**
     * @param v an axis tick value
     * @param step the distance between ticks
     * @return it with as many decimals as the step needs (whole numbers without decimals, never
     *     {@code -0})
     */
    public static String tick(double v, double step) {
        if (Math.abs(v) < step * 1e-6) {
            return "0";
        }
        if (Math.abs(v - Math.rint(v)) < step * 1e-6) {
            return Long.toString(Math.round(v));
        }
        return fixed(v, Math.min(9, Math.max(1, (int) Math.ceil(-Math.log10(step) - 1e-9))));
    }

    private static boolean isWhole(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15;
    }
}
