package org.micmac4j.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Shared checks of square matrices over labelled variables (influence, DEMATEL and fuzzy
 * matrices): default variables, unique ids, a square checked copy (reading a labelled table is
 * {@code io.CsvTable}'s). One place, so that every matrix type reports the same fault the same way.
 */
public final class LabelledMatrices {
    private LabelledMatrices() {
    }

    /** Checks one cell value. */
    @FunctionalInterface
    public interface CellCheck {
        /**
         * @param value the value
         * @return null when the value is accepted, else what is wrong with it (the caller adds
         *     the cell's place, so that no message is built for the n² good cells)
         */
        String problem(double value);
    }

    /**
     * @param <V> the variable type
     * @param n a count
     * @param make makes a variable from its id
     * @return variables V1..Vn
     */
    public static <V> List<V> numbered(int n, Function<String, V> make) {
        List<V> vs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            vs.add(make.apply("V" + (i + 1)));
        }
        return vs;
    }

    /**
     * @param <V> the variable type
     * @param variables variables, not modified
     * @param id the id of a variable
     * @return an unmodifiable copy
     * @throws org.micmac4j.InvalidInputException when the list is empty, holds a null or repeats an id
     */
    public static <V> List<V> distinct(List<V> variables, Function<V, String> id) {
        Messages.require(!variables.isEmpty(), "a matrix needs at least one variable");
        Map<String, Integer> seen = new HashMap<>(variables.size() * 2);
        for (int i = 0; i < variables.size(); i++) {
            V v = variables.get(i);
            Messages.require(v != null, "variable %d is null", i + 1);
            Integer before = seen.put(id.apply(v), i);
            Messages.require(before == null, "duplicate variable id '%s' (positions %d and %d)",
                    Messages.token(id.apply(v)),
                    before == null ? 0 : before + 1, i + 1);
        }
        return List.copyOf(variables);
    }

    /**
     * A checked copy of a square array.
     *
     * @param <V> the variable type
     * @param variables the n variables (for messages)
     * @param id the id of a variable
     * @param values n rows of n values, not modified
     * @param check applied to every cell
     * @return a deep copy
     * @throws org.micmac4j.InvalidInputException naming a missing or ragged row, or a refused cell
     */
    public static <V> double[][] squareCopy(List<V> variables, Function<V, String> id, double[][] values,
            CellCheck check) {
        int n = variables.size();
        Messages.require(values.length == n, "the matrix has %d rows but there are %d variables", values.length, n);
        double[][] copy = new double[n][];
        for (int i = 0; i < n; i++) {
            Messages.require(values[i] != null && values[i].length == n,
                    "row %s (%d) has %d values, expected %d: the matrix must be square", id.apply(variables.get(i)),
                    i + 1, values[i] == null ? 0 : values[i].length, n);
            copy[i] = values[i].clone();
            for (int j = 0; j < n; j++) {
                String problem = check.problem(copy[i][j]);
                if (problem != null) {
                    throw Messages.invalid("%s: %s", Messages.cell(id.apply(variables.get(i)), i,
                            id.apply(variables.get(j)), j), problem);
                }
            }
        }
        return copy;
    }
}
