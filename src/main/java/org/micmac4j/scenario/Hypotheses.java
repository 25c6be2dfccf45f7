package org.micmac4j.scenario;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.micmac4j.InvalidInputException;
import org.micmac4j.Variable;
import org.micmac4j.internal.Messages;

/**
 * The hypotheses of a study: for each variable, the variants (hypotheses, micro-scenarios) of its
 * future, read from a file {@code variable_id,variant,title}; joined with a list of variables
 * (e.g. the key variables of a MICMAC analysis, {@link KeyVariables}) it gives the
 * {@link ScenarioSpace} of CIB and morphological analysis.
 *
 * <pre>
 * variable_id,variant,title
 * CLIMAT,H1,Industries adapt without real benefits
 * CLIMAT,H2,Restrictive measures nobody anticipated
 * </pre>
 *
 * <p>Columns are found by name (case-insensitive); other columns are ignored. A variable's rows
 * give its variants in file order; they need not be adjacent. Delimiter (comma, semicolon, tab),
 * BOM and {@code #} comment lines as in the other readers. Immutable.
 */
public final class Hypotheses {
    private final String source;
    private final Map<String, List<Variant>> byVariable;

    private Hypotheses(String source, Map<String, List<Variant>> byVariable) {
        this.source = source;
        this.byVariable = byVariable;
    }

    /**
     * @param file the hypotheses file (UTF-8)
     * @return the hypotheses
     * @throws IOException when it cannot be read
     * @throws InvalidInputException naming the file and record at fault
     */
    public static Hypotheses read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * @param text the content
     * @param source a name for messages
     * @return the hypotheses
     * @throws InvalidInputException naming the record at fault: a missing column, a blank id or
     *     title, a variant listed twice for one variable, no row at all
     */
    public static Hypotheses parse(String text, String source) {
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
            int id = required(column, "variable_id", source);
            int variant = required(column, "variant", source);
            int title = required(column, "title", source);
            Map<String, List<Variant>> by = new LinkedHashMap<>();
            for (CSVRecord r : records.subList(1, records.size())) {
                long rec = r.getRecordNumber();
                String v = get(r, id);
                String h = get(r, variant);
                String t = get(r, title);
                Messages.require(!v.isEmpty(), "%s record %d: blank variable_id", source, rec);
                Messages.require(!h.isEmpty(), "%s record %d: blank variant for variable %s", source, rec, v);
                Messages.require(!t.isEmpty(), "%s record %d: blank title for %s %s (leave out hypotheses that have "
                        + "no title)", source, rec, v, h);
                List<Variant> list = by.computeIfAbsent(v, k -> new ArrayList<>());
                for (Variant before : list) {
                    Messages.require(!before.id().equals(h), "%s record %d: variable %s lists variant %s twice", source,
                            rec, v, h);
                }
                list.add(Variant.of(h, t));
            }
            Messages.require(!by.isEmpty(), "%s: no hypothesis listed", source);
            by.replaceAll((k, l) -> List.copyOf(l));
            return new Hypotheses(source, by);
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            throw new InvalidInputException(source + ": cannot read the hypotheses: " + e.getMessage(), e);
        }
    }

    private static int required(Map<String, Integer> column, String name, String source) {
        Integer c = column.get(name);
        if (c == null) {
            throw Messages.invalid("%s record 1: no '%s' column in the header (expected variable_id,variant,title)",
                    source, name);
        }
        return c;
    }

    private static String get(CSVRecord r, int column) {
        return column >= r.size() ? "" : r.get(column).strip();
    }

    /** @return where the hypotheses were read from */
    public String source() {
        return source;
    }

    /** @return the ids of the variables that have hypotheses, in file order */
    public Set<String> variableIds() {
        return java.util.Collections.unmodifiableSet(byVariable.keySet());
    }

    /**
     * @param variableId a variable id
     * @return whether the file gives hypotheses for it
     */
    public boolean has(String variableId) {
        return byVariable.containsKey(variableId);
    }

    /**
     * @param variableId a variable id
     * @return its hypotheses in file order
     * @throws InvalidInputException when the file has none for it
     */
    public List<Variant> variants(String variableId) {
        List<Variant> v = byVariable.get(variableId);
        if (v == null) {
            throw Messages.invalid("%s: no hypotheses for variable %s", source, variableId);
        }
        return v;
    }

    /**
     * Joins variables with their hypotheses: one descriptor per variable (its id, name and group),
     * its variants the variable's hypotheses.
     *
     * @param variables the variables, in the descriptor order wanted
     * @return the scenario space
     * @throws InvalidInputException listing every variable without hypotheses
     */
    public ScenarioSpace descriptors(List<Variable> variables) {
        Messages.require(variables != null && !variables.isEmpty(), "no variable to build descriptors from");
        List<String> missing = variables.stream().map(Variable::id).filter(i -> !has(i)).toList();
        if (!missing.isEmpty()) {
            throw Messages.invalid("%s: no hypotheses for variable%s %s (give them hypotheses or leave them out)",
                    source, missing.size() == 1 ? "" : "s", String.join(", ", missing));
        }
        List<Descriptor> ds = new ArrayList<>();
        for (Variable v : variables) {
            ds.add(Descriptor.of(v.id(), v.name(), byVariable.get(v.id())).withGroup(v.group().orElse(null)));
        }
        return ScenarioSpace.of(ds);
    }

    @Override
    public String toString() {
        return "Hypotheses[" + source + ", " + byVariable.size() + " variables]";
    }
}
