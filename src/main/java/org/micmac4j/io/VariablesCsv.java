package org.micmac4j.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.micmac4j.InvalidInputException;
import org.micmac4j.Variable;
import org.micmac4j.internal.Messages;

/**
 * Reads a variables file: a CSV with a header naming its columns, one variable per row. Columns
 * (case-insensitive): {@code id} (required), {@code name}, {@code group} (or {@code block}),
 * {@code description}; other columns are ignored. A blank name reads as the id. Delimiter, BOM and
 * comment lines as in {@link CsvTable}. An Excel workbook ({@code .xlsx}) holds the same columns on
 * a sheet ({@link #read(Path, Sheet)}); its messages name the sheet and row.
 *
 * <pre>
 * id,name,group,description
 * CLIMAT,Climate change,Regulatory and environmental change,"Warming, adaptation"
 * </pre>
 */
public final class VariablesCsv {
    private VariablesCsv() {
    }

    /**
     * @param file the file (UTF-8)
     * @return the variables in file order
     * @throws IOException when it cannot be read
     * @throws InvalidInputException naming the line at fault (missing id column, blank or
     *     duplicate id, empty file, text that is not UTF-8)
     */
    public static List<Variable> read(Path file) throws IOException {
        return read(file, Sheet.FIRST);
    }

    /**
     * @param file the file (UTF-8), or an Excel workbook ({@code .xlsx}) with the same columns on a sheet
     * @param sheet the workbook's sheet that lists the variables (a CSV file has only the first)
     * @return the variables in file order
     * @throws IOException when it cannot be read
     * @throws InvalidInputException naming the line (or sheet and row) at fault
     * @throws UnsupportedOperationException for a workbook when Apache POI is not on the class path
     */
    public static List<Variable> read(Path file, Sheet sheet) throws IOException {
        if (XlsxTables.isWorkbook(file)) {
            List<SheetRow> rows = new ArrayList<>();
            for (SheetRow r : XlsxTables.rows(file, sheet)) {
                if (!r.cell(0).startsWith("#")) {
                    rows.add(r);
                }
            }
            String source = rows.isEmpty() ? file.toString() : file + " sheet '" + rows.get(0).sheet() + "'";
            Messages.require(!rows.isEmpty(), "%s: empty sheet (no header row)", source);
            java.util.Iterator<SheetRow> it = rows.iterator();
            return fromRecords(source, "row", () -> it.hasNext() ? sheetRow(it.next()) : null);
        }
        CsvTable.requireCsvSheet(file, sheet);
        return fromRecords(CsvRecords.read(file));
    }

    private static TableRows.Row sheetRow(SheetRow r) {
        return new TableRows.Row(r.cells().toArray(new String[0]), r.number());
    }

    /**
     * @param text the content
     * @param source a name for messages
     * @return the variables in order
     */
    public static List<Variable> parse(String text, String source) {
        return fromRecords(CsvRecords.parse(text, source));
    }

    private static List<Variable> fromRecords(CsvRecords records) {
        return fromRecords(records.source(), "line", records::next);
    }

    /** The checks, for records of a text file ("line 3") or rows of a sheet ("row 3"). */
    private static List<Variable> fromRecords(String source, String lineWord,
            java.util.function.Supplier<TableRows.Row> records) {
        TableRows.Row head = records.get();
        Map<String, Integer> column = new HashMap<>();
        for (int c = 0; c < head.values().length; c++) {
            column.putIfAbsent(head.values()[c].toLowerCase(Locale.ROOT), c);
        }
        Integer id = column.get("id");
        Messages.require(id != null, "%s %s %d: no 'id' column in the header", source, lineWord, head.line());
        Integer name = column.get("name");
        Integer group = column.containsKey("group") ? column.get("group") : column.get("block");
        Integer description = column.get("description");
        List<Variable> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (TableRows.Row r; (r = records.get()) != null;) {
            int line = r.line();
            String i = get(r, id);
            Messages.require(!i.isEmpty(), "%s %s %d: blank id", source, lineWord, line);
            Integer before = seen.put(i, line);
            Messages.require(before == null, "%s %s %d: duplicate id '%s' (first on %s %d)", source, lineWord, line, i,
                    lineWord, before);
            String nm = get(r, name);
            out.add(Variable.of(i, nm.isEmpty() ? i : nm).withGroup(get(r, group))
                    .withDescription(get(r, description)));
        }
        Messages.require(!out.isEmpty(), "%s: no variable listed", source);
        return out;
    }

    private static String get(TableRows.Row r, Integer column) {
        return column == null || column >= r.values().length ? "" : r.values()[column];
    }

    /**
     * Writes variables as comma-separated CSV with the columns {@code id,name,group,description},
     * readable by {@link #read(Path)}; fields are quoted as by {@link MatrixCsv#write}.
     *
     * @param variables the variables
     * @param out the writer (not closed)
     * @throws IOException when writing fails
     */
    public static void write(List<Variable> variables, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder("id,name,group,description\n");
        for (Variable v : variables) {
            sb.append(MatrixCsv.quote(v.id())).append(',').append(MatrixCsv.quote(v.name())).append(',')
                    .append(MatrixCsv.quote(v.group().orElse(""))).append(',')
                    .append(MatrixCsv.quote(v.description().orElse(""))).append('\n');
            out.write(sb.toString());
            sb.setLength(0);
        }
        out.write(sb.toString());
    }
}
