package org.micmac4j.report.cib;

import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.ImpactBalance;
import org.micmac4j.scenario.Scenario;

/**
 * Colours by impact score, so that a cell says how strongly the rest of its scenario supports
 * (green, darker = stronger) or opposes (red) the variant in it, grey for none: never by the
 * variant's position, which means nothing (a third variant "Regulation kills jobs" is not good
 * news because it is green).
 */
final class ImpactColour {
    private static final String[] SUPPORT = {"#e6f3df", "#c3e3b1", "#97cf7f"};
    private static final String[] OPPOSE = {"#fbe3df", "#f4bcb2", "#ec8f80"};
    /** No impact. */
    static final String NONE = "#eeeeee";
    /** The sentence that explains the colours, for pages and pictures. */
    static final String LEGEND = "Colour: the impact score of the chosen variant in its scenario (the sum of the "
            + "judgements the other chosen variants pass on it): green = supported, darker = more strongly; red = "
            + "opposed; grey = no impact.";

    private ImpactColour() {
    }

    /**
     * @param score an impact score
     * @param maxAbs the largest |score| on the same picture or table (at least 1)
     * @return its fill: one of three greens or reds by thirds of {@code maxAbs}, or grey for 0
     */
    static String fill(int score, int maxAbs) {
        if (score == 0) {
            return NONE;
        }
        int level = Math.min(2, (int) Math.ceil(3.0 * Math.abs(score) / Math.max(1, maxAbs)) - 1);
        return score > 0 ? SUPPORT[level] : OPPOSE[level];
    }

    /**
     * @param m the judgement matrix
     * @param s a scenario
     * @return the impact score of each descriptor's chosen variant
     */
    static int[] chosen(CibMatrix m, Scenario s) {
        ImpactBalance b = m.balance(s);
        int[] out = new int[s.size()];
        for (int d = 0; d < out.length; d++) {
            out[d] = b.score(d, s.variant(d));
        }
        return out;
    }

    /**
     * @param score an impact score
     * @return it signed, e.g. "+3", "−2", "0"
     */
    static String signed(int score) {
        return score > 0 ? "+" + score : score < 0 ? "−" + -score : "0";
    }
}
