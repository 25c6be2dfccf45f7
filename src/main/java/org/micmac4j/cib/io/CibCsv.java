package org.micmac4j.cib.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.micmac4j.InvalidInputException;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.internal.Messages;
import org.micmac4j.io.AtomicFile;
import org.micmac4j.io.CsvTable;
import org.micmac4j.io.Sheet;
import org.micmac4j.scenario.Descriptor;
import org.micmac4j.scenario.ScenarioSpace;
import org.micmac4j.scenario.Variant;

/**
 * A cross-impact matrix as CSV: a header row and a first column of {@code DESCRIPTOR:variant}
 * labels, in the same order, the variants of a descriptor next to each other; row = impacting
 * variant, column = impacted variant; integer cells. A blank cell reads as 0 (ScenarioWizard
 * leaves own-descriptor blocks and "no impact" cells empty).
 *
 * <pre>{@code
 * impacting\impacted,A:A1,A:A2,B:B1,B:B2
 * A:A1,0,0,2,-2
 * ...
 * }</pre>
 * Delimiter, BOM, quoting and comments as {@link CsvTable}. Errors name the file, line, row and
 * column.
 */
public final class CibCsv {
    private CibCsv() {
    }

    /**
     * @param file the CSV file (UTF-8)
     * @return the matrix
     * @throws IOException when the file cannot be read
     * @throws InvalidInputException when its content is not a CIB matrix
     */
    public static CibMatrix read(Path file) throws IOException {
        return fromTable(CsvTable.readSquare(file, Sheet.FIRST));
    }

    /**
     * @param text the CSV text
     * @param source a name for messages
     * @return the matrix
     * @throws InvalidInputException when the text is not a CIB matrix
     */
    public static CibMatrix parse(String text, String source) {
        return fromTable(CsvTable.parse(text, source));
    }

    /**
     * @param t a table read by {@link CsvTable} (from a CSV file or a workbook's sheet)
     * @return the matrix
     * @throws InvalidInputException when the table is not a CIB matrix (naming the file and cell)
     */
    public static CibMatrix fromTable(CsvTable t) {
        List<String> labels = t.columnLabels();
        Messages.require(labels.equals(t.rowLabels()),
                "%s: the row labels must be the column labels in the same order (rows %s, columns %s)", t.source(),
                t.rowLabels(), labels);
        Map<String, List<Variant>> descriptors = new LinkedHashMap<>();
        String previous = null;
        for (int c = 0; c < labels.size(); c++) {
            String label = labels.get(c);
            int colon = label.indexOf(':');
            if (colon <= 0 || colon == label.length() - 1) {
                throw Messages.invalid("%s: column %d label '%s' is not DESCRIPTOR:variant", t.source(), c + 2,
                        Messages.token(label));
            }
            String d = label.substring(0, colon).strip();
            String v = label.substring(colon + 1).strip();
            if (!d.equals(previous) && descriptors.containsKey(d)) {
                throw Messages.invalid("%s: the variants of descriptor %s are not next to each other (column %d, %s)",
                        t.source(), d, c + 2, label);
            }
            previous = d;
            descriptors.computeIfAbsent(d, x -> new ArrayList<>()).add(Variant.of(v));
        }
        List<Descriptor> ds = new ArrayList<>();
        descriptors.forEach((id, vs) -> ds.add(Descriptor.of(id, vs)));
        ScenarioSpace space;
        try {
            space = ScenarioSpace.of(ds);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(t.source() + ": " + e.getMessage(), e);
        }
        int n = labels.size();
        int[][] cells = new int[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                String s = t.cell(r, c);
                if (s.isEmpty()) {
                    continue;
                }
                try {
                    cells[r][c] = Integer.parseInt(s.startsWith("+") ? s.substring(1) : s);
                } catch (NumberFormatException e) {
                    throw Messages.invalid("%s: '%s' is not an integer", t.where(r, c), Messages.token(s));
                }
            }
        }
        try {
            return CibMatrix.of(space, cells);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(t.source() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the matrix in the layout {@link #read(Path)} reads.
     *
     * @param m the matrix
     * @param out where to write (not closed)
     * @throws IOException when writing fails
     */
    public static void write(CibMatrix m, Writer out) throws IOException {
        ScenarioSpace s = m.space();
        StringBuilder b = new StringBuilder("impacting\\impacted");
        for (int c = 0; c < m.size(); c++) {
            b.append(',').append(quote(s.label(c)));
        }
        b.append('\n');
        for (int r = 0; r < m.size(); r++) {
            b.append(quote(s.label(r)));
            for (int c = 0; c < m.size(); c++) {
                b.append(',').append(m.cell(r, c));
            }
            b.append('\n');
        }
        out.write(b.toString());
    }

    /**
     * @param m the matrix
     * @param file the file to write (UTF-8, replaced whole or not at all: {@link AtomicFile})
     * @throws IOException when writing fails
     */
    public static void write(CibMatrix m, Path file) throws IOException {
        StringWriter text = new StringWriter();
        write(m, text);
        AtomicFile.writeString(file, text.toString());
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
