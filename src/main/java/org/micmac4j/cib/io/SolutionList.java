package org.micmac4j.cib.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.micmac4j.InvalidInputException;
import org.micmac4j.cib.CibResult;
import org.micmac4j.cib.CibScenario;
import org.micmac4j.internal.Messages;
import org.micmac4j.io.AtomicFile;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * ScenarioWizard solution lists ({@code .sl}), written byte for byte as ScenarioWizard writes them:
 * <pre>
 * $ ScenarioWizard 3.0
 * Solution set
 *  4
 *
 * " 2 3 2",4,0,0,15,""
 * </pre>
 * (LF line ends, the count between blanks). Each line: the 1-based variant indices (each preceded
 * by a blank), the weight (the succession basin size; 0 when no weights were computed), the
 * consistency value, the inconsistency, the total impact score, an empty comment.
 *
 * <p>Field 4 is 0 on every line of every ScenarioWizard list seen (all consistent scenarios); this
 * writer puts the scenario's inconsistency there, which is 0 for those lines. That meaning is an
 * assumption, not documented by ScenarioWizard.
 */
public final class SolutionList {
    private SolutionList() {
    }

    /**
     * One line of a solution list.
     *
     * @param scenario the scenario
     * @param weight the volume weight (0 when none)
     * @param consistencyValue CV
     * @param inconsistency IC (field 4)
     * @param totalImpactScore TIS
     */
    public record Entry(Scenario scenario, long weight, int consistencyValue, int inconsistency,
            long totalImpactScore) {
    }

    /**
     * The order of the lines.
     *
     * <pre>{@code
     * SolutionList.entries(result, weights, Order.WEIGHT);   // as ScenarioWizard after sorting by weight
     * }</pre>
     */
    public enum Order {
        /** The result's order: inconsistency, then total impact score descending. */
        RESULT,
        /** Weight descending, then the result's order. */
        WEIGHT
    }

    /**
     * @param result a solution set
     * @param weights the weight of each scenario (missing: 0); may be empty
     * @param order the line order
     * @return the lines
     */
    public static List<Entry> entries(CibResult result, Map<Scenario, Long> weights, Order order) {
        List<Entry> out = new ArrayList<>();
        for (CibScenario s : result.scenarios()) {
            out.add(new Entry(s.scenario(), weights.getOrDefault(s.scenario(), 0L), s.consistencyValue(),
                    s.inconsistency(), s.totalImpactScore()));
        }
        if (order == Order.WEIGHT) {
            out.sort(Comparator.comparingLong(Entry::weight).reversed()); // stable: ties keep the result order
        }
        return out;
    }

    /**
     * @param entries the lines in order
     * @return the file text
     */
    public static String format(List<Entry> entries) {
        StringBuilder b = new StringBuilder("$ ScenarioWizard 3.0\nSolution set\n ");
        b.append(entries.size()).append(" \n\n");
        for (Entry e : entries) {
            b.append('"');
            for (int d = 0; d < e.scenario().size(); d++) {
                b.append(' ').append(e.scenario().variant(d) + 1);
            }
            b.append("\",").append(e.weight()).append(',').append(e.consistencyValue()).append(',')
                    .append(e.inconsistency()).append(',').append(e.totalImpactScore()).append(",\"\"\n");
        }
        return b.toString();
    }

    /**
     * @param entries the lines in order
     * @param out where to write (not closed)
     * @throws IOException when writing fails
     */
    public static void write(List<Entry> entries, Writer out) throws IOException {
        out.write(format(entries));
    }

    /**
     * @param entries the lines in order
     * @param file the file (written as ASCII-compatible UTF-8, whole or not at all, never through a
     *     symbolic link: {@link AtomicFile})
     * @throws IOException when writing fails (naming the file)
     */
    public static void write(List<Entry> entries, Path file) throws IOException {
        AtomicFile.writeString(file, format(entries));
    }

    /**
     * Reads a solution list.
     *
     * @param text the file content
     * @param source the file name for messages
     * @param space the space the scenarios belong to
     * @return the lines in file order
     * @throws InvalidInputException when a line is malformed or a scenario does not fit the space
     */
    public static List<Entry> parse(String text, String source, ScenarioSpace space) {
        String[] lines = text.split("\r\n|\r|\n");
        List<Entry> out = new ArrayList<>();
        Integer declared = null;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (i < 2 || l.isEmpty()) {
                continue;
            }
            if (!l.startsWith("\"")) {
                try {
                    declared = Integer.parseInt(l);
                } catch (NumberFormatException e) {
                    throw Messages.invalid("%s line %d: expected the solution count or a solution line, found '%s'",
                            source, i + 1, l);
                }
                continue;
            }
            int close = l.indexOf('"', 1);
            Messages.require(close > 0, "%s line %d: unterminated scenario quote", source, i + 1);
            String[] idx = l.substring(1, close).strip().split("\\s+");
            String[] f = l.substring(close + 1).split(",", -1);
            Messages.require(f.length >= 5, "%s line %d: expected 5 fields after the scenario", source, i + 1);
            int[] z = new int[idx.length];
            try {
                for (int d = 0; d < idx.length; d++) {
                    z[d] = Integer.parseInt(idx[d]) - 1;
                }
                Scenario s = space.scenario(z);
                out.add(new Entry(s, Long.parseLong(f[1].strip()), Integer.parseInt(f[2].strip()),
                        Integer.parseInt(f[3].strip()), Long.parseLong(f[4].strip())));
            } catch (NumberFormatException | InvalidInputException e) {
                throw new InvalidInputException(source + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        if (declared != null) {
            Messages.require(declared == out.size(), "%s: declares %d solutions but lists %d", source, declared,
                    out.size());
        }
        return out;
    }
}
