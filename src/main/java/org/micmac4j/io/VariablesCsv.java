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
 * comment lines as in {@link CsvTable}.
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
     *     duplicate id, empty file)
     */
    public static List<Variable> read(Path file) throws IOException {
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
            List<CSVRecord> records = parser.getRecords();
            CSVRecord head = records.get(0);
            Map<String, Integer> column = new HashMap<>();
            for (int c = 0; c < head.size(); c++) {
                column.putIfAbsent(head.get(c).toLowerCase(Locale.ROOT), c);
            }
            Integer id = column.get("id");
            Messages.require(id != null, "%s record %d: no 'id' column in the header", source,
                    1);
            Integer name = column.get("name");
            Integer group = column.containsKey("group") ? column.get("group") : column.get("block");
            Integer description = column.get("description");
            List<Variable> out = new ArrayList<>();
            Map<String, Long> seen = new HashMap<>();
            for (CSVRecord r : records.subList(1, records.size())) {
                long line = r.getRecordNumber();
                String i = get(r, id);
                Messages.require(!i.isEmpty(), "%s record %d: blank id", source, line);
                Long before = seen.put(i, line);
                Messages.require(before == null, "%s record %d: duplicate id '%s' (first in record %d)", source, line, i,
                        before);
                String nm = get(r, name);
                out.add(Variable.of(i, nm.isEmpty() ? i : nm).withGroup(get(r, group))
                        .withDescription(get(r, description)));
            }
            Messages.require(!out.isEmpty(), "%s: no variable listed", source);
            return out;
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new InvalidInputException(source + ": cannot read the variables: " + e.getMessage(), e);
        }
    }

    private static String get(CSVRecord r, Integer column) {
        return column == null || column >= r.size() ? "" : r.get(column).strip();
    }
}
