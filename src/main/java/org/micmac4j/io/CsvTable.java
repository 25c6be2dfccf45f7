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
import org.micmac4j.internal.CellSource;
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
public final class CsvTable implements CellSource {
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
        if (XlsxTables.isWorkbook(file)) {
            return XlsxTables.read(file, sheet);
        }
        requireCsvSheet(file, sheet);
        return of(CsvRecords.read(file));
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
        return of(CsvRecords.parse(text, source));
    }

    private static CsvTable of(TableRows records) {
        String source = records.source();
        TableRows.Row header = records.next();
        int width = header.values().length;
        Messages.require(width >= 2, "%s line %d: the header has no column label "
                + "(labels are separated by a comma, semicolon or tab)", source, header.line());
        List<String> columnLabels = columnLabels(header, source);
        List<String[]> rows = new ArrayList<>();
        List<Integer> lineList = new ArrayList<>();
        List<String> rowLabelList = new ArrayList<>();
        for (TableRows.Row row; (row = records.next()) != null;) {
            records.requireWidth(row, width);
            rowLabelList.add(row.values()[0]);
            rows.add(Arrays.copyOfRange(row.values(), 1, width));
            lineList.add(row.line());
        }
        List<String> rowLabels = labels(rowLabelList, "row", source, -1);
        int[] lines = lineList.stream().mapToInt(Integer::intValue).toArray();
        return new CsvTable(source, null, records.delimiter(), header.values()[0], columnLabels, rowLabels,
                rows.toArray(new String[0][]), lines, List.copyOf(records.comments()));
    }

    /**
     * The column labels of a header record, checked (none blank, none repeated).
     *
     * @param header the header record
     * @param source the file, for messages
     * @return the labels after the corner cell
     */
    static List<String> columnLabels(TableRows.Row header, String source) {
        String[] v = header.values();
        return labels(Arrays.asList(v).subList(1, v.length), "column", source, header.line());
    }

    private static List<String> labels(List<String> raw, String what, String source, int line) {
        String at = line > 0 ? String.format("%s line %d", source, line) : source;
        return labels(raw, what, i -> at);
    }

    private static List<String> labels(List<String> raw, String what, java.util.function.IntFunction<String> where) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            String label = raw.get(i);
            String at = where.apply(i);
            Messages.require(!label.isEmpty(), "%s: blank %s label at %s position %d", at, what, what, i + 1);
            Integer before = seen.put(label, i);
            Messages.require(before == null, "%s: duplicate %s label '%s' (positions %d and %d)", at, what, label,
                    before == null ? 0 : before + 1, i + 1);
        }
        return List.copyOf(raw);
    }

    /**
     * Builds a table from the rows of a worksheet, with the checks of {@link #parse} and messages
     * that name the sheet and the cell ({@code B7}) instead of the line. The header is the first
     * row; the table starts in column A; rows whose first cell starts with {@code #} are comments;
     * a row shorter than the header reads as blank cells (a spreadsheet does not store trailing
     * empty cells), a value right of the header's last label is a ragged row.
     *
     * @param file the file, for messages
     * @param sheet the sheet's name
     * @param sheetRows the non-empty rows, in sheet order
     * @return the table, whose {@link #source()} names the file and sheet and whose
     *     {@link #delimiter()} is {@code ','} (a text cell may not use a decimal comma: numbers are
     *     number cells)
     */
    static CsvTable fromRows(String file, String sheet, List<SheetRow> sheetRows) {
        String at = String.format("%s sheet '%s'", file, sheet);
        List<String> comments = new ArrayList<>();
        List<SheetRow> rows = new ArrayList<>();
        for (SheetRow r : sheetRows) {
            if (r.cell(0).startsWith("#")) {
                comments.add(r.cell(0).substring(1).strip());
            } else {
                rows.add(r);
            }
        }
        if (rows.isEmpty()) {
            throw Messages.invalid("%s: empty sheet (no header row)", at);
        }
        SheetRow header = rows.get(0);
        int width = header.cells().size();
        Messages.require(width >= 2, "%s row %d: the header has no column label", at, header.number());
        List<String> columnLabels = labels(header.cells().subList(1, width), "column",
                i -> at + " cell " + header.reference(i + 1));
        int n = rows.size() - 1;
        String[][] cells = new String[n][width - 1];
        int[] lines = new int[n];
        List<String> rowLabelList = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            SheetRow row = rows.get(r + 1);
            if (row.cells().size() > width) {
                int beyond = row.cells().size() - 1;
                throw Messages.invalid("%s cell %s (row %s): ragged row: a value right of the header's last column %s",
                        at, row.reference(beyond), row.cell(0), SheetRow.reference(header.number(), width - 1));
            }
            rowLabelList.add(row.cell(0));
            for (int c = 1; c < width; c++) {
                cells[r][c - 1] = row.cell(c);
            }
            lines[r] = row.number();
        }
        List<String> rowLabels = labels(rowLabelList, "row", i -> at + " cell " + rows.get(i + 1).reference(0));
        return new CsvTable(at, sheet, ',', header.cell(0), columnLabels, rowLabels, cells, lines,
                List.copyOf(comments));
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
        return source + " line " + line + ", row " + rowLabel + ", column " + columnLabel;
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
                    rowLabels.get(row), columnLabels.get(column));
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
}
