package org.micmac4j.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.InvalidInputException;
import org.micmac4j.Scale;
import org.micmac4j.Variable;
import org.micmac4j.internal.CellNumbers;
import org.micmac4j.internal.Messages;

/**
 * Reads and writes direct-influence matrices as CSV.
 *
 * <p>Format: a header row of variable ids (its first cell is ignored), then one row per variable
 * starting with its id; the row ids must equal the header ids in the same order. Cells: numbers
 * allowed by the {@link Scale} (default {@link Scale#CLASSIC}: 0..3), {@code P} or {@code p} for a
 * potential influence, blank for 0. Comma, semicolon or tab delimiters are detected; semicolon and
 * tab files may use decimal commas; a UTF-8 BOM and {@code #} comment lines are accepted (see
 * {@link CsvTable}). Every {@code read} also takes an Excel workbook ({@code .xlsx}) with the same
 * layout on a sheet ({@link XlsxTables}).
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
        return read(file, Sheet.FIRST, scale);
    }

    /** Cells read, before the matrix is built (so that the text can be freed before building). */
    private record Cells(InfluenceMatrix.Builder builder, List<String> comments, String source) {
        Contents build() {
            try {
                return new Contents(builder.build(), comments);
            } catch (InvalidInputException e) {
                throw new InvalidInputException(source + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * A matrix file's contents: the matrix and the file's comment lines.
     *
     * @param matrix the matrix
     * @param comments the text of the comment lines (without the {@code #}), in file order
     */
    public record Contents(InfluenceMatrix matrix, List<String> comments) {
        /**
         * @param matrix the matrix
         * @param comments the comments, copied
         */
        public Contents {
            comments = List.copyOf(comments);
        }
    }

    /**
     * Reads a matrix and the file's comment lines (e.g. to show them in a report).
     *
     * @param file the CSV file
     * @param scale the scale that validates values
     * @return the matrix and the comments
     * @throws IOException when the file cannot be read
     */
    public static Contents readWithComments(Path file, Scale scale) throws IOException {
        return readWithComments(file, Sheet.FIRST, scale);
    }

    /**
     * Reads a matrix and its comment lines from a CSV file or a sheet of an Excel workbook.
     *
     * @param file the CSV file or workbook
     * @param sheet the workbook's sheet (a CSV file has only {@link Sheet#FIRST})
     * @param scale the scale that validates values
     * @return the matrix and the comments
     * @throws IOException when the file cannot be read
     * @throws UnsupportedOperationException for a workbook when Apache POI is not on the class path
     */
    public static Contents readWithComments(Path file, Sheet sheet, Scale scale) throws IOException {
        if (XlsxTables.isWorkbook(file)) {
            return XlsxTables.read(file, sheet, rows -> cells(rows, scale)).build();
        }
        CsvTable.requireCsvSheet(file, sheet);
        return cells(CsvRecords.read(file), scale).build();
    }

    /**
     * Reads a matrix from a CSV file or from a sheet of an Excel workbook ({@link XlsxTables}).
     *
     * @param file the CSV file or workbook
     * @param sheet the workbook's sheet (a CSV file has only {@link Sheet#FIRST})
     * @param scale the scale that validates values
     * @return the matrix
     * @throws IOException when the file cannot be read
     * @throws UnsupportedOperationException for a workbook when Apache POI is not on the class path
     */
    public static InfluenceMatrix read(Path file, Sheet sheet, Scale scale) throws IOException {
        return readWithComments(file, sheet, scale).matrix();
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
        return cells(CsvRecords.parse(text, source), scale).build().matrix();
    }

    /**
     * Streams the records into the builder: no table of cell strings is kept, so that reading
     * costs little more than the matrix itself (n = 3000 dense reads in a fraction of a second).
     * The checks and messages are those of {@link CsvTable} and {@link #fromTable}.
     */
    private static Cells cells(TableRows records, Scale scale) {
        String source = records.source();
        TableRows.Row header = records.next();
        Messages.require(header != null, "%s: empty sheet (no header row)", source);
        int width = header.values().length;
        Messages.require(width >= 2, "%s %s %d: the header has no column label (labels are separated by a comma, "
                + "semicolon or tab)", source, records.lineWord(), header.line());
        List<String> ids = CsvTable.columnLabels(header, records);
        int n = ids.size();
        List<Variable> vs = new ArrayList<>(n);
        for (String id : ids) {
            vs.add(Variable.of(id));
        }
        InfluenceMatrix.Builder b = InfluenceMatrix.builder(vs).scale(scale);
        boolean decimalComma = records.delimiter() != ',';
        int i = 0;
        for (TableRows.Row row; (row = records.next()) != null; i++) {
            records.requireWidth(row, width);
            String[] v = row.values();
            // Checked as the rows arrive: a sheet of a million rows is refused at row n + 1.
            Messages.require(i < n, "%s (row %s): more rows than the %d columns: the matrix must be square",
                    records.place(row.line(), 0), Messages.token(v[0]), n);
            Messages.require(!v[0].isEmpty(), "%s: blank row label at row position %d", records.place(row.line(), 0),
                    i + 1);
            Messages.require(v[0].equals(ids.get(i)), "%s %s %d: row %d is labelled '%s' but column %d is '%s': "
                    + "rows and columns must list the same variables in the same order%s", source, records.lineWord(),
                    row.line(), i + 1, Messages.token(v[0]), i + 1, Messages.token(ids.get(i)), commentHint(records));
            for (int j = 0; j < n; j++) {
                String token = j + 1 < v.length ? v[j + 1] : ""; // a sheet's row may stop early
                if (token.length() == 1 && (token.charAt(0) == 'P' || token.charAt(0) == 'p')) {
                    if (!scale.allowsPotential()) {
                        throw Messages.invalid("%s: P (potential) cell, but the scale %s has no P",
                                where(records, row.line(), v[0], j, ids), scale);
                    }
                    b.potential(i, j);
                } else {
                    double x = value(token, decimalComma, records, row.line(), v[0], j, ids, null, 0);
                    if (x != 0) {
                        b.set(i, j, x);
                    }
                }
            }
        }
        Messages.require(i == n, "%s: %d rows but %d columns: the matrix must be square%s", source, i, n,
                commentHint(records));
        return new Cells(b, List.copyOf(records.comments()), source);
    }

    /** A row taken for a comment is the likely cause of a missing row: say so. */
    private static String commentHint(TableRows records) {
        return records.comments().isEmpty() ? ""
                : " (a line whose first character is # is a comment: quote an id that starts with #)";
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
            Messages.require(d != null, "%s: no variable with id '%s' (used in the matrix)", source,
                    Messages.token(v.id()));
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
        InfluenceMatrix.Builder b = InfluenceMatrix.builder(t.columnLabels().stream().map(Variable::of).toList())
                .scale(scale);
        t.squareCells((i, j) -> {
            if (t.cell(i, j).equalsIgnoreCase("P")) {
                Messages.require(scale.allowsPotential(), "%s: P (potential) cell, but the scale %s has no P",
                        t.where(i, j), scale);
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
    public static double number(CsvTable t, int i, int j) {
        return value(t.cell(i, j), t.delimiter() != ',', null, t.line(i), t.rowLabels().get(i), j, null, t, i);
    }

    /** A numeric cell; the location is formatted only when the cell is refused. */
    private static double value(String token, boolean decimalComma, TableRows rows, int line, String rowId, int j,
            List<String> ids, CsvTable table, int i) {
        if (token.isEmpty()) {
            return 0;
        }
        double v = CellNumbers.tryParse(token, decimalComma);
        if (v >= 0 && v < Double.POSITIVE_INFINITY) {
            return v;
        }
        String where = table != null ? table.where(i, j) : where(rows, line, rowId, j, ids);
        String t = Messages.token(token);
        if (Double.isNaN(v)) {
            String word = token.toLowerCase(Locale.ROOT).replaceFirst("^[+-]", "");
            if (word.equals("nan") || word.startsWith("inf")) {
                throw Messages.invalid("%s: %s value %s", where, word.equals("nan") ? "NaN" : "infinite", t);
            }
            throw Messages.invalid("%s: unknown token '%s' (expected a number, P or blank)", where, t);
        }
        if (!Double.isFinite(v)) {
            throw Messages.invalid("%s: '%s' is out of the double range", where, t);
        }
        throw Messages.invalid("%s: negative value %s", where, t);
    }

    /** A streamed cell's location: {@code m.csv line 4, row B, column C}, or the sheet's cell. */
    private static String where(TableRows rows, int line, String rowId, int j, List<String> ids) {
        return rows.place(line, j + 1) + ", row " + Messages.token(rowId) + ", column " + Messages.token(ids.get(j));
    }

    /**
     * Writes a matrix as comma-separated CSV (ids in the header and first column, P cells as
     * {@code P}), readable by {@link #read(Path, Scale)}: an id is quoted when it holds a comma,
     * semicolon, tab, quote or line break, or starts with {@code #}.
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
     * @param file the file to write (UTF-8, replaced whole or not at all: {@link AtomicFile})
     * @throws IOException when writing fails
     */
    public static void write(InfluenceMatrix m, Path file) throws IOException {
        StringWriter text = new StringWriter();
        write(m, text);
        AtomicFile.writeString(file, text.toString());
    }

    /**
     * A field as written: quoted (RFC 4180, inner quotes doubled) when reading it back unquoted
     * would change it: it holds a delimiter any reader may detect (comma, semicolon, tab), a quote
     * or a line break, starts with {@code #} (a comment line otherwise) or has blanks around it.
     * Public so that other writers of labelled grids (the study workspace's panel folder) quote
     * ids exactly as the readers expect.
     *
     * @param s a field
     * @return it as it is written in a CSV file
     */
    public static String quote(String s) {
        boolean plain = s.isEmpty() || s.charAt(0) != '#' && s.strip().length() == s.length();
        for (int i = 0; plain && i < s.length(); i++) {
            char c = s.charAt(i);
            plain = c != ',' && c != ';' && c != '\t' && c != '"' && c != '\n' && c != '\r';
        }
        return plain ? s : '"' + s.replace("\"", "\"\"") + '"';
    }
}
