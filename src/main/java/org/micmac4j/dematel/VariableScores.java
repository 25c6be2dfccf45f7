package org.micmac4j.dematel;

import org.micmac4j.Variable;

/**
 * The DEMATEL outputs of one variable, flat for reports and JSON.
 *
 * @param variable the variable
 * @param d D, the row sum of T (total influence given)
 * @param r R, the column sum of T (total influence received)
 * @param dPlusR D + R, prominence
 * @param dMinusR D - R, relation
 * @param role cause, effect or neutral, from D - R
 * @param weight sqrt((D+R)² + (D-R)²) over the sum of that quantity across variables
 */
public record VariableScores(Variable variable, double d, double r, double dPlusR, double dMinusR, Role role,
        double weight) {
}
