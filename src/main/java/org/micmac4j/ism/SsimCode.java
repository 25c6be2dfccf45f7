package org.micmac4j.ism;

import java.util.Locale;

/**
 * The four SSIM symbols for a pair i &lt; j, and how each sets the initial reachability matrix.
 */
enum SsimCode {
    /** i reaches j. */
    V(true, false),
    /** j reaches i. */
    A(false, true),
    /** Both reach each other. */
    X(true, true),
    /** Neither reaches the other. */
    O(false, false);

    private final boolean forward;
    private final boolean backward;

    SsimCode(boolean forward, boolean backward) {
        this.forward = forward;
        this.backward = backward;
    }

    /**
     * @param token a cell's text, trimmed; upper or lower case
     * @return the code, or {@code null} when the token is not V, A, X or O
     */
    static SsimCode parse(String token) {
        if (token == null || token.length() != 1) {
            return null;
        }
        switch (token.toUpperCase(Locale.ROOT)) {
            case "V":
                return V;
            case "A":
                return A;
            case "X":
                return X;
            case "O":
                return O;
            default:
                return null;
        }
    }

    /**
     * Sets the cells (i, j) and (j, i) of a reachability matrix that this code implies.
     *
     * @param m the matrix, modified
     * @param i the row variable of the SSIM cell
     * @param j the column variable (j &gt; i)
     */
    void apply(boolean[][] m, int i, int j) {
        m[i][j] |= forward;
        m[j][i] |= backward;
    }
}
