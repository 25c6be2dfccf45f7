package org.micmac4j.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.micmac4j.InvalidInputException;
import org.micmac4j.Variable;
import org.micmac4j.internal.Messages;

/**
 * Reads a variables file: a CSV with a header naming its columns, one variable per row. Columns
 * (in any order and case; French headers too): {@code id} (or {@code identifiant}, required),
 * {@code name} (or {@code nom}, {@code libellé}, {@code label}), {@code group} (or {@code block},
 * {@code groupe}, {@code bloc}), {@code description}; other columns are ignored, and a column
 * given twice (e.g. {@code group} and {@code bloc}) is refused ({@link Header}). A blank name reads as the id.
 * Delimiter, BOM and comment lines as in {@link CsvTable}. An Excel workbook ({@code .xlsx}) holds the same columns on
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
            return XlsxTables.read(file, sheet, VariablesCsv::fromRecords);
        }
        CsvTable.requireCsvSheet(file, sheet);
        return fromRecords(CsvRecords.read(file));
    }

    /**
     * @param text the content
     * @param source a name for messages
     * @return the variables in order
     */
    public static List<Variable> parse(String text, String source) {
        return fromRecords(CsvRecords.parse(text, source));
    }

    /** The checks, for records of a text file ("line 3") or rows of a sheet ("row 3"). */
    private static List<Variable> fromRecords(TableRows records) {
        String source = records.source();
        String lineWord = records.lineWord();
        Header head = Header.read(records, "id,name,group,description");
        int id = head.column("id", "identifiant");
        int name = head.optionalColumn("name", NAME_SYNONYMS);
        int group = head.optionalColumn("group", GROUP_SYNONYMS);
        int description = head.optionalColumn("description");
        List<Variable> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (TableRows.Row r; (r = records.next()) != null;) {
            int line = r.line();
            String i = r.get(id);
            Messages.require(!i.isEmpty(), "%s %s %d: blank id", source, lineWord, line);
            Integer before = seen.put(i, line);
            Messages.require(before == null, "%s %s %d: duplicate id '%s' (first on %s %d)", source, lineWord, line,
                    Messages.token(i), lineWord, before);
            String nm = r.get(name);
            out.add(Variable.of(i, nm.isEmpty() ? i : nm).withGroup(r.get(group))
                    .withDescription(r.get(description)));
        }
        Messages.require(!out.isEmpty(), "%s: no variable listed", source);
        return out;
    }

    /** Headers accepted for the name column: French ones too, as French studies write them. */
    private static final String[] NAME_SYNONYMS = {"nom", "libellé", "libelle", "label"};
    /** Headers accepted for the group column. */
    private static final String[] GROUP_SYNONYMS = {"block", "groupe", "bloc"};

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
