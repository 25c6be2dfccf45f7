package org.micmac4j.agreement;

import java.util.Arrays;

import org.micmac4j.InvalidInputException;

/**
 * Fleiss' kappa: agreement of n ratings per subject on nominal categories, raters exchangeable.
 *
 * <p>With N subjects, n ratings each and n_ij the number of ratings of subject i in category j:
 * <pre>
 *   P_i = (Σ_j n_ij² − n) / (n (n − 1)),   P̄ = (1/N) Σ_i P_i
 *   p_j = Σ_i n_ij / (N n),   P_e = Σ_j p_j²
 *   κ = (P̄ − P_e) / (1 − P_e)
 *   var₀(κ) = 2 / (N n (n − 1)) · ((Σ p_j q_j)² − Σ p_j q_j (q_j − p_j)) / (Σ p_j q_j)²,  q_j = 1 − p_j
 *   z = κ / √var₀  (test of κ = 0)
 * </pre>
 *
 * <p>Source: Fleiss, J. L. (1971), Measuring nominal scale agreement among many raters,
 * Psychological Bulletin 76(5), 378–382. Reproduced in the tests: the paper's 30 x 6 diagnoses
 * (with irr's printed z) and the Wikipedia worked example.
 *
 * <p>Example: {@code FleissKappa.withDefaults().ofRatings(ratings).kappa()}. Stateless: one
 * instance.
 */
public final class FleissKappa {
    private static final FleissKappa DEFAULTS = new FleissKappa();

    private FleissKappa() {
    }

    /** @return the statistic (nothing to configure) */
    public static FleissKappa withDefaults() {
        return DEFAULTS;
    }

    /**
     * Kappa from ratings: each distinct value is a category.
     *
     * @param ratings {@code ratings[subject][rater]}, complete (the same number of ratings per
     *     subject); not modified
     * @return kappa
     */
    public Result ofRatings(double[][] ratings) {
        Checks.rectangle(ratings, 1, 2);
        Checks.complete(ratings, "Fleiss' kappa");
        double[] categories = Arrays.stream(ratings).flatMapToDouble(Arrays::stream).distinct().sorted().toArray();
        int[][] counts = new int[ratings.length][categories.length];
        for (int i = 0; i < ratings.length; i++) {
            for (double x : ratings[i]) {
                counts[i][Arrays.binarySearch(categories, x)]++;
            }
        }
        return ofCounts(counts);
    }

    /**
     * Kappa from the subject x category count table.
     *
     * @param counts {@code counts[subject][category]}, non-negative, every row with the same sum
     *     n ≥ 2; not modified
     * @return kappa
     */
    public Result ofCounts(int[][] counts) {
        if (counts == null || counts.length == 0 || counts[0].length == 0) {
            throw new InvalidInputException("need at least one subject and one category");
        }
        int bigN = counts.length;
        int k = counts[0].length;
        long n = -1;
        for (int i = 0; i < bigN; i++) {
            if (counts[i].length != k) {
                throw new InvalidInputException("subject " + (i + 1) + " has " + counts[i].length
                        + " categories, subject 1 has " + k);
            }
            long sum = 0;
            for (int c : counts[i]) {
                if (c < 0) {
                    throw new InvalidInputException("subject " + (i + 1) + ": negative count " + c);
                }
                sum += c;
            }
            if (n < 0) {
                n = sum;
            } else if (sum != n) {
                throw new InvalidInputException("subject " + (i + 1) + " has " + sum + " ratings, subject 1 has " + n
                        + ": Fleiss' kappa needs the same number per subject");
            }
        }
        if (n < 2) {
            throw new InvalidInputException("need at least 2 ratings per subject, got " + n);
        }
        double[] pi = new double[bigN];
        double[] pj = new double[k];
        double pBar = 0;
        for (int i = 0; i < bigN; i++) {
            double sq = 0;
            for (int j = 0; j < k; j++) {
                sq += (double) counts[i][j] * counts[i][j];
                pj[j] += counts[i][j];
            }
            pi[i] = (sq - n) / (n * (n - 1.0));
            pBar += pi[i];
        }
        pBar /= bigN;
        double pe = 0;
        double pq = 0;
        double pqqp = 0;
        for (int j = 0; j < k; j++) {
            pj[j] /= (double) bigN * n;
            pe += pj[j] * pj[j];
            double q = 1 - pj[j];
            pq += pj[j] * q;
            pqqp += pj[j] * q * (q - pj[j]);
        }
        double kappa = (pBar - pe) / (1 - pe);
        double var0 = 2.0 / (bigN * n * (n - 1.0)) * (pq * pq - pqqp) / (pq * pq);
        return new Result(kappa, kappa / Math.sqrt(var0), pBar, pe, pi, pj);
    }

    /**
     * Fleiss' kappa and its parts.
     *
     * @param kappa (P̄ − P_e) / (1 − P_e)
     * @param z κ / √var₀, the statistic of the test κ = 0
     * @param meanAgreement P̄
     * @param chanceAgreement P_e
     * @param subjectAgreement P_i per subject (copied)
     * @param categoryShares p_j per category (copied)
     */
    public record Result(double kappa, double z, double meanAgreement, double chanceAgreement,
            double[] subjectAgreement, double[] categoryShares) {
        /**
         * Copies the arrays so that the record stays immutable.
         *
         * @param kappa (P̄ − P_e) / (1 − P_e)
         * @param z κ / √var₀
         * @param meanAgreement P̄
         * @param chanceAgreement P_e
         * @param subjectAgreement P_i per subject
         * @param categoryShares p_j per category
         */
        public Result {
            subjectAgreement = subjectAgreement.clone();
            categoryShares = categoryShares.clone();
        }

        /** @return P_i per subject (a copy) */
        @Override
        public double[] subjectAgreement() {
            return subjectAgreement.clone();
        }

        /** @return p_j per category (a copy) */
        @Override
        public double[] categoryShares() {
            return categoryShares.clone();
        }
    }
}
