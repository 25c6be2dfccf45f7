package org.micmac4j.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.micmac4j.InvalidInputException;
import org.micmac4j.Variable;
import org.micmac4j.internal.Messages;
import org.micmac4j.io.CsvRecords;
import org.micmac4j.io.Header;
import org.micmac4j.io.TableRows;

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
 * give its variants in file order; they need not be adjacent. Read by {@link CsvRecords}:
 * delimiter (comma, semicolon, tab), UTF-8, BOM and {@code #} comment lines as in every reader.
 * Immutable.
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
        return of(CsvRecords.read(file));
    }

    /**
     * @param text the content
     * @param source a name for messages
     * @return the hypotheses
     * @throws InvalidInputException naming the line at fault: a missing column, a blank id or
     *     title, a variant listed twice for one variable, no row at all
     */
    public static Hypotheses parse(String text, String source) {
        return of(CsvRecords.parse(text, source));
    }

    private static Hypotheses of(TableRows records) {
        String source = records.source();
        Header head = Header.read(records, "variable_id,variant,title");
        int id = head.column("variable_id");
        int variant = head.column("variant");
        int title = head.column("title");
        Map<String, List<Variant>> by = new LinkedHashMap<>();
        for (TableRows.Row r; (r = records.next()) != null;) {
            int line = r.line();
            String v = r.get(id);
            String h = r.get(variant);
            String t = r.get(title);
            Messages.require(!v.isEmpty(), "%s line %d: blank variable_id", source, line);
            Messages.require(!h.isEmpty(), "%s line %d: blank variant for variable %s", source, line,
                    Messages.token(v));
            Messages.require(!t.isEmpty(), "%s line %d: blank title for %s %s (leave out hypotheses that have "
                    + "no title)", source, line, Messages.token(v), Messages.token(h));
            List<Variant> list = by.computeIfAbsent(v, k -> new ArrayList<>());
            for (Variant before : list) {
                Messages.require(!before.id().equals(h), "%s line %d: variable %s lists variant %s twice", source,
                        line, Messages.token(v), Messages.token(h));
            }
            try {
                list.add(Variant.of(h, t));
            } catch (InvalidInputException e) {
                throw new InvalidInputException(source + " line " + line + ": " + e.getMessage(), e);
            }
        }
        Messages.require(!by.isEmpty(), "%s: no hypothesis listed", source);
        by.replaceAll((k, l) -> List.copyOf(l));
        return new Hypotheses(source, by);
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
