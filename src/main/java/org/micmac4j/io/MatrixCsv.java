package org.micmac4j.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.InvalidInputException;
import org.micmac4j.Scale;
import org.micmac4j.Variable;
import org.micmac4j.internal.CellNumbers;
import org.micmac4j.internal.LabelledMatrices;
import org.micmac4j.internal.Messages;

/**
 * Reads and writes direct-influence matrices as CSV.
 *
 * <p>Format: a header row of variable ids (its first cell is ignored), then one row per variable
 * starting with its id; the row ids must equal the header ids in the same order. Cells: numbers
 * allowed by the {@link Scale} (default {@link Scale#CLASSIC}: 0..3), {@code P} or {@code p} for a
 * potential influence, blank for 0. Comma, semicolon or tab delimiters are detected; semicolon and
 * tab files may use decimal commas; a UTF-8 BOM and {@code #} comment lines are accepted (see
 * {@link CsvTable}).
 *
 * <pre>{@code
 * InfluenceMatrix m = MatrixCsv.read(Path.of("matrix.csv"));
 * InfluenceMatrix named = MatrixCsv.read(Path.of("matrix.csv"), Path.of("variables.csv"));
 * }</pre>
 *
 * <p>Every fault throws an {@link InvalidInputException} naming the file, line, row and column.
 */
public final class MatrixCsv {
    private MatrixCsv() {
    }

    /**
     * Reads a matrix under the classic scale.
     *
     * @param file the CSV file
     * @return the matrix
     * @throws IOException when the file cannot be read
     */
    public static InfluenceMatrix read(Path file) throws IOException {
        return read(file, Scale.CLASSIC);
    }

    /**
     * @param file the CSV file
     * @param scale the scale that validates values
     * @return the matrix
     * @throws IOException when the file cannot be read
     */
    public static InfluenceMatrix read(Path file, Scale scale) throws IOException {
        return fromTable(CsvTable.read(file), scale);
    }

    /**
     * Reads a matrix and gives its variables the names, groups and descriptions of a variables
     * file ({@link VariablesCsv}); every matrix id must be in it.
     *
     * @param matrixFile the matrix CSV
     * @param variablesFile the variables CSV
     * @return the matrix
     * @throws IOException when a file cannot be read
     */
    public static InfluenceMatrix read(Path matrixFile, Path variablesFile) throws IOException {
        return withVariables(read(matrixFile), VariablesCsv.read(variablesFile), variablesFile.toString());
    }

    /**
     * @param matrixFile the matrix CSV
     * @param variablesFile the variables CSV
     * @param scale the scale
     * @return the matrix
     * @throws IOException when a file cannot be read
     */
    public static InfluenceMatrix read(Path matrixFile, Path variablesFile, Scale scale) throws IOException {
        return withVariables(read(matrixFile, scale), VariablesCsv.read(variablesFile), variablesFile.toString());
    }

    /**
     * Parses a matrix held in a string.
     *
     * @param text the CSV content
     * @param source a name for messages
     * @param scale the scale
     * @return the matrix
     */
    public static InfluenceMatrix parse(String text, String source, Scale scale) {
        return fromTable(CsvTable.parse(text, source), scale);
    }

    /**
     * Gives a matrix's variables the details of a variables list, matched by id.
     *
     * @param m the matrix
     * @param described variables with names, groups, descriptions
     * @param source name of the variables source, for messages
     * @return the matrix with described variables
     */
    public static InfluenceMatrix withVariables(InfluenceMatrix m, List<Variable> described, String source) {
        java.util.Map<String, Variable> byId = new java.util.HashMap<>();
        for (Variable v : described) {
            byId.put(v.id(), v);
        }
        List<Variable> vs = new ArrayList<>(m.size());
        for (Variable v : m.variables()) {
            Variable d = byId.get(v.id());
            Messages.require(d != null, "%s: no variable with id '%s' (used in the matrix)", source, v.id());
            vs.add(d);
        }
        return m.withVariables(vs);
    }

    /**
     * Builds a matrix from a parsed table.
     *
     * @param t the table
     * @param scale the scale
     * @return the matrix
     */
    public static InfluenceMatrix fromTable(CsvTable t, Scale scale) {
        InfluenceMatrix.Builder b = InfluenceMatrix.builder(LabelledMatrices.variables(t, Variable::of)).scale(scale);
        LabelledMatrices.readSquare(t, (table, i, j) -> {
            if (table.cell(i, j).equalsIgnoreCase("P")) {
                Messages.require(scale.allowsPotential(), "%s: P (potential) cell, but the scale %s has no P",
                        table.where(i, j), scale);
                b.potential(i, j);
            } else {
                b.set(i, j, number(t, i, j));
            }
            return 0;
        });
        try {
            return b.build();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(t.source() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses a numeric cell: blank is 0; a decimal comma is accepted unless the delimiter is a comma.
     *
     * @param t the table
     * @param i row
     * @param j column
     * @return the number (possibly negative or out of scale: the matrix checks that)
     */
    static double number(CsvTable t, int i, int j) {
        String token = t.cell(i, j);
        if (token.isEmpty()) {
            return 0;
        }
        double v = CellNumbers.tryParse(t, token);
        if (Double.isNaN(v)) {
            String word = token.toLowerCase(Locale.ROOT).replaceFirst("^[+-]", "");
            if (word.equals("nan") || word.startsWith("inf")) {
                throw Messages.invalid("%s: %s value %s", t.where(i, j), word.equals("nan") ? "NaN" : "infinite",
                        token);
            }
            throw Messages.invalid("%s: unknown token '%s' (expected a number, P or blank)", t.where(i, j), token);
        }
        Messages.require(Double.isFinite(v), "%s: infinite value %s", t.where(i, j), token);
        Messages.require(v >= 0, "%s: negative value %s", t.where(i, j), token);
        return v;
    }

    /**
     * Writes a matrix as comma-separated CSV (ids in the header and first column, P cells as
     * {@code P}), readable by {@link #read(Path, Scale)}.
     *
     * @param m the matrix
     * @param out the writer (not closed)
     * @throws IOException when writing fails
     */
    public static void write(InfluenceMatrix m, Writer out) throws IOException {
        int n = m.size();
        StringBuilder sb = new StringBuilder();
        for (Variable v : m.variables()) {
            sb.append(',').append(quote(v.id()));
        }
        out.write(sb.append('\n').toString());
        for (int i = 0; i < n; i++) {
            sb.setLength(0);
            sb.append(quote(m.variable(i).id()));
            for (int j = 0; j < n; j++) {
                sb.append(',').append(m.token(i, j));
            }
            out.write(sb.append('\n').toString());
        }
    }

    /**
     * @param m the matrix
     * @param file the file to write (UTF-8, replaced)
     * @throws IOException when writing fails
     */
    public static void write(InfluenceMatrix m, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(m, w);
        }
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf(';') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
