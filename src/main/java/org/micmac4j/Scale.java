package org.micmac4j;

import java.util.Locale;
import java.util.Objects;

import org.micmac4j.internal.Messages;

/**
 * The policy that validates cell values of an {@link InfluenceMatrix}: which numbers are allowed
 * and whether P (potential) cells are.
 *
 * <p>Presets:
 * <ul>
 *   <li>{@link #CLASSIC}: Godet's scale, integers 0 (none), 1 (weak), 2 (moderate), 3 (strong),
 *       and P. The default.</li>
 *   <li>{@link #PERMISSIVE}: any finite non-negative real (averaged expert scores, other
 *       scales), and P.</li>
 *   <li>{@link #WEIGHTS}: any finite non-negative real, no P.</li>
 *   <li>{@link #BINARY}: 0 or 1, no P (adjacency and reachability matrices).</li>
 * </ul>
 * Other scales: {@link #integers(int, boolean)}.
 *
 * <p>Example: {@code Scale.CLASSIC} rejects 4, 2.5 and -1 (naming the cell); {@code Scale.WEIGHTS}
 * accepts 2.5 but rejects a P cell.
 *
 * <p>Immutable.
 */
public final class Scale implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Integers 0..3 and P: the classic MICMAC scale. */
    public static final Scale CLASSIC = new Scale("classic 0..3 + P", 3, true, true);
    /** Finite non-negative reals and P. */
    public static final Scale PERMISSIVE = new Scale("non-negative reals + P", Double.POSITIVE_INFINITY, false, true);
    /** Finite non-negative reals, no P. */
    public static final Scale WEIGHTS = new Scale("non-negative reals", Double.POSITIVE_INFINITY, false, false);
    /** 0 or 1, no P. */
    public static final Scale BINARY = new Scale("binary 0/1", 1, true, false);

    private final String name;
    private final double max;
    private final boolean integersOnly;
    private final boolean potentialAllowed;

    private Scale(String name, double max, boolean integersOnly, boolean potentialAllowed) {
        this.name = name;
        this.max = max;
        this.integersOnly = integersOnly;
        this.potentialAllowed = potentialAllowed;
    }

    /**
     * An integer scale 0..max.
     *
     * @param max the largest allowed value, at least 1
     * @param potential whether P cells are allowed
     * @return the scale
     */
    public static Scale integers(int max, boolean potential) {
        if (max < 1) {
            throw new InvalidInputException("max must be at least 1, got " + max);
        }
        return new Scale(String.format(Locale.ROOT, "integers 0..%d%s", max, potential ? " + P" : ""), max, true,
                potential);
    }

    /** @return whether P cells are allowed */
    public boolean allowsPotential() {
        return potentialAllowed;
    }

    /** @return the largest allowed value (infinite for unbounded scales) */
    public double max() {
        return max;
    }

    /** @return whether only integers are allowed */
    public boolean integersOnly() {
        return integersOnly;
    }

    /**
     * Whether a value is allowed.
     *
     * @param value a cell value
     * @return true when it is finite, non-negative, at most {@link #max()} and an integer where
     *     required
     */
    public boolean accepts(double value) {
        return Double.isFinite(value) && value >= 0 && value <= max && (!integersOnly || value == Math.rint(value));
    }

    /**
     * Explains why a value is refused, for messages.
     *
     * @param value a refused value
     * @return e.g. "negative value -1" or "4 is out of the scale classic 0..3 + P"; a fraction
     *     within an integer scale's range says which scale takes it: "2.5 is out of the scale
     *     classic 0..3 + P (a fraction: read real-valued scores with Scale.PERMISSIVE, --scale
     *     real on the command line)"
     */
    public String whyRefused(double value) {
        if (Double.isNaN(value)) {
            return "NaN value";
        }
        if (Double.isInfinite(value)) {
            return "infinite value " + value;
        }
        if (value < 0) {
            return "negative value " + Messages.number(value);
        }
        String why = Messages.number(value) + " is out of the scale " + name;
        if (integersOnly && value <= max && value != Math.rint(value)) {
            why += " (a fraction: read real-valued scores with Scale." + (potentialAllowed ? "PERMISSIVE" : "WEIGHTS")
                    + ", --scale real on the command line)";
        }
        return why;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Scale)) {
            return false;
        }
        Scale s = (Scale) o;
        return max == s.max && integersOnly == s.integersOnly && potentialAllowed == s.potentialAllowed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(max, integersOnly, potentialAllowed);
    }

    @Override
    public String toString() {
        return name;
    }
}
