package org.micmac4j.agreement;

import org.micmac4j.InvalidInputException;

/** Argument checks shared by the statistics. */
final class Checks {
    private Checks() {
    }

    /**
     * Checks that ratings form a rectangle of at least {@code minUnits} x {@code minRaters}.
     *
     * @return the number of raters
     */
    static int rectangle(double[][] ratings, int minUnits, int minRaters) {
        if (ratings == null || ratings.length < minUnits) {
            throw new InvalidInputException("need at least " + minUnits + " units, got "
                    + (ratings == null ? 0 : ratings.length));
        }
        int m = ratings[0].length;
        for (int u = 0; u < ratings.length; u++) {
            if (ratings[u].length != m) {
                throw new InvalidInputException("unit " + (u + 1) + " has " + ratings[u].length
                        + " ratings, unit 1 has " + m);
            }
        }
        if (m < minRaters) {
            throw new InvalidInputException("need at least " + minRaters + " raters, got " + m);
        }
        return m;
    }

    /** Checks that no rating is missing or infinite. */
    static void complete(double[][] ratings, String statistic) {
        for (int u = 0; u < ratings.length; u++) {
            for (int r = 0; r < ratings[u].length; r++) {
                if (!Double.isFinite(ratings[u][r])) {
                    throw new InvalidInputException(statistic + " needs complete ratings: unit " + (u + 1)
                            + ", rater " + (r + 1) + " is " + ratings[u][r]);
                }
            }
        }
    }

    /** Checks that ratings are finite or NaN (missing). */
    static void finiteOrMissing(double[][] ratings) {
        for (int u = 0; u < ratings.length; u++) {
            for (int r = 0; r < ratings[u].length; r++) {
                if (Double.isInfinite(ratings[u][r])) {
                    throw new InvalidInputException("unit " + (u + 1) + ", rater " + (r + 1) + " is infinite");
                }
            }
        }
    }
}
