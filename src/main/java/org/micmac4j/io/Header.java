package org.micmac4j.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.micmac4j.InvalidInputException;
import org.micmac4j.internal.Messages;

/**
 * The header row of a list file whose columns are found by name, in any order and any case (a
 * variables list {@code id,name,group,description}, hypotheses {@code variable_id,variant,title},
 * a long panel {@code expert,from,to,score}, weights {@code expert,weight}). One place for the
 * rules: a column the reader needs is missing, or appears twice, is refused naming the file, the
 * line and the columns found; columns the reader does not use are ignored.
 *
 * <pre>{@code
 * TableRows rows = CsvRecords.read(Path.of("weights.csv"));
 * Header h = Header.read(rows, "expert,weight");
 * int expert = h.column("expert");
 * int weight = h.column("weight");
 * for (TableRows.Row r; (r = rows.next()) != null;) {
 *     use(r.get(expert), r.get(weight));
 * }
 * }</pre>
 */
public final class Header {
    private final String where;
    private final String expected;
    private final String[] names;
    private final int line;

    private Header(String where, String expected, String[] names, int line) {
        this.where = where;
        this.expected = expected;
        this.names = names;
        this.line = line;
    }

    /**
     * Reads the first row of a source as its header.
     *
     * @param rows the source, positioned at its start
     * @param expected the columns the format expects, for messages (e.g. {@code expert,weight})
     * @return the header
     * @throws InvalidInputException when the source has no row
     */
    public static Header read(TableRows rows, String expected) {
        TableRows.Row head = rows.next();
        if (head == null) {
            throw Messages.invalid("%s: empty %s (no header row; expected %s)", rows.source(),
                    rows.lineWord().equals("row") ? "sheet" : "file", expected);
        }
        String[] names = new String[head.values().length];
        for (int i = 0; i < names.length; i++) {
            names[i] = head.values()[i].strip().toLowerCase(Locale.ROOT);
        }
        return new Header(rows.source() + " " + rows.lineWord() + " " + head.line(), expected, names, head.line());
    }

    /**
     * The 0-based index of a column the format requires.
     *
     * @param name the column's name
     * @param synonyms other names accepted for it (e.g. {@code nom} for {@code name})
     * @return its index
     * @throws InvalidInputException when no column has the name or a synonym, or when two do
     */
    public int column(String name, String... synonyms) {
        int c = optionalColumn(name, synonyms);
        if (c < 0) {
            throw Messages.invalid("%s: missing column '%s' in the header (expected %s; found %s)", where, name,
                    expected, found());
        }
        return c;
    }

    /**
     * The 0-based index of a column the format allows, or -1.
     *
     * @param name the column's name
     * @param synonyms other names accepted for it
     * @return its index, or -1 when absent
     * @throws InvalidInputException when two columns have the name or its synonyms
     */
    public int optionalColumn(String name, String... synonyms) {
        List<String> accepted = new ArrayList<>();
        accepted.add(name.toLowerCase(Locale.ROOT));
        for (String s : synonyms) {
            accepted.add(s.toLowerCase(Locale.ROOT));
        }
        int found = -1;
        for (int i = 0; i < names.length; i++) {
            if (accepted.contains(names[i])) {
                if (found >= 0) {
                    throw Messages.invalid("%s: the header has two '%s' columns (%d, '%s', and %d, '%s'): keep one",
                            where, name, found + 1, Messages.token(names[found]), i + 1, Messages.token(names[i]));
                }
                found = i;
            }
        }
        return found;
    }

    /** @return the number of header cells */
    public int width() {
        return names.length;
    }

    /** @return the header's line (or sheet row) */
    public int line() {
        return line;
    }

    /** @return the header's place in messages, e.g. {@code h.csv line 1} */
    public String where() {
        return where;
    }

    /** The header as found, cut after a few columns so that a wide header makes a short message. */
    private String found() {
        if (names.length == 0) {
            return "nothing";
        }
        int shown = Math.min(names.length, 8);
        String all = String.join(",", Arrays.stream(names, 0, shown).map(Messages::token).toList());
        return shown < names.length ? all + ",… (" + names.length + " columns)" : all;
    }
}
