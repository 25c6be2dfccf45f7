package org.micmac4j.cib.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.micmac4j.InvalidInputException;
import org.micmac4j.cib.FeasibilityConstraints;
import org.micmac4j.cib.FeasibilityConstraints.Kind;
import org.micmac4j.cib.FeasibilityConstraints.Rule;
import org.micmac4j.internal.Messages;
import org.micmac4j.io.CsvRecords;
import org.micmac4j.io.TableRows;

/**
 * A feasibility-constraints file ({@code micmac cib --constraints FILE}): one rule a line, as text
 * or as CSV fields, {@code #} comment lines, no header.
 *
 * <pre>
 * # what cannot happen together
 * A:a1 implies B:b2
 * A:a1 excludes B:b3
 * C allows c1 c2
 * "Big data:H1",excludes,CONSO:H2        (CSV fields: one token each, so ids may hold blanks)
 * </pre>
 *
 * <p>A line of one field is split at blanks; a line of several fields (comma, semicolon or tab,
 * as every reader, {@link CsvRecords}) takes each field as one token. {@code DESCRIPTOR:variant}
 * splits at its first colon, as the matrix labels. Keywords are case-insensitive. Faults name the
 * file and line; ids are checked when the constraints meet a matrix ({@link
 * org.micmac4j.cib.Cib#withConstraints}), again naming the line.
 */
public final class ConstraintsFile {
    private static final String FORMS = "A:a1 implies B:b2, A:a1 excludes B:b3 or C allows c1 c2";

    private ConstraintsFile() {
    }

    /**
     * @param file the file (UTF-8)
     * @return its rules
     * @throws IOException when it cannot be read
     * @throws InvalidInputException naming the file and line of a malformed rule, or when it has no rule
     */
    public static FeasibilityConstraints read(Path file) throws IOException {
        CsvRecords records;
        try {
            records = CsvRecords.read(file);
        } catch (InvalidInputException e) {
            throw emptyOr(e, file.toString());
        }
        return of(records);
    }

    /**
     * @param text the content
     * @param source a name for messages
     * @return its rules
     * @throws InvalidInputException naming the line of a malformed rule, or when there is no rule
     */
    public static FeasibilityConstraints parse(String text, String source) {
        CsvRecords records;
        try {
            records = CsvRecords.parse(text, source);
        } catch (InvalidInputException e) {
            throw emptyOr(e, source);
        }
        return of(records);
    }

    /** The readers' "empty file (no header row)" reads here as "no rule": this format has no header. */
    private static InvalidInputException emptyOr(InvalidInputException e, String source) {
        if (e.getMessage().endsWith("empty file (no header row)")) {
            return new InvalidInputException(source + ": no rule (one rule a line: " + FORMS + ")", e);
        }
        return e;
    }

    private static FeasibilityConstraints of(TableRows rows) {
        List<Rule> rules = new ArrayList<>();
        TableRows.Row r;
        try {
            r = rows.next();
        } catch (InvalidInputException e) {
            throw emptyOr(e, rows.source());
        }
        for (; r != null; r = rows.next()) {
            String origin = rows.source() + " line " + r.line();
            List<String> tokens = new ArrayList<>();
            String[] fields = r.values();
            if (fields.length == 1) {
                tokens.addAll(Arrays.asList(fields[0].strip().split("\\s+")));
            } else {
                for (String f : fields) {
                    if (!f.isBlank()) {
                        tokens.add(f.strip());
                    }
                }
            }
            rules.add(rule(tokens, origin));
        }
        return FeasibilityConstraints.of(rules);
    }

    private static Rule rule(List<String> t, String origin) {
        Messages.require(t.size() >= 3, "%s: expected a rule (%s), got '%s'", origin, FORMS,
                Messages.token(String.join(" ", t)));
        String keyword = t.get(1).toLowerCase(Locale.ROOT);
        try {
            switch (keyword) {
                case "implies", "excludes" -> {
                    Messages.require(t.size() == 3, "%s: '%s' takes one DESCRIPTOR:variant on each side, got %d words",
                            origin, keyword, t.size());
                    String[] left = split(t.get(0), origin);
                    String[] right = split(t.get(2), origin);
                    return new Rule(keyword.equals("implies") ? Kind.IMPLIES : Kind.EXCLUDES, left[0], List.of(left[1]),
                            right[0], right[1], origin);
                }
                case "allows" -> {
                    Messages.require(t.get(0).indexOf(':') < 0, "%s: 'allows' takes a descriptor, then its variants "
                            + "(C allows c1 c2), got '%s'", origin, Messages.token(t.get(0)));
                    return new Rule(Kind.ALLOWS, t.get(0), t.subList(2, t.size()), null, null, origin);
                }
                default -> throw Messages.invalid("%s: unknown relation '%s' (expected implies, excludes or allows)",
                        origin, Messages.token(t.get(1)));
            }
        } catch (InvalidInputException e) {
            throw e.getMessage().startsWith(origin) ? e : new InvalidInputException(origin + ": " + e.getMessage(), e);
        }
    }

    private static String[] split(String label, String origin) {
        int colon = label.indexOf(':');
        Messages.require(colon > 0 && colon < label.length() - 1, "%s: expected DESCRIPTOR:variant, got '%s'", origin,
                Messages.token(label));
        return new String[] {label.substring(0, colon).strip(), label.substring(colon + 1).strip()};
    }

    /**
     * @param constraints rules
     * @return the text of a constraints file holding them, one rule a line
     */
    public static String format(FeasibilityConstraints constraints) {
        StringBuilder b = new StringBuilder();
        constraints.rules().forEach(r -> b.append(r).append('\n'));
        return b.toString();
    }
}
