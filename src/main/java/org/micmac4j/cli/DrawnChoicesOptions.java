package org.micmac4j.cli;

import org.micmac4j.experts.Robustness;

import picocli.CommandLine.Option;

/**
 * {@code --p-weight-range A,B} and {@code --split-rules RULES} (a picocli mixin shared by
 * {@code experts} and {@code analyze --draws}): the choices drawn anew in each Monte Carlo draw.
 */
final class DrawnChoicesOptions {
    @Option(names = "--p-weight-range", paramLabel = "A,B", converter = WeightRangeConverter.class,
            description = "Draw the weight of P in the potential views uniformly in [A, B] in each draw "
                    + "(e.g. 1,3).")
    WeightRangeConverter.Range pWeightRange;

    @Option(names = "--split-rules", paramLabel = "RULES", converter = SplitRulesConverter.class,
            description = "Draw the split rule of each draw uniformly among these, comma-separated: "
                    + SplitRulesConverter.NAMES + ".")
    SplitRulesConverter.Rules splitRules;

    /** Creates the options unset (picocli fills them in). */
    public DrawnChoicesOptions() {
    }

    /**
     * @param mc the robustness run configured so far
     * @return it with the P weight range and the split rules drawn, those that were given
     */
    Robustness applyTo(Robustness mc) {
        Robustness out = mc;
        if (pWeightRange != null) {
            out = out.withPotentialWeightRange(pWeightRange.low(), pWeightRange.high());
        }
        if (splitRules != null) {
            out = out.withSplitRules(splitRules.set());
        }
        return out;
    }
}
