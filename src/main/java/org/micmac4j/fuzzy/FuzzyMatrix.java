package org.micmac4j.fuzzy;

import java.util.List;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Variable;
import org.micmac4j.internal.LabelledMatrices;
import org.micmac4j.internal.Messages;
import org.micmac4j.io.CsvTable;

/**
 * A fuzzy direct-influence matrix: values in [0, 1] over ordered variables, value (i, j) = the
 * possibility that i directly influences j. Immutable; the diagonal is kept as given (the
 * {@link Diagonal} policy of {@link FuzzyMicmac} decides what it becomes).
 *
 * <pre>{@code
 * FuzzyMatrix f = FuzzyMatrix.read(CsvTable.read(path), LinguisticScale.DEFAULT); // "high", "0.7", ...
 * FuzzyMatrix g = FuzzyMatrix.from(influenceMatrix, 0, Fuzzification.CLASSIC_LINGUISTIC);
 * }</pre>
 */
public final class FuzzyMatrix {
    private final List<Variable> variables;
    private final double[][] values;

    private FuzzyMatrix(List<Variable> variables, double[][] values) {
        this.variables = variables;
        this.values = values;
    }

    /**
     * @param values square array of values in [0, 1], copied
     * @return the matrix over variables V1..Vn
     */
    public static FuzzyMatrix of(double[][] values) {
        return of(LabelledMatrices.numbered(values.length, Variable::of), values);
    }

    /**
     * @param variables the variables with unique ids, copied
     * @param values square array of values in [0, 1], copied
     * @return the matrix
     * @throws org.micmac4j.InvalidInputException naming the first value outside [0, 1] (or NaN),
     *     a ragged row or a repeated id
     */
    public static FuzzyMatrix of(List<Variable> variables, double[][] values) {
        List<Variable> vs = LabelledMatrices.distinct(variables, Variable::id);
        double[][] copy = LabelledMatrices.squareCopy(vs, Variable::id, values, v -> v >= 0 && v <= 1
                ? null : v + " is outside [0, 1]: fuzzy values are possibilities");
        return new FuzzyMatrix(vs, copy);
    }

    /**
     * Converts an influence matrix.
     *
     * @param m the matrix
     * @param potentialWeight what a P cell weighs before conversion
     * @param fuzzification how weights become values in [0, 1]
     * @return the fuzzy matrix (diagonal 0, as in m)
     */
    public static FuzzyMatrix from(InfluenceMatrix m, double potentialWeight, Fuzzification fuzzification) {
        return new FuzzyMatrix(m.variables(), fuzzification.apply(m, potentialWeight));
    }

    /**
     * Reads a labelled CSV table whose cells are numbers in [0, 1] or terms of a linguistic
     * scale (case-insensitive). A blank cell, an unknown word or a number outside [0, 1] is
     * refused with its file, line, row and column.
     *
     * @param table the table; rows and columns must list the same ids in the same order
     * @param scale the terms accepted in cells
     * @return the matrix
     */
    public static FuzzyMatrix read(CsvTable table, LinguisticScale scale) {
        double[][] values = table.squareCells((i, j) -> cell(table, i, j, scale));
        return of(table.columnLabels().stream().map(Variable::of).toList(), values);
    }

    private static double cell(CsvTable table, int i, int j, LinguisticScale scale) {
        String text = table.cell(i, j);
        Messages.require(!text.isEmpty(), "%s: blank cell, expected a number in [0, 1] or a term %s",
                table.where(i, j), scale.terms());
        double x = table.number(text);
        if (Double.isNaN(x)) {
            return scale.value(text).orElseThrow(() -> Messages.invalid(
                    "%s: '%s' is neither a number in [0, 1] nor a term of the scale %s", table.where(i, j),
                    Messages.token(text), scale.terms()));
        }
        Messages.require(x >= 0 && x <= 1, "%s: %s is outside [0, 1]", table.where(i, j), text);
        return x;
    }

    /** @return n */
    public int size() {
        return variables.size();
    }

    /** @return the variables, unmodifiable */
    public List<Variable> variables() {
        return variables;
    }

    /**
     * @param i row
     * @param j column
     * @return the value
     */
    public double value(int i, int j) {
        return values[i][j];
    }

    /** @return the values, a new array */
    public double[][] toArray() {
        double[][] c = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            c[i] = values[i].clone();
        }
        return c;
    }
}
