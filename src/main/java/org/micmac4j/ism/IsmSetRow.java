package org.micmac4j.ism;

import java.util.List;
import java.util.Objects;

/**
 * One row of a level-partition table, as ISM papers print it: the sets of one variable among the
 * variables still remaining at that iteration. Every list is unmodifiable and in input order.
 *
 * @param id the variable
 * @param reachability R(i): the remaining variables that i reaches (i included)
 * @param antecedent A(i): the remaining variables that reach i (i included)
 * @param intersection R(i) ∩ A(i)
 * @param selected whether the variable is assigned its level at this iteration
 */
public record IsmSetRow(String id, List<String> reachability, List<String> antecedent,
        List<String> intersection, boolean selected) {
    /**
     * Copies the lists.
     *
     * @param id see the record component
     * @param reachability see the record component
     * @param antecedent see the record component
     * @param intersection see the record component
     * @param selected see the record component
     */
    public IsmSetRow {
        Objects.requireNonNull(id, "id");
        reachability = List.copyOf(reachability);
        antecedent = List.copyOf(antecedent);
        intersection = List.copyOf(intersection);
    }
}
