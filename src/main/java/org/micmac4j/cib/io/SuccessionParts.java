package org.micmac4j.cib.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.micmac4j.InvalidInputException;
import org.micmac4j.cib.Attractor;
import org.micmac4j.cib.Basin;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.SuccessionPart;
import org.micmac4j.internal.Messages;
import org.micmac4j.io.AtomicFile;
import org.micmac4j.scenario.Scenario;

/**
 * Partial results of exact succession basins ({@link SuccessionPart}) as small text files, one
 * per range of starts, to be merged later ({@code micmac cib merge}). A file also holds the matrix
 * (as {@link CibCsv} text), so that a merge can print what {@code micmac cib} prints; its
 * fingerprint must be the part's.
 *
 * <pre>
 * micmac4j succession part 1
 * library 0.1.0
 * matrix sha256:9f86d0…
 * space 408146688
 * settings succession=global ties=keep-if-maximal-else-first
 * range 0 204073343
 * fixed 16777216 1 1 3 3 2 2 3 1 1 1 3 1 1 1 2 3 2
 * cycle 5210 2 1 1 2 3 2 2 3 1 1 1 3 1 1 1 2 3 2 / 1 1 2 3 2 2 3 1 1 1 3 1 1 1 2 2 2
 * matrix 56
 * impacting\impacted,NINT:Ins,NINT:Reg,…
 * …
 * end 2
 * </pre>
 *
 * One line per attractor: {@code fixed WEIGHT VARIANTS} or {@code cycle WEIGHT PERIOD VARIANTS / VARIANTS …}
 * (the cycle in succession order from its smallest scenario), variants 1-based as in
 * ScenarioWizard files; the range is 0-based, both ends included; {@code matrix L} is followed by
 * the L lines of the matrix's CSV; {@code end N} closes the file with the number of attractor
 * lines, so that a file cut short is refused. UTF-8, LF line ends.
 */
public final class SuccessionParts {
    private static final String MAGIC = "micmac4j succession part 1";

    private SuccessionParts() {
    }

    /**
     * A partial-result file as read.
     *
     * @param part the partial result, its {@link SuccessionPart#source()} the file
     * @param matrix the matrix it was computed from
     */
    public record PartFile(SuccessionPart part, CibMatrix matrix) {
    }

    /**
     * @param part the partial result
     * @param matrix the matrix it was computed from
     * @return its file text
     * @throws InvalidInputException when the matrix's fingerprint is not the part's
     */
    public static String format(SuccessionPart part, CibMatrix matrix) {
        Messages.require(matrix.fingerprint().equals(part.fingerprint()), "the part was computed from another "
                + "matrix (%s, not %s)", part.fingerprint(), matrix.fingerprint());
        StringBuilder b = new StringBuilder(MAGIC).append('\n');
        b.append("library ").append(part.library()).append('\n');
        b.append("matrix ").append(part.fingerprint()).append('\n');
        b.append("space ").append(part.spaceSize()).append('\n');
        b.append("settings ").append(part.settings()).append('\n');
        b.append("range ").append(part.first()).append(' ').append(part.last()).append('\n');
        for (Basin basin : part.basins()) {
            List<Scenario> ss = basin.attractor().scenarios();
            if (ss.size() == 1) {
                b.append("fixed ").append(basin.weight());
            } else {
                b.append("cycle ").append(basin.weight()).append(' ').append(ss.size());
            }
            for (int i = 0; i < ss.size(); i++) {
                if (i > 0) {
                    b.append(" /");
                }
                Scenario s = ss.get(i);
                for (int d = 0; d < s.size(); d++) {
                    b.append(' ').append(s.variant(d) + 1);
                }
            }
            b.append('\n');
        }
        StringWriter csv = new StringWriter();
        try {
            CibCsv.write(matrix, csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] rows = csv.toString().split("\n");
        b.append("matrix ").append(rows.length).append('\n');
        for (String r : rows) {
            b.append(r).append('\n');
        }
        return b.append("end ").append(part.basins().size()).append('\n').toString();
    }

    /**
     * Writes the file whole or not at all ({@link AtomicFile}).
     *
     * @param part the partial result
     * @param matrix the matrix it was computed from
     * @param file where to write it (UTF-8)
     * @throws IOException when writing fails
     */
    public static void write(SuccessionPart part, CibMatrix matrix, Path file) throws IOException {
        AtomicFile.writeString(file, format(part, matrix));
    }

    /**
     * @param file a partial-result file
     * @return the part, its {@link SuccessionPart#source()} the file's name, and its matrix
     * @throws IOException when the file cannot be read
     * @throws InvalidInputException naming the file and line when it is not a partial result
     */
    public static PartFile read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * @param text a partial result's text
     * @param source its name in messages (and the part's {@link SuccessionPart#source()})
     * @return the part and its matrix
     * @throws InvalidInputException naming the source and line when the text is not a partial
     *     result, or its matrix is not the one its fingerprint names
     */
    public static PartFile parse(String text, String source) {
        String[] lines = text.split("\r?\n", -1);
        int n = lines.length;
        if (n > 0 && lines[n - 1].isEmpty()) {
            n--;
        }
        Messages.require(n >= 1 && lines[0].equals(MAGIC), "%s line 1: not a micmac4j partial result (expected '%s')",
                source, MAGIC);
        Messages.require(n >= 7, "%s: cut short after line %d (no 'end' line)", source, n);
        String library = field(lines, 1, "library", source);
        String fingerprint = field(lines, 2, "matrix", source);
        long space = number(field(lines, 3, "space", source), source, 4);
        String settings = field(lines, 4, "settings", source);
        String[] range = field(lines, 5, "range", source).split(" ");
        Messages.require(range.length == 2, "%s line 6: expected 'range FIRST LAST'", source);
        long first = number(range[0], source, 6);
        long last = number(range[1], source, 6);
        List<Basin> basins = new ArrayList<>();
        int i = 6;
        for (; i < n && !lines[i].startsWith("matrix "); i++) {
            basins.add(basin(lines[i], source, i + 1));
        }
        Messages.require(i < n, "%s: cut short after line %d (no matrix)", source, n);
        int rows = (int) number(field(lines, i, "matrix", source), source, i + 1);
        Messages.require(i + rows + 1 < n, "%s: cut short after line %d (the matrix has %d lines)", source, n, rows);
        StringBuilder csv = new StringBuilder();
        for (int r = i + 1; r <= i + rows; r++) {
            csv.append(lines[r]).append('\n');
        }
        CibMatrix matrix = CibCsv.parse(csv.toString(), source + " lines " + (i + 2) + "-" + (i + rows + 1));
        i += rows + 1;
        long declared = number(field(lines, i, "end", source), source, i + 1);
        Messages.require(declared == basins.size(), "%s line %d: 'end %d' but %d attractor lines", source, i + 1,
                declared, basins.size());
        Messages.require(i == n - 1, "%s line %d: text after the 'end' line", source, i + 2);
        Messages.require(matrix.fingerprint().equals(fingerprint), "%s: the matrix in the file is not the one its "
                + "fingerprint names (%s, not %s): the file was altered", source, matrix.fingerprint(), fingerprint);
        return new PartFile(new SuccessionPart(fingerprint, space, settings, library, first, last, basins, source),
                matrix);
    }

    private static String field(String[] lines, int i, String name, String source) {
        Messages.require(i < lines.length && lines[i].startsWith(name + " "),
                "%s line %d: expected '%s ...', found '%s'",
                source, i + 1, name, i < lines.length ? lines[i] : "");
        return lines[i].substring(name.length() + 1).strip();
    }

    private static long number(String s, String source, int line) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw Messages.invalid("%s line %d: '%s' is not a whole number", source, line, s);
        }
    }

    private static Basin basin(String line, String source, int at) {
        String[] t = line.strip().split(" +");
        boolean fixed = t[0].equals("fixed");
        Messages.require(fixed || t[0].equals("cycle"), "%s line %d: expected 'fixed', 'cycle' or 'end', found '%s'",
                source, at, line);
        Messages.require(t.length >= (fixed ? 3 : 4), "%s line %d: too few fields", source, at);
        long weight = number(t[1], source, at);
        int period = fixed ? 1 : (int) number(t[2], source, at);
        List<Scenario> ss = new ArrayList<>();
        List<Integer> cur = new ArrayList<>();
        for (int k = fixed ? 2 : 3; k <= t.length; k++) {
            if (k == t.length || t[k].equals("/")) {
                Messages.require(!cur.isEmpty(), "%s line %d: an empty scenario", source, at);
                int[] z = new int[cur.size()];
                for (int d = 0; d < z.length; d++) {
                    z[d] = cur.get(d) - 1;
                }
                try {
                    ss.add(Scenario.of(z));
                } catch (InvalidInputException e) {
                    throw Messages.invalid("%s line %d: %s", source, at, e.getMessage());
                }
                cur.clear();
            } else {
                cur.add((int) number(t[k], source, at));
            }
        }
        Messages.require(ss.size() == period, "%s line %d: a cycle of period %d lists %d scenarios", source, at, period,
                ss.size());
        return new Basin(new Attractor(ss), weight);
    }
}
