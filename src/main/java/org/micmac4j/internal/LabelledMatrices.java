package org.micmac4j.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.micmac4j.Variable;
import org.micmac4j.io.CsvTable;

/**
 * Shared checks of square matrices over labelled variables (influence, DEMATEL and fuzzy
 * matrices): default variables, unique ids, a square checked copy, reading from a labelled CSV
 * table. One place, so that every matrix type reports the same fault the same way.
 */
public final class LabelledMatrices {
    private LabelledMatrices() {
    }

    /** Checks one cell value. */
    @FunctionalInterface
    public interface CellCheck {
        /**
         * @param value the value
         * @param where the cell, e.g. {@code row A (1), column B (2)}, as an object whose
         *     {@code toString()} formats it: pass it to a message template, so that the location is
         *     formatted only when a cell is refused (formatting n² locations would cost more than
         *     reading the matrix)
         * @throws org.micmac4j.InvalidInputException when the value is refused
         */
        void check(double value, Object where);
    }

    /** Reads one cell of a table. */
    @FunctionalInterface
    public interface CellReader {
        /**
         * @param table the table
         * @param row data row
         * @param column data column
         * @return the value
         */
        double read(CsvTable table, int row, int column);
    }

    /** A cell's location, formatted only when printed. */
    private record Cell(List<Variable> variables, int i, int j) {
        @Override
        public String toString() {
            return Messages.cell(variables.get(i).id(), i, variables.get(j).id(), j);
        }
    }

    /**
     * @param n a count
     * @return variables V1..Vn
     */
    public static List<Variable> numbered(int n) {
        List<Variable> vs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            vs.add(Variable.of("V" + (i + 1)));
        }
        return vs;
    }

    /**
     * @param variables variables, not modified
     * @return an unmodifiable copy
     * @throws org.micmac4j.InvalidInputException when the list is empty, holds a null or repeats an id
     */
    public static List<Variable> distinct(List<Variable> variables) {
        Messages.require(!variables.isEmpty(), "a matrix needs at least one variable");
        Map<String, Integer> seen = new HashMap<>(variables.size() * 2);
        for (int i = 0; i < variables.size(); i++) {
            Variable v = variables.get(i);
            Messages.require(v != null, "variable %d is null", i + 1);
            Integer before = seen.put(v.id(), i);
            Messages.require(before == null, "duplicate variable id '%s' (positions %d and %d)", v.id(),
                    before == null ? 0 : before + 1, i + 1);
        }
        return List.copyOf(variables);
    }

    /**
     * A checked copy of a square array.
     *
     * @param variables the n variables (for messages)
     * @param values n rows of n values, not modified
     * @param check applied to every cell
     * @return a deep copy
     * @throws org.micmac4j.InvalidInputException naming a missing or ragged row, or a refused cell
     */
    public static double[][] squareCopy(List<Variable> variables, double[][] values, CellCheck check) {
        int n = variables.size();
        Messages.require(values.length == n, "the matrix has %d rows but there are %d variables", values.length, n);
        double[][] copy = new double[n][];
        for (int i = 0; i < n; i++) {
            Messages.require(values[i] != null && values[i].length == n,
                    "row %s (%d) has %d values, expected %d: the matrix must be square", variables.get(i).id(), i + 1,
                    values[i] == null ? 0 : values[i].length, n);
            copy[i] = values[i].clone();
            for (int j = 0; j < n; j++) {
                check.check(copy[i][j], new Cell(variables, i, j));
            }
        }
        return copy;
    }

    /**
     * Reads the cells of a square labelled table (rows and columns list the same ids in order).
     *
     * @param table the table
     * @param reader reads and checks one cell
     * @return n x n values
     */
    public static double[][] readSquare(CsvTable table, CellReader reader) {
        CellNumbers.requireSquare(table);
        int n = table.rows();
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                v[i][j] = reader.read(table, i, j);
            }
        }
        return v;
    }

    /**
     * @param table a square labelled table
     * @return variables named by the column ids
     */
    public static List<Variable> variables(CsvTable table) {
        List<Variable> vs = new ArrayList<>(table.columns());
        for (String id : table.columnLabels()) {
            vs.add(Variable.of(id));
        }
        return vs;
    }
}
