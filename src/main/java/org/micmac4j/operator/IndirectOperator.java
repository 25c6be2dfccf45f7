package org.micmac4j.operator;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Ranking;

/**
 * An indirect-influence operator: turns a direct-influence matrix into influence and dependence
 * scores that account for indirect paths, in the common {@link Ranking} shape so that any two
 * operators can be compared ({@link OperatorComparison}).
 *
 * <p>Implementations are immutable and thread-safe; get them from {@link IndirectOperators}:
 * <pre>{@code
 * Ranking c = IndirectOperators.cumulative(7).rank(m);
 * Ranking k = IndirectOperators.katz(0.1).rank(m, 3);      // P cells weigh 3
 * Ranking d = IndirectOperators.dematel().rank(m);
 * }</pre>
 */
public interface IndirectOperator {

    /** @return a short name with the parameters, for reports (e.g. {@code "katz(alpha=0.1)"}) */
    String name();

    /**
     * Scores every variable.
     *
     * @param m the direct-influence matrix, not modified
     * @param potentialWeight what a P (potential) cell weighs, finite and non-negative
     * @return influence (row direction) and dependence (column direction) scores with ranks
     * @throws org.micmac4j.InvalidInputException when the operator is not defined for this matrix
     *     (the message says why)
     */
    Ranking rank(InfluenceMatrix m, double potentialWeight);

    /**
     * Scores every variable with P cells counting 0 (the current, not the potential, matrix).
     *
     * @param m the matrix
     * @return the ranking
     */
    default Ranking rank(InfluenceMatrix m) {
        return rank(m, 0);
    }
}
