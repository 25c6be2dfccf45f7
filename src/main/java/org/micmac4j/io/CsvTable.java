package org.micmac4j.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.micmac4j.InvalidInputException;
import org.micmac4j.internal.CellNumbers;
import org.micmac4j.internal.Messages;

/**
 * A labelled table read from a delimited text file: a header row of column labels, then rows
 * that each start with a row label. It is the common reader under every matrix format of
 * micmac4j (influence matrices, SSIMs, DEMATEL and reachability matrices); it checks the shape and
 * the labels, and leaves the meaning of the cells to the format.
 *
 * <p>Accepted: comma, semicolon or tab delimiters, detected from the header (a semicolon or tab
 * file may then use decimal commas in its cells); a UTF-8 byte-order mark; RFC 4180 quoting,
 * including line breaks inside a quoted field; CRLF or LF line ends; comment lines, kept in
 * {@link #comments()}: a comment is a line whose <em>first character</em> is {@code #} outside a
 * quoted field (a quoted {@code "#id"} is data, and {@link MatrixCsv#write} quotes every field
 * that starts with {@code #}); blank lines. Rejected with an {@link InvalidInputException} naming
 * the file and line (the physical line where the record starts): text that is not UTF-8 or holds
 * a NUL character, a quoted field that is not closed, an empty file, a header with no column, a
 * row whose cell count differs from the header's (a ragged row), a line that uses another
 * delimiter than the header (mixed delimiters), a blank or duplicate label.
 *
 * <p>A table may also come from a worksheet ({@link XlsxTables}): then {@link #sheet()} names it
 * and every message names the cell ({@code matrix.xlsx sheet 'MDI' cell B7, row A, column A}).
 *
 * <p>Immutable. Cells are trimmed; a blank cell reads as the empty string.
 */
public final class CsvTable {
    private final String source;
    private final String sheet;
    private final char delimiter;
    private final String corner;
    private final List<String> columnLabels;
    private final List<String> rowLabels;
    private final String[][] cells;
    private final int[] lines;
    private final List<String> comments;

    private CsvTable(String source, String sheet, char delimiter, String corner, List<String> columnLabels,
            List<String> rowLabels, String[][] cells, int[] lines, List<String> comments) {
        this.source = source;
        this.sheet = sheet;
        this.delimiter = delimiter;
        this.corner = corner;
        this.columnLabels = columnLabels;
        this.rowLabels = rowLabels;
        this.cells = cells;
        this.lines = lines;
        this.comments = comments;
    }

    /**
     * Reads a UTF-8 file, or the first sheet of an Excel workbook ({@code .xlsx}, {@code .xlsm},
     * {@code .xls}: see {@link XlsxTables}).
     *
     * @param file the file
     * @return the table
     * @throws IOException when the file cannot be read
     * @throws InvalidInputException when its content is not a labelled table (the message names
     *     the file and line, or the sheet and cell)
     */
    public static CsvTable read(Path file) throws IOException {
        return read(file, Sheet.FIRST);
    }

    /**
     * Reads a UTF-8 file, or the given sheet of an Excel workbook.
     *
     * @param file the file
     * @param sheet the sheet of a workbook; a CSV file has only the first
     * @return the table
     * @throws IOException when the file cannot be read
     * @throws InvalidInputException when its content is not a labelled table, or a sheet other than
     *     the first is asked of a CSV file
     * @throws UnsupportedOperationException for a workbook when Apache POI is not on the class path
     */
    public static CsvTable read(Path file, Sheet sheet) throws IOException {
        return read(file, sheet, false);
    }

    /**
     * Reads a table that must be square (a matrix: as many rows as column labels), refusing it
     * as soon as a row too many arrives: a sheet of a million rows is refused after reading
     * {@code n + 1} of them, not after reading them all.
     *
     * @param file a UTF-8 file or an Excel workbook
     * @param sheet the sheet of a workbook; a CSV file has only the first
     * @return the table, with no more rows than columns (fewer is for the caller to refuse: an
     *     SSIM, for one, has a row fewer)
     * @throws IOException when the file cannot be read
     * @throws InvalidInputException when its content is not a labelled table, or has more rows
     *     than columns (naming the first row too many)
     * @throws UnsupportedOperationException for a workbook when Apache POI is not on the class path
     */
    public static CsvTable readSquare(Path file, Sheet sheet) throws IOException {
        return read(file, sheet, true);
    }

    private static CsvTable read(Path file, Sheet sheet, boolean square) throws IOException {
        if (XlsxTables.isWorkbook(file)) {
            return XlsxTables.read(file, sheet, rows -> of(rows, square));
        }
        requireCsvSheet(file, sheet);
        return of(CsvRecords.read(file), square);
    }

    /**
     * @param file a text file
     * @param sheet the sheet asked of it
     * @throws InvalidInputException when it is not the first: a CSV file has no other
     */
    static void requireCsvSheet(Path file, Sheet sheet) {
        Messages.require(sheet.isFirst(), "%s: a CSV file has no sheets (sheet %s was asked)", file, sheet);
    }

    /**
     * Reads a table from a reader, which is read to its end and not closed.
     *
     * @param reader the text
     * @param source a name for messages (a file name, "stdin", ...)
     * @return the table
     * @throws IOException when reading fails
     */
    public static CsvTable read(Reader reader, String source) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        for (int r; (r = reader.read(buf)) >= 0;) {
            sb.append(buf, 0, r);
        }
        return parse(sb.toString(), source);
    }

    /**
     * Parses a table held in a string.
     *
     * @param text the content
     * @param source a name for messages
     * @return the table
     */
    public static CsvTable parse(String text, String source) {
        return of(CsvRecords.parse(text, source), false);
    }

    /**
     * Builds a table from rows of a text file or of a sheet, with the same checks: a header with
     * at least one column label, none blank or repeated; rows as wide as the header (a sheet's
     * row may stop early: a spreadsheet does not store trailing empty cells); row labels neither
     * blank nor repeated. Messages name the line, or the sheet's cell.
     *
     * @param records the rows
     * @param square whether to refuse a row beyond the column count as soon as it arrives
     * @return the table
     */
    static CsvTable of(TableRows records, boolean square) {
        String source = records.source();
        boolean isSheet = records instanceof SheetSource;
        TableRows.Row header = records.next();
        if (header == null) {
            throw Messages.invalid("%s: empty sheet (no header row)", source);
        }
        int width = header.values().length;
        Messages.require(width >= 2, "%s %s %d: the header has no column label%s", source, records.lineWord(),
                header.line(), isSheet ? "" : " (labels are separated by a comma, semicolon or tab)");
        List<String> columnLabels = columnLabels(header, records);
        List<String[]> rows = new ArrayList<>();
        List<Integer> lineList = new ArrayList<>();
        List<String> rowLabelList = new ArrayList<>();
        for (TableRows.Row row; (row = records.next()) != null;) {
            records.requireWidth(row, width);
            if (square && rows.size() == width - 1) {
                throw Messages.invalid("%s (row %s): more rows than the %d column labels: the matrix must be square",
                        records.place(row.line(), 0), Messages.token(row.values()[0]), width - 1);
            }
            rowLabelList.add(row.values()[0]);
            String[] cells = Arrays.copyOfRange(row.values(), 1, width);
            for (int c = row.values().length - 1; c < cells.length; c++) {
                cells[c] = ""; // a sheet's row that stops early
            }
            rows.add(cells);
            lineList.add(row.line());
        }
        int[] lines = lineList.stream().mapToInt(Integer::intValue).toArray();
        List<String> rowLabels = labels(rowLabelList, "row", i -> isSheet ? records.place(lines[i], 0) : source);
        String sheet = isSheet ? ((SheetSource) records).sheet() : null;
        return new CsvTable(source, sheet, records.delimiter(), header.values()[0], columnLabels, rowLabels,
                rows.toArray(new String[0][]), lines, List.copyOf(records.comments()));
    }

    /**
     * The column labels of a header record, checked (none blank, none repeated).
     *
     * @param header the header record
     * @param records its source, for messages
     * @return the labels after the corner cell
     */
    static List<String> columnLabels(TableRows.Row header, TableRows records) {
        String[] v = header.values();
        boolean isSheet = records instanceof SheetSource;
        String at = records.source() + " line " + header.line();
        return labels(Arrays.asList(v).subList(1, v.length), "column",
                i -> isSheet ? records.place(header.line(), i + 1) : at);
    }

    private static List<String> labels(List<String> raw, String what, java.util.function.IntFunction<String> where) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            String label = raw.get(i);
            String at = where.apply(i);
            Messages.require(!label.isEmpty(), "%s: blank %s label at %s position %d", at, what, what, i + 1);
            Integer before = seen.put(label, i);
            Messages.require(before == null, "%s: duplicate %s label '%s' (positions %d and %d)", at, what,
                    Messages.token(label), before == null ? 0 : before + 1, i + 1);
        }
        return List.copyOf(raw);
    }

    /**
     * A location for messages, e.g. {@code m.csv line 4, row B, column C}: one format for every
     * reader.
     *
     * @param source the file
     * @param line the physical line the row starts on
     * @param rowLabel the row's label
     * @param columnLabel the column's label
     * @return the text
     */
    static String where(String source, int line, String rowLabel, String columnLabel) {
        return source + " line " + line + ", row " + Messages.token(rowLabel) + ", column "
                + Messages.token(columnLabel);
    }

    /**
     * @return the name used in messages (the file name, or what the caller passed; for a sheet,
     *     the file and the sheet: {@code m.xlsx sheet 'MDI'})
     */
    public String source() {
        return source;
    }

    /**
     * @return the worksheet's name for a table read from a workbook, {@code null} for a text file
     */
    public String sheet() {
        return sheet;
    }

    /** @return the detected delimiter: {@code ','}, {@code ';'} or {@code '\t'} ({@code ','} for a sheet) */
    public char delimiter() {
        return delimiter;
    }

    /** @return the first header cell (often blank) */
    public String corner() {
        return corner;
    }

    /** @return the header labels after the first cell, unmodifiable */
    public List<String> columnLabels() {
        return columnLabels;
    }

    /** @return the first cell of every data row, unmodifiable */
    public List<String> rowLabels() {
        return rowLabels;
    }

    /** @return the number of data rows */
    public int rows() {
        return cells.length;
    }

    /** @return the number of data columns (header cells minus the corner) */
    public int columns() {
        return columnLabels.size();
    }

    /**
     * @param row data row, 0-based
     * @param column data column, 0-based (the row label is not a column)
     * @return the trimmed cell text, empty when blank
     */
    public String cell(int row, int column) {
        return cells[row][column];
    }

    /**
     * @param row data row, 0-based
     * @return its 1-based line number in the file (row number in a sheet)
     */
    public int line(int row) {
        return lines[row];
    }

    /**
     * A location for messages, e.g. {@code m.csv line 4, row B, column C}.
     *
     * @param row data row, 0-based
     * @param column data column, 0-based
     * @return the text
     */
    public String where(int row, int column) {
        if (sheet != null) {
            return String.format("%s cell %s, row %s, column %s", source, SheetRow.reference(lines[row], column + 1),
                    Messages.token(rowLabels.get(row)), Messages.token(columnLabels.get(column)));
        }
        return where(source, lines[row], rowLabels.get(row), columnLabels.get(column));
    }

    /**
     * A row location for messages: {@code m.csv line 4} or {@code m.xlsx sheet 'S' row 4}.
     *
     * @param row data row, 0-based
     * @return the text
     */
    public String rowWhere(int row) {
        return String.format("%s %s %d", source, sheet != null ? "row" : "line", lines[row]);
    }

    /** @return the text of the non-blank comment lines (without the {@code #}), in file order */
    public List<String> comments() {
        return comments;
    }

    /** Reads and checks one cell of a square table. */
    @FunctionalInterface
    public interface CellReader {
        /**
         * @param row data row, 0-based
         * @param column data column, 0-based
         * @return the value
         * @throws InvalidInputException naming the cell when it is refused
         */
        double read(int row, int column);
    }

    /**
     * Checks that the row labels equal the column labels in the same order (a square labelled
     * matrix).
     *
     * @throws InvalidInputException naming the first mismatch
     */
    public void requireSquare() {
        Messages.require(rows() == columns(), "%s: %d rows but %d columns: the matrix must be square",
                source, rows(), columns());
        for (int i = 0; i < rows(); i++) {
            Messages.require(rowLabels.get(i).equals(columnLabels.get(i)),
                    "%s: row %d is labelled '%s' but column %d is '%s': rows and columns must list the same variables"
                            + " in the same order",
                    rowWhere(i), i + 1, Messages.token(rowLabels.get(i)), i + 1, Messages.token(columnLabels.get(i)));
        }
    }

    /**
     * Reads the cells of a square labelled table (rows and columns list the same ids in order).
     *
     * @param reader reads and checks one cell
     * @return n x n values
     * @throws InvalidInputException when the table is not square or a cell is refused
     */
    public double[][] squareCells(CellReader reader) {
        requireSquare();
        int n = rows();
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                v[i][j] = reader.read(i, j);
            }
        }
        return v;
    }

    /**
     * Whether a cell text is a number in the strict syntax, with a decimal comma accepted when the
     * delimiter is not a comma.
     *
     * @param text the cell text, trimmed
     * @return the number, or NaN when the text is not a number
     */
    public double number(String text) {
        return CellNumbers.tryParse(text, delimiter != ',');
    }

    /**
     * Parses a cell that must be a finite non-negative number.
     *
     * @param row data row, 0-based
     * @param column data column, 0-based
     * @param expected what the format expects, for the message (e.g. "a non-negative number")
     * @return the value
     * @throws InvalidInputException naming the cell when it is blank, not a number, negative or infinite
     */
    public double nonNegative(int row, int column, String expected) {
        String text = cell(row, column);
        double v = text.isEmpty() ? Double.NaN : number(text);
        if (v >= 0 && v < Double.POSITIVE_INFINITY) {
            return v; // the location is formatted only for a refused cell
        }
        String where = where(row, column);
        Messages.require(!text.isEmpty(), "%s: blank cell, expected %s", where, expected);
        Messages.require(!Double.isNaN(v), "%s: '%s' is not a number, expected %s", where, Messages.token(text),
                expected);
        Messages.require(Double.isFinite(v), "%s: '%s' is out of the double range", where, Messages.token(text));
        throw Messages.invalid("%s: negative value %s, expected %s", where, text, expected);
    }
}
