package org.micmac4j.report.experts;

import java.util.Locale;

import org.micmac4j.agreement.KendallW;

/**
 * What an agreement statistic means, in words, on a published scale: Kendall's W on Schmidt's
 * scale for Delphi panels (R. C. Schmidt, "Managing Delphi surveys using nonparametric
 * statistical techniques", Decision Sciences 28(3), 1997: W = 0.1 very weak, 0.3 weak, 0.5
 * moderate, 0.7 strong, 0.9 unusually strong agreement), Krippendorff's alpha on Krippendorff's
 * (Content Analysis, 2nd ed., 2004, §11.4: rely on alpha ≥ 0.800, draw tentative conclusions
 * from 0.667, discard below).
 */
final class AgreementWords {
    /** Schmidt's anchors, each word standing for the W nearest its value. */
    private static final double[] ANCHORS = {0.1, 0.3, 0.5, 0.7, 0.9};
    private static final String[] WORDS = {"very weak", "weak", "moderate", "strong", "unusually strong"};
    /** The significance level the words use. */
    static final double ALPHA = 0.05;
    /** The legend of the scales, to print once beside them. */
    static final String KENDALL_SCALE = "Kendall's W, 0 = no agreement between the experts' rankings, 1 = identical; "
            + "Schmidt (1997): 0.1 very weak, 0.3 weak, 0.5 moderate, 0.7 strong, 0.9 unusually strong";
    static final String ALPHA_SCALE = "Krippendorff's alpha over the scores, 1 = perfect agreement, 0 = chance; "
            + "Krippendorff (2004): reliable from 0.800, tentative from 0.667, unreliable below";

    private AgreementWords() {
    }

    /**
     * @param w Kendall's W in [0, 1], or NaN
     * @return Schmidt's word for the nearest anchor, e.g. "very weak" for 0.17; "undefined" for NaN
     */
    static String kendall(double w) {
        if (Double.isNaN(w)) {
            return "undefined";
        }
        int best = 0;
        for (int k = 1; k < ANCHORS.length; k++) {
            if (Math.abs(w - ANCHORS[k]) < Math.abs(w - ANCHORS[best])) {
                best = k;
            }
        }
        return WORDS[best];
    }

    /**
     * @param k a Kendall's W test
     * @return e.g. "very weak (W 0.17; p 0.67: no more than chance would give)"
     */
    static String kendallSentence(KendallW.Result k) {
        return String.format(Locale.ROOT, "%s (W %.2f; p %.2g: %s)", kendall(k.w()), k.w(), k.pValue(),
                k.pValue() < ALPHA ? "beyond chance" : "no more than chance would give");
    }

    /**
     * @param alpha Krippendorff's alpha
     * @return "reliable", "tentative" or "unreliable"
     */
    static String alpha(double alpha) {
        return alpha >= 0.8 ? "reliable" : alpha >= 0.667 ? "tentative" : "unreliable";
    }
}
