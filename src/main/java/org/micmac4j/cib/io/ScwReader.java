package org.micmac4j.cib.io;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.micmac4j.InvalidInputException;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.internal.Messages;
import org.micmac4j.scenario.Descriptor;
import org.micmac4j.scenario.ScenarioSpace;
import org.micmac4j.scenario.Variant;

/**
 * Reads ScenarioWizard project files ({@code .scw}, versions 3 and 4). The format is line based;
 * sections are separated by lines holding only {@code #}:
 * <ol start="0">
 * <li>{@code $ ScenarioWizard 4.0}, a title line, then the descriptors: {@code &ID} followed by one
 *     {@code  -variant} line per variant;</li>
 * <li>long names: {@code &Long descriptor name} followed by one line per variant (leading blank);
 *     blank names mean "none";</li>
 * <li>(not used by this reader; kept empty by ScenarioWizard in every file seen);</li>
 * <li>colours, one line per variant;</li>
 * <li>(not used);</li>
 * <li>the matrix: one line per impacting variant, comma-separated integers (blanks around them
 *     allowed), as many as variants;</li>
 * <li>justifications: header lines starting with {@code #} each followed by quoted text.</li>
 * </ol>
 * Descriptor and variant short names become ids; long names, when given, become names.
 * Own-descriptor blocks are read as written. Errors name the file and line (and the descriptor or
 * variant where one is concerned). Files are read as UTF-8, or as Windows-1252 when they are not
 * valid UTF-8 (ScenarioWizard is a Windows program).
 */
public final class ScwReader {
    private ScwReader() {
    }

    /**
     * @param file the {@code .scw} file
     * @return the project
     * @throws IOException when the file cannot be read
     * @throws InvalidInputException when it is not a ScenarioWizard project
     */
    public static ScwProject read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, Charset.forName("windows-1252"));
        }
        return parse(text, String.valueOf(file.getFileName()));
    }

    /**
     * @param text the file content
     * @param source the file name for messages
     * @return the project
     * @throws InvalidInputException when it is not a ScenarioWizard project
     */
    public static ScwProject parse(String text, String source) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        int end = lines.length;
        if (end > 0 && lines[end - 1].isEmpty()) {
            end--;
        }
        Messages.require(end >= 2 && lines[0].startsWith("$ ScenarioWizard"),
                "%s line 1: not a ScenarioWizard project (expected '$ ScenarioWizard ...', found '%s')", source,
                end == 0 ? "" : Messages.token(lines[0]));
        // sections: list of [first line index, end line index)
        List<int[]> sections = new ArrayList<>();
        int start = 2;
        for (int i = 2; i < end; i++) {
            if (lines[i].strip().equals("#")) {
                sections.add(new int[] {start, i});
                start = i + 1;
            }
        }
        sections.add(new int[] {start, end});
        Messages.require(sections.size() >= 6, "%s: only %d '#'-separated sections, a project has at least 6 "
                + "(descriptors, long names, -, colours, -, matrix)", source, sections.size());

        List<String> ids = new ArrayList<>();
        List<List<String>> variantIds = new ArrayList<>();
        List<Integer> descriptorLines = new ArrayList<>();
        int[] s0 = sections.get(0);
        for (int i = s0[0]; i < s0[1]; i++) {
            String l = lines[i];
            if (l.isBlank()) {
                continue;
            }
            String t = l.strip();
            if (t.startsWith("&")) {
                Messages.require(t.length() > 1, "%s line %d: descriptor without a name", source, i + 1);
                ids.add(t.substring(1).strip());
                variantIds.add(new ArrayList<>());
                descriptorLines.add(i + 1);
            } else if (t.startsWith("-")) {
                Messages.require(!ids.isEmpty(), "%s line %d: variant '%s' before any descriptor", source, i + 1,
                        Messages.token(t));
                Messages.require(t.length() > 1, "%s line %d: variant without a name (descriptor %s)", source, i + 1,
                        ids.get(ids.size() - 1));
                variantIds.get(variantIds.size() - 1).add(t.substring(1).strip());
            } else {
                throw Messages.invalid("%s line %d: expected '&descriptor' or ' -variant', found '%s'", source, i + 1,
                        Messages.token(l));
            }
        }
        Messages.require(!ids.isEmpty(), "%s: no descriptor ('&' line) before the first '#'", source);
        int nv = 0;
        for (int d = 0; d < ids.size(); d++) {
            Messages.require(!variantIds.get(d).isEmpty(), "%s line %d: descriptor %s has no variant", source,
                    descriptorLines.get(d), ids.get(d));
            nv += variantIds.get(d).size();
        }

        List<String> longDescriptor = new ArrayList<>();
        List<List<String>> longVariant = new ArrayList<>();
        readLongNames(lines, sections.get(1), source, ids, variantIds, longDescriptor, longVariant);

        List<Descriptor> ds = new ArrayList<>();
        try {
            for (int d = 0; d < ids.size(); d++) {
                List<Variant> vs = new ArrayList<>();
                for (int v = 0; v < variantIds.get(d).size(); v++) {
                    String vid = variantIds.get(d).get(v);
                    String ln = longVariant.isEmpty() ? "" : longVariant.get(d).get(v);
                    vs.add(Variant.of(vid, ln.isBlank() ? vid : ln));
                }
                String ln = longDescriptor.isEmpty() ? "" : longDescriptor.get(d);
                ds.add(Descriptor.of(ids.get(d), ln.isBlank() ? ids.get(d) : ln, vs));
            }
        } catch (InvalidInputException e) {
            throw new InvalidInputException(source + ": " + e.getMessage(), e);
        }
        ScenarioSpace space;
        try {
            space = ScenarioSpace.of(ds);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(source + ": " + e.getMessage(), e);
        }

        List<String> colours = new ArrayList<>();
        int[] s3 = sections.get(3);
        for (int i = s3[0]; i < s3[1]; i++) {
            if (!lines[i].isBlank()) {
                colours.add(lines[i].strip());
            }
        }
        Messages.require(colours.isEmpty() || colours.size() == nv, "%s lines %d-%d: %d colours for %d variants",
                source, s3[0] + 1, s3[1], colours.size(), nv);

        int[][] cells = readMatrix(lines, sections.get(5), source, space);
        CibMatrix matrix;
        try {
            matrix = CibMatrix.of(space, cells);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(source + ": " + e.getMessage(), e);
        }
        List<ScwProject.Justification> just = new ArrayList<>();
        if (sections.size() > 6) {
            readJustifications(lines, sections.get(6)[0], end, just);
        }
        return new ScwProject(lines[0], lines[1], matrix, colours, just);
    }

    private static void readLongNames(String[] lines, int[] sec, String source, List<String> ids,
            List<List<String>> variantIds, List<String> longDescriptor, List<List<String>> longVariant) {
        int d = -1;
        for (int i = sec[0]; i < sec[1]; i++) {
            String l = lines[i];
            if (l.startsWith("&")) {
                d++;
                Messages.require(d < ids.size(), "%s line %d: more long-name entries than descriptors (%d)", source,
                        i + 1, ids.size());
                longDescriptor.add(l.substring(1).strip());
                longVariant.add(new ArrayList<>());
            } else if (d >= 0) {
                Messages.require(longVariant.get(d).size() < variantIds.get(d).size(),
                        "%s line %d: descriptor %s has %d variants but more long variant names", source, i + 1,
                        ids.get(d), variantIds.get(d).size());
                longVariant.get(d).add(l.strip());
            } else if (!l.isBlank()) {
                throw Messages.invalid("%s line %d: long names must start with '&', found '%s'", source, i + 1,
                        Messages.token(l));
            }
        }
        if (d < 0) {
            return;
        }
        Messages.require(d == ids.size() - 1, "%s: %d long-name entries for %d descriptors", source, d + 1, ids.size());
        for (int j = 0; j < ids.size(); j++) {
            while (longVariant.get(j).size() < variantIds.get(j).size()) {
                longVariant.get(j).add("");
            }
        }
    }

    private static int[][] readMatrix(String[] lines, int[] sec, String source, ScenarioSpace space) {
        int n = space.totalVariants();
        List<int[]> rows = new ArrayList<>();
        for (int i = sec[0]; i < sec[1]; i++) {
            String l = lines[i];
            if (l.isBlank()) {
                continue;
            }
            int r = rows.size();
            Messages.require(r < n, "%s line %d: more matrix rows than the %d variants", source, i + 1, n);
            String[] parts = l.split(",", -1);
            Messages.require(parts.length == n, "%s line %d: matrix row %s (%d) has %d cells, expected %d", source,
                    i + 1, space.label(r), r + 1, parts.length, n);
            int[] row = new int[n];
            for (int c = 0; c < n; c++) {
                String p = parts[c].strip();
                if (p.isEmpty()) {
                    continue;
                }
                try {
                    row[c] = Integer.parseInt(p.startsWith("+") ? p.substring(1) : p);
                } catch (NumberFormatException e) {
                    throw Messages.invalid("%s line %d: row %s, column %s: '%s' is not an integer", source, i + 1,
                            space.label(r), space.label(c), p);
                }
            }
            rows.add(row);
        }
        Messages.require(rows.size() == n, "%s lines %d-%d: the matrix has %d rows, expected one per variant (%d)",
                source, sec[0] + 1, sec[1], rows.size(), n);
        return rows.toArray(new int[0][]);
    }

    private static void readJustifications(String[] lines, int from, int end, List<ScwProject.Justification> out) {
        String header = null;
        StringBuilder text = new StringBuilder();
        for (int i = from; i < end; i++) {
            String l = lines[i];
            if (l.startsWith("#")) {
                if (header != null) {
                    out.add(new ScwProject.Justification(header, text.toString()));
                }
                header = l.strip().equals("#") ? null : l;
                text.setLength(0);
            } else if (header != null) {
                String t = l.strip();
                if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
                    t = t.substring(1, t.length() - 1);
                }
                if (!t.isEmpty()) {
                    text.append(text.length() == 0 ? "" : "\n").append(t);
                }
            }
        }
        if (header != null) {
            out.add(new ScwProject.Justification(header, text.toString()));
        }
    }
}
