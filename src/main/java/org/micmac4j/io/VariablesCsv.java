package org.micmac4j.io;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.micmac4j.InvalidInputException;
import org.micmac4j.Variable;
import org.micmac4j.internal.Messages;

/**
 * Reads a variables file: a CSV with a header naming its columns, one variable per row. Columns
 * (case-insensitive): {@code id} (required), {@code name}, {@code group} (or {@code block}),
 * {@code description}; other columns are ignored. A blank name reads as the id. Delimiter, BOM and
 * comment lines as in {@link CsvTable}. An Excel workbook ({@code .xlsx}) holds the same columns on
 * one sheet; its messages name the sheet and row.
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
     * @param file the file (UTF-8), or an Excel workbook whose first sheet lists the variables
     * @return the variables in file order
     * @throws IOException when it cannot be read
     * @throws InvalidInputException naming the line at fault (missing id column, blank or
     *     duplicate id, empty file)
     */
    public static List<Variable> read(Path file) throws IOException {
        return read(file, Sheet.FIRST);
    }

    /**
     * @param file the file (UTF-8), or an Excel workbook
     * @param sheet the workbook's sheet that lists the variables (a CSV file has only the first)
     * @return the variables in file order
     * @throws IOException when it cannot be read
     * @throws InvalidInputException naming the line (or sheet and row) at fault
     * @throws UnsupportedOperationException for a workbook when Apache POI is not on the class path
     */
    public static List<Variable> read(Path file, Sheet sheet) throws IOException {
        if (XlsxTables.isWorkbook(file)) {
            List<Record> records = new ArrayList<>();
            String sheetName = null;
            for (SheetRow r : XlsxTables.rows(file, sheet)) {
                if (!r.cell(0).startsWith("#")) {
                    records.add(new Record(String.format("sheet '%s' row %d", r.sheet(), r.number()), r.cells()));
                }
                sheetName = r.sheet();
            }
            String at = sheetName == null ? file.toString() : file + " sheet '" + sheetName + "'";
            Messages.require(!records.isEmpty(), "%s: empty sheet (no header row)", at);
            return fromRecords(records, file.toString());
        }
        Messages.require(sheet.isFirst(), "%s: a CSV file has no sheets (sheet %s was asked)", file, sheet);
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * @param text the content
     * @param source a name for messages
     * @return the variables in order
     */
    public static List<Variable> parse(String text, String source) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String header = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).findFirst()
                .orElseThrow(() -> Messages.invalid("%s: empty file (no header row)", source));
        char delimiter = header.indexOf('\t') >= 0 ? '\t' : header.indexOf(';') >= 0 ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setCommentMarker('#')
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<Record> records = new ArrayList<>();
            for (CSVRecord r : parser.getRecords()) {
                List<String> cells = new ArrayList<>();
                r.forEach(v -> cells.add(v == null ? "" : v.strip()));
                records.add(new Record("record " + r.getRecordNumber(), cells));
            }
            return fromRecords(records, source);
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new InvalidInputException(source + ": cannot read the variables: " + e.getMessage(), e);
        }
    }

    /** One record with its location for messages ("record 3", "sheet 'V' row 3"). */
    private record Record(String where, List<String> cells) {
        String get(Integer column) {
            return column == null || column >= cells.size() ? "" : cells.get(column);
        }
    }

    private static List<Variable> fromRecords(List<Record> records, String source) {
        Record head = records.get(0);
        Map<String, Integer> column = new HashMap<>();
        for (int c = 0; c < head.cells().size(); c++) {
            column.putIfAbsent(head.cells().get(c).toLowerCase(Locale.ROOT), c);
        }
        Integer id = column.get("id");
        Messages.require(id != null, "%s %s: no 'id' column in the header", source, head.where());
        Integer name = column.get("name");
        Integer group = column.containsKey("group") ? column.get("group") : column.get("block");
        Integer description = column.get("description");
        List<Variable> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Record r : records.subList(1, records.size())) {
            String i = r.get(id);
            Messages.require(!i.isEmpty(), "%s %s: blank id", source, r.where());
            String before = seen.put(i, r.where());
            Messages.require(before == null, "%s %s: duplicate id '%s' (first in %s)", source, r.where(), i, before);
            String nm = r.get(name);
            out.add(Variable.of(i, nm.isEmpty() ? i : nm).withGroup(r.get(group)).withDescription(r.get(description)));
        }
        Messages.require(!out.isEmpty(), "%s: no variable listed", source);
        return out;
    }
}
