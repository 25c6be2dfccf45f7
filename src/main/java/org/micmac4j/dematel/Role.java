package org.micmac4j.dematel;

/**
 * The DEMATEL role of a variable, cause or effect, from its relation D - R (given minus received
 * total influence). (Papers call it the cause or effect "group"; the name {@code Role} keeps it
 * apart from {@link org.micmac4j.Variable#group()}, the user's own grouping of variables.)
 *
 * <p>Example: D = 2.44, R = 2.42 gives D - R = 0.014 &gt; 0: {@link #CAUSE}. A symmetric matrix
 * gives D - R = 0 for every variable: all {@link #NEUTRAL} (rather than a group decided by
 * rounding noise).
 */
public enum Role {
    /** D - R &gt; 0: the variable gives more total influence than it receives (net cause). */
    CAUSE,
    /** D - R &lt; 0: the variable receives more than it gives (net effect). */
    EFFECT,
    /**
     * |D - R| at most {@link Dematel#NEUTRAL_TOLERANCE} · (D + R): balanced within rounding.
     */
    NEUTRAL;

    static Role of(double d, double r) {
        double relation = d - r;
        if (Math.abs(relation) <= Dematel.NEUTRAL_TOLERANCE * (d + r)) {
            return NEUTRAL;
        }
        return relation > 0 ? CAUSE : EFFECT;
    }
}
