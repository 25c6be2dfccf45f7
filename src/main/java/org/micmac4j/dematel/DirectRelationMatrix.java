package org.micmac4j.dematel;

import java.util.List;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Variable;
import org.micmac4j.internal.LabelledMatrices;
import org.micmac4j.internal.Messages;
import org.micmac4j.io.CsvTable;

/**
 * The DEMATEL input Z: an immutable square matrix of finite non-negative reals over ordered
 * variables, z_ij = direct influence of i on j.
 *
 * <p>Unlike an {@link InfluenceMatrix}, the diagonal may be non-zero: it is kept as given and
 * counts in the row and column sums (as spectralDEMATEL does; most studies have a zero
 * diagonal).
 *
 * <pre>{@code
 * DirectRelationMatrix z = DirectRelationMatrix.read(CsvTable.read(Path.of("z.csv")));
 * DirectRelationMatrix avg = DirectRelationMatrix.average(List.of(expert1, expert2, expert3));
 * DirectRelationMatrix fromMicmac = DirectRelationMatrix.from(influenceMatrix, 3); // P counts 3
 * }</pre>
 */
public final class DirectRelationMatrix {
    private static final String EXPECTED = "a non-negative number";

    private final List<Variable> variables;
    private final double[][] values;
    /** The file (and sheet) it was read from, for messages about the whole matrix; null when built. */
    private final String source;

    private DirectRelationMatrix(List<Variable> variables, double[][] values, String source) {
        this.variables = variables;
        this.values = values;
        this.source = source;
    }

    /**
     * A matrix with variables V1..Vn.
     *
     * @param values square array of finite non-negative reals, copied
     * @return the matrix
     * @throws org.micmac4j.InvalidInputException naming the first bad cell
     */
    public static DirectRelationMatrix of(double[][] values) {
        return of(LabelledMatrices.numbered(values.length, Variable::of), values);
    }

    /**
     * A matrix over given variables.
     *
     * @param variables the variables, in row and column order, with unique ids; copied
     * @param values square array of finite non-negative reals, copied
     * @return the matrix
     * @throws org.micmac4j.InvalidInputException naming the first bad cell (NaN, infinite or
     *     negative value, ragged row) or the repeated id
     */
    public static DirectRelationMatrix of(List<Variable> variables, double[][] values) {
        List<Variable> vs = LabelledMatrices.distinct(variables, Variable::id);
        double[][] copy = LabelledMatrices.squareCopy(vs, Variable::id, values, v -> Double.isNaN(v) ? "NaN value"
                : Double.isInfinite(v) ? "infinite value " + v
                : v < 0 ? "negative value " + v + ": DEMATEL influences are non-negative" : null);
        return new DirectRelationMatrix(vs, copy, null);
    }

    /**
     * The weights of an influence matrix; a P (potential) cell is refused.
     *
     * @param m the matrix
     * @return Z with z_ij = m_ij
     * @throws org.micmac4j.InvalidInputException naming the first P cell
     */
    public static DirectRelationMatrix from(InfluenceMatrix m) {
        int n = m.size();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                Messages.require(!m.isPotential(i, j),
                        "%s: P (potential) cell: DEMATEL needs a number; give P a weight with from(matrix, "
                        + "potentialWeight)", Messages.cell(m.variable(i).id(), i, m.variable(j).id(), j));
            }
        }
        return of(m.variables(), m.toArray(0));
    }

    /**
     * The weights of an influence matrix with P cells valued {@code potentialWeight}.
     *
     * @param m the matrix
     * @param potentialWeight what a P cell is worth, finite and non-negative
     * @return Z
     */
    public static DirectRelationMatrix from(InfluenceMatrix m, double potentialWeight) {
        Messages.nonNegative(potentialWeight, "potentialWeight");
        return of(m.variables(), m.toArray(potentialWeight));
    }

    /**
     * Reads a labelled CSV table: the header lists the variable ids, each row starts with the same
     * id in the same order, cells are non-negative numbers (a decimal comma is accepted in a
     * semicolon or tab file). Parsing is strict: a blank cell, a word ({@code P}, {@code NaN},
     * {@code x}), a negative or infinite value is refused with its file, line, row and column.
     *
     * @param table the table
     * @return Z, with variables named by their ids
     */
    public static DirectRelationMatrix read(CsvTable table) {
        double[][] values = table.squareCells((i, j) -> table.nonNegative(i, j, EXPECTED));
        DirectRelationMatrix z = of(table.columnLabels().stream().map(Variable::of).toList(), values);
        return new DirectRelationMatrix(z.variables, z.values, table.source());
    }

    /**
     * @return the file (and sheet) the matrix was read from ({@link #read}), which messages about
     *     the whole matrix name; empty for a matrix built in code
     */
    public java.util.Optional<String> source() {
        return java.util.Optional.ofNullable(source);
    }

    /**
     * The element-wise mean of several experts' matrices (the usual DEMATEL aggregation).
     *
     * @param experts at least one matrix, all over the same variable ids in the same order
     * @return the average matrix, over the first matrix's variables
     * @throws org.micmac4j.InvalidInputException when the list is empty or the variables differ
     */
    public static DirectRelationMatrix average(List<DirectRelationMatrix> experts) {
        Messages.require(!experts.isEmpty(), "no expert matrix to average");
        DirectRelationMatrix first = experts.get(0);
        int n = first.size();
        double[][] sum = new double[n][n];
        for (int e = 0; e < experts.size(); e++) {
            DirectRelationMatrix m = experts.get(e);
            Messages.require(m.size() == n, "expert matrix %d has %d variables, expected %d", e + 1, m.size(), n);
            for (int i = 0; i < n; i++) {
                Messages.require(m.variables.get(i).id().equals(first.variables.get(i).id()),
                        "expert matrix %d: variable %d is '%s', expected '%s' as in matrix 1", e + 1, i + 1,
                        m.variables.get(i).id(), first.variables.get(i).id());
                for (int j = 0; j < n; j++) {
                    sum[i][j] += m.values[i][j];
                }
            }
        }
        for (double[] row : sum) {
            for (int j = 0; j < n; j++) {
                row[j] /= experts.size();
            }
        }
        return new DirectRelationMatrix(first.variables, sum, null);
    }

    /** @return n */
    public int size() {
        return variables.size();
    }

    /** @return the variables in order, unmodifiable */
    public List<Variable> variables() {
        return variables;
    }

    /**
     * @param i row, 0-based
     * @param j column, 0-based
     * @return z_ij
     */
    public double value(int i, int j) {
        return values[i][j];
    }

    /** @return the values, a new array */
    public double[][] toArray() {
        return Matrices.copy(values);
    }

    /** @return the values without a copy, for this package (never to be modified) */
    double[][] values() {
        return values;
    }
}
