package org.micmac4j.dematel;

import org.micmac4j.Variable;

/**
 * A DEMATEL relation: a cell of the total-relation matrix T strictly above the threshold.
 *
 * @param from the influencing variable (row of T)
 * @param to the influenced variable (column of T)
 * @param strength t_ij
 */
public record Relation(Variable from, Variable to, double strength) {
}
