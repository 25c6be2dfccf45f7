package org.micmac4j.fuzzy;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.internal.Messages;

/**
 * How the weights of an {@link InfluenceMatrix} become fuzzy values in [0, 1].
 *
 * <p>Example: the cells 0, 1, 2, 3 read 0, 0.3, 0.5, 0.7 under {@link #CLASSIC_LINGUISTIC} and
 * 0, 1/3, 2/3, 1 under {@link #DIVIDE_BY_MAX} (when 3 is the largest weight).
 */
public enum Fuzzification {
    /**
     * The classic 0..3 scale read word for word on {@link LinguisticScale#DEFAULT}: 0 none = no (0),
     * 1 weak = low (0.3), 2 moderate = medium (0.5), 3 strong = high (0.7). Any other weight
     * (including a P weight other than 0..3) is refused. The default.
     */
    CLASSIC_LINGUISTIC,
    /** Every weight divided by the largest weight (any non-negative scale; the largest becomes 1). */
    DIVIDE_BY_MAX;

    private static final double[] CLASSIC = {0, 0.3, 0.5, 0.7};

    /**
     * @param m the matrix, not modified
     * @param potentialWeight what a P cell weighs before the conversion
     * @return the fuzzy values, a new array
     * @throws org.micmac4j.InvalidInputException naming a cell that {@link #CLASSIC_LINGUISTIC}
     *     cannot read
     */
    double[][] apply(InfluenceMatrix m, double potentialWeight) {
        Messages.nonNegative(potentialWeight, "potentialWeight");
        double[][] w = m.toArray(potentialWeight);
        int n = w.length;
        double max = 0;
        for (double[] row : w) {
            for (double v : row) {
                max = Math.max(max, v);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = w[i][j];
                if (this == DIVIDE_BY_MAX) {
                    w[i][j] = max == 0 ? 0 : v / max;
                } else {
                    Messages.require(v == Math.rint(v) && v >= 0 && v <= 3,
                            "%s: weight %s is not on the classic 0..3 scale; use Fuzzification.DIVIDE_BY_MAX",
                            Messages.cell(m.variable(i).id(), i, m.variable(j).id(), j), v);
                    w[i][j] = CLASSIC[(int) v];
                }
            }
        }
        return w;
    }
}
