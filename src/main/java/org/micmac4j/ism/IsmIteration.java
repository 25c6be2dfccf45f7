package org.micmac4j.ism;

import java.util.List;

/**
 * One iteration of the level partition.
 *
 * @param number the iteration, from 1 (iteration 1 removes the top of the hierarchy)
 * @param level the level number given to the variables selected here, under the chosen
 *     {@link LevelNumbering}
 * @param rows the sets of every variable remaining at the start of this iteration, in input order
 *     (unmodifiable)
 * @param selected the variables assigned to this level, in input order (unmodifiable)
 * @param selectedByClosure {@code false} when the selection is the usual rule R(i) = R(i) ∩ A(i)
 *     on the sets printed in {@code rows}; {@code true} when no remaining variable met that rule
 *     (possible only with {@link ClosureMode#AS_GIVEN} on a matrix with a cycle that is not
 *     closed) and the rule was applied to the transitive closure of the remaining variables
 *     instead, which selects the strongly connected sets that reach no other remaining variable
 */
public record IsmIteration(int number, int level, List<IsmSetRow> rows, List<String> selected,
        boolean selectedByClosure) {
    /**
     * Copies the lists.
     *
     * @param number see the record component
     * @param level see the record component
     * @param rows see the record component
     * @param selected see the record component
     * @param selectedByClosure see the record component
     */
    public IsmIteration {
        rows = List.copyOf(rows);
        selected = List.copyOf(selected);
    }
}
