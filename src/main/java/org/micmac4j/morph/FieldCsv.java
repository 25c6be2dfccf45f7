package org.micmac4j.morph;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.micmac4j.InvalidInputException;
import org.micmac4j.internal.Messages;
import org.micmac4j.io.CsvTable;
import org.micmac4j.io.Sheet;
import org.micmac4j.scenario.Descriptor;
import org.micmac4j.scenario.ScenarioSpace;
import org.micmac4j.scenario.Variant;

/**
 * Reads a morphological field from a cross-consistency table and, optionally, unary exclusions.
 *
 * <p><b>Cross-consistency table</b> (any {@link CsvTable} layout: comma, semicolon or tab, {@code #}
 * comments): a square table whose row and column labels are the values, {@code PARAMETER=value}
 * (split at the last {@code =}), in the same order, the values of one parameter next to each
 * other. Cells within one parameter are left blank. Every other cell is an integer on the
 * {@link PairScale}: binary 0 (excluded) or 1 (compatible), or ordinal −2..+2. The table may be
 * given in full (then it must be symmetric) or as one triangle (the other cell of each pair blank).
 *
 * <pre>
 * value,A=1,A=2,B=1,B=2
 * A=1,,,1,0
 * A=2,,,1,1
 * B=1,1,1,,
 * B=2,0,1,,
 * </pre>
 *
 * <p><b>Unary exclusions</b>: a header {@code parameter,allowed_values} (or
 * {@code parameter,excluded_values}), then one row per restricted parameter; the values are
 * separated by blanks. Other columns (a clue, a comment) are ignored.
 *
 * <p>Every fault is an {@link InvalidInputException} naming the file, line, row and column.
 */
public final class FieldCsv {
    private FieldCsv() {
    }

    /**
     * @param file a cross-consistency table
     * @param scale the scale of its cells
     * @return the field
     * @throws IOException when the file cannot be read
     * @throws InvalidInputException when it is malformed (the message names file, row and column)
     */
    public static MorphologicalField read(Path file, PairScale scale) throws IOException {
        return fromTable(CsvTable.readSquare(file, Sheet.FIRST), scale);
    }

    /**
     * @param text the content of a cross-consistency table
     * @param source a name for messages
     * @param scale the scale of its cells
     * @return the field
     * @throws InvalidInputException when it is malformed
     */
    public static MorphologicalField parse(String text, String source, PairScale scale) {
        return fromTable(CsvTable.parse(text, source), scale);
    }

    /**
     * @param t a table read by {@link CsvTable}
     * @param scale the scale of its cells
     * @return the field
     * @throws InvalidInputException when it is malformed
     */
    public static MorphologicalField fromTable(CsvTable t, PairScale scale) {
        String src = t.source();
        List<String> labels = t.columnLabels();
        Messages.require(t.rowLabels().equals(labels), "%s: the row labels must be the column labels in the same "
                + "order (the table is square over the values PARAMETER=value)", src);
        Map<String, List<Variant>> params = new LinkedHashMap<>();
        String previous = null;
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            int eq = label.lastIndexOf('=');
            Messages.require(eq > 0 && eq < label.length() - 1, "%s: column %d label '%s' is not PARAMETER=value",
                    src, i + 2, Messages.token(label));
            String p = label.substring(0, eq).strip();
            String v = label.substring(eq + 1).strip();
            Messages.require(p.equals(previous) || !params.containsKey(p), "%s: the values of parameter %s are not "
                    + "next to each other (column %d, %s)", src, p, i + 2, label);
            params.computeIfAbsent(p, k -> new ArrayList<>()).add(Variant.of(v));
            previous = p;
        }
        List<Descriptor> ds = new ArrayList<>();
        params.forEach((p, vs) -> ds.add(Descriptor.of(p, vs)));
        ScenarioSpace space = ScenarioSpace.of(ds);
        int n = labels.size();
        int[] param = new int[n];
        for (int i = 0; i < n; i++) {
            param[i] = space.descriptorOf(i);
        }
        Integer[][] cell = new Integer[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                String s = t.cell(r, c);
                boolean same = param[r] == param[c];
                if (same) {
                    if (!s.isEmpty()) {
                        throw Messages.invalid("%s: values of one parameter cannot be scored as a pair: leave the "
                                + "cell blank (found '%s')", t.where(r, c), Messages.token(s));
                    }
                    continue;
                }
                if (!s.isEmpty()) {
                    cell[r][c] = score(t, r, c, s, scale);
                }
            }
        }
        int[][] scores = new int[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                if (param[r] == param[c]) {
                    continue;
                }
                Integer a = cell[r][c];
                Integer b = cell[c][r];
                if (a == null && b == null) {
                    throw Messages.invalid("%s: no judgement for the pair %s, %s (both cells blank)", t.where(r, c),
                            labels.get(r), labels.get(c));
                }
                if (a != null && b != null && !a.equals(b)) {
                    throw Messages.invalid("%s: %d, but %s has %d: the table is not symmetric", t.where(r, c), a,
                            t.where(c, r), b);
                }
                scores[r][c] = a != null ? a : b;
            }
        }
        return MorphologicalField.of(space, scale, scores);
    }

    private static int score(CsvTable t, int r, int c, String s, PairScale scale) {
        int v;
        try {
            v = Integer.parseInt(s.startsWith("+") ? s.substring(1) : s);
        } catch (NumberFormatException e) {
            throw Messages.invalid("%s: '%s' is not an integer score", t.where(r, c), Messages.token(s));
        }
        if (!scale.contains(v)) {
            throw Messages.invalid("%s: %d is off the %s scale %d..%d%s", t.where(r, c), v,
                    scale.name().toLowerCase(Locale.ROOT), scale.min(), scale.max(),
                    scale == PairScale.BINARY ? " (for ordinal scores -2..+2 use the ordinal scale)" : "");
        }
        return v;
    }

    /**
     * Applies unary exclusions read from a file.
     *
     * @param file the exclusions file
     * @param field the field to restrict
     * @return the restricted field
     * @throws IOException when the file cannot be read
     * @throws InvalidInputException when it is malformed or names an unknown parameter or value
     */
    public static MorphologicalField readExclusions(Path file, MorphologicalField field) throws IOException {
        return exclusions(CsvTable.read(file), field);
    }

    /**
     * @param text the content of an exclusions file
     * @param source a name for messages
     * @param field the field to restrict
     * @return the restricted field
     * @throws InvalidInputException when it is malformed or names an unknown parameter or value
     */
    public static MorphologicalField parseExclusions(String text, String source, MorphologicalField field) {
        return exclusions(CsvTable.parse(text, source), field);
    }

    private static MorphologicalField exclusions(CsvTable t, MorphologicalField field) {
        int allowed = t.columnLabels().indexOf("allowed_values");
        int excluded = t.columnLabels().indexOf("excluded_values");
        Messages.require(t.corner().equals("parameter") && (allowed >= 0) != (excluded >= 0),
                "%s: the header must be parameter,allowed_values or parameter,excluded_values (found %s,%s)",
                t.source(), t.corner(), String.join(",", t.columnLabels()));
        int col = allowed >= 0 ? allowed : excluded;
        ScenarioSpace space = field.space();
        MorphologicalField f = field;
        for (int r = 0; r < t.rows(); r++) {
            String p = t.rowLabels().get(r);
            int d;
            try {
                d = space.indexOf(p);
            } catch (InvalidInputException e) {
                throw Messages.invalid("%s: unknown parameter %s", t.where(r, col), p);
            }
            Descriptor desc = space.descriptor(d);
            String cellText = t.cell(r, col);
            Messages.require(!cellText.isBlank(), "%s: no value given", t.where(r, col));
            boolean[] listed = new boolean[desc.variantCount()];
            for (String v : cellText.strip().split("\\s+")) {
                try {
                    listed[desc.indexOf(v)] = true;
                } catch (InvalidInputException e) {
                    throw Messages.invalid("%s: %s", t.where(r, col), e.getMessage());
                }
            }
            for (int v = 0; v < listed.length; v++) {
                if (listed[v] != (allowed >= 0)) {
                    f = f.withExcluded(p, desc.variant(v).id());
                }
            }
        }
        return f;
    }
}
