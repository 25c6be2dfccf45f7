package org.micmac4j.io;

import org.micmac4j.internal.CellSource;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.micmac4j.InvalidInputException;
import org.micmac4j.internal.Messages;

/**
 * A labelled table read from a delimited text file: a header row of column labels, then rows
 * that each start with a row label. It is the common reader under every matrix format of
 * micmac4j (influence matrices, SSIMs, DEMATEL and reachability matrices); it checks the shape and
 * the labels, and leaves the meaning of the cells to the format.
 *
 * <p>Accepted: comma, semicolon or tab delimiters, detected from the header (a semicolon or tab
 * file may then use decimal commas in its cells); a UTF-8 byte-order mark; RFC 4180 quoting;
 * CRLF or LF line ends; lines starting with {@code #} (comments, kept in {@link #comments()});
 * blank lines. Rejected with an {@link InvalidInputException} naming the file and line: an empty
 * file, a header with no column, a row whose cell count differs from the header's (a ragged
 * row), a line that uses another delimiter than the header (mixed delimiters), a blank or
 * duplicate label.
 *
 * <p>Immutable. Cells are trimmed; a blank cell reads as the empty string.
 */
public final class CsvTable implements CellSource {
    private static final char[] CANDIDATES = {',', ';', '\t'};

    private final String source;
    private final char delimiter;
    private final String corner;
    private final List<String> columnLabels;
    private final List<String> rowLabels;
    private final String[][] cells;
    private final int[] lines;
    private final List<String> comments;

    private CsvTable(String source, char delimiter, String corner, List<String> columnLabels,
            List<String> rowLabels, String[][] cells, int[] lines, List<String> comments) {
        this.source = source;
        this.delimiter = delimiter;
        this.corner = corner;
        this.columnLabels = columnLabels;
        this.rowLabels = rowLabels;
        this.cells = cells;
        this.lines = lines;
        this.comments = comments;
    }

    /**
     * Reads a UTF-8 file.
     *
     * @param file the file
     * @return the table
     * @throws IOException when the file cannot be read
     * @throws InvalidInputException when its content is not a labelled table (the message names
     *     the file and line)
     */
    public static CsvTable read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(file + ": not UTF-8 text", e);
        }
        return parse(text, String.valueOf(file));
    }

    /**
     * Reads a table from a reader, which is read to its end and not closed.
     *
     * @param reader the text
     * @param source a name for messages (a file name, "stdin", ...)
     * @return the table
     * @throws IOException when reading fails
     */
    public static CsvTable read(Reader reader, String source) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        for (int r; (r = reader.read(buf)) >= 0;) {
            sb.append(buf, 0, r);
        }
        return parse(sb.toString(), source);
    }

    /**
     * Parses a table held in a string.
     *
     * @param text the content
     * @param source a name for messages
     * @return the table
     */
    public static CsvTable parse(String text, String source) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] physical = text.split("\r\n|\n|\r", -1);
        List<String> comments = new ArrayList<>();
        List<String> content = new ArrayList<>();
        List<Integer> contentLine = new ArrayList<>();
        for (int i = 0; i < physical.length; i++) {
            String line = physical[i];
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (t.startsWith("#")) {
                comments.add(t.substring(1).strip());
                continue;
            }
            content.add(line);
            contentLine.add(i + 1);
        }
        if (content.isEmpty()) {
            throw Messages.invalid("%s: empty file (no header row)", source);
        }
        char delimiter = detect(content.get(0), source, contentLine.get(0));
        List<List<String>> records = new ArrayList<>();
        for (int r = 0; r < content.size(); r++) {
            records.add(split(content.get(r), delimiter, source, contentLine.get(r)));
        }
        List<String> header = records.get(0);
        int width = header.size();
        Messages.require(width >= 2, "%s line %d: the header has no column label", source, contentLine.get(0));
        List<String> columnLabels = labels(header.subList(1, width), "column", source, contentLine.get(0));
        int rows = records.size() - 1;
        String[][] cells = new String[rows][];
        int[] lines = new int[rows];
        List<String> rowLabelList = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            List<String> rec = records.get(r + 1);
            int line = contentLine.get(r + 1);
            String label = rec.get(0);
            if (rec.size() != width) {
                String other = otherDelimiter(content.get(r + 1), delimiter);
                if (other != null) {
                    throw Messages.invalid("%s line %d: mixed delimiters: this line uses %s but the header uses %s",
                            source, line, other, describe(delimiter));
                }
                throw Messages.invalid("%s line %d (row %s): ragged row: %d cells where the header has %d",
                        source, line, label, rec.size(), width);
            }
            rowLabelList.add(label);
            cells[r] = rec.subList(1, width).toArray(new String[0]);
            lines[r] = line;
        }
        List<String> rowLabels = labels(rowLabelList, "row", source, -1);
        return new CsvTable(source, delimiter, header.get(0), columnLabels, rowLabels, cells, lines,
                Collections.unmodifiableList(comments));
    }

    private static List<String> labels(List<String> raw, String what, String source, int line) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            String label = raw.get(i);
            String at = line > 0 ? String.format("%s line %d", source, line) : source;
            Messages.require(!label.isEmpty(), "%s: blank %s label at %s position %d", at, what, what, i + 1);
            Integer before = seen.put(label, i);
            Messages.require(before == null, "%s: duplicate %s label '%s' (positions %d and %d)", at, what, label,
                    before == null ? 0 : before + 1, i + 1);
        }
        return List.copyOf(raw);
    }

    private static char detect(String header, String source, int line) {
        int best = -1;
        int bestCount = 0;
        for (int c = 0; c < CANDIDATES.length; c++) {
            int count = countOutsideQuotes(header, CANDIDATES[c]);
            if (count > bestCount) {
                best = c;
                bestCount = count;
            }
        }
        Messages.require(best >= 0, "%s line %d: no delimiter found in the header (expected comma, semicolon or tab)",
                source, line);
        for (int c = 0; c < CANDIDATES.length; c++) {
            if (c != best && countOutsideQuotes(header, CANDIDATES[c]) > 0) {
                throw Messages.invalid("%s line %d: mixed delimiters in the header (%s and %s)", source, line,
                        describe(CANDIDATES[best]), describe(CANDIDATES[c]));
            }
        }
        return CANDIDATES[best];
    }

    /** Another candidate delimiter, besides a comma where it may be a decimal comma. */
    private static String otherDelimiter(String line, char delimiter) {
        for (char c : CANDIDATES) {
            if (c == delimiter || (c == ',' && delimiter != ',')) {
                continue;
            }
            if (countOutsideQuotes(line, c) > 0) {
                return describe(c);
            }
        }
        if (delimiter != ',' && countOutsideQuotes(line, delimiter) == 0 && countOutsideQuotes(line, ',') > 0) {
            return describe(',');
        }
        return null;
    }

    private static int countOutsideQuotes(String line, char c) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                count++;
            }
        }
        return count;
    }

    private static String describe(char c) {
        return c == ',' ? "comma" : c == ';' ? "semicolon" : "tab";
    }

    private static List<String> split(String line, char delimiter, String source, int lineNumber) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(line), format)) {
            List<CSVRecord> recs = parser.getRecords();
            if (recs.size() != 1) {
                throw Messages.invalid("%s line %d: cannot read the line (unbalanced quotes?)", source, lineNumber);
            }
            List<String> out = new ArrayList<>();
            for (String v : recs.get(0)) {
                out.add(v == null ? "" : v.strip());
            }
            return out;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException(String.format("%s line %d: cannot read the line: %s", source, lineNumber,
                    e.getMessage()), e);
        }
    }

    /** @return the name used in messages (the file name, or what the caller passed) */
    public String source() {
        return source;
    }

    /** @return the detected delimiter: {@code ','}, {@code ';'} or {@code '\t'} */
    public char delimiter() {
        return delimiter;
    }

    /** @return the first header cell (often blank) */
    public String corner() {
        return corner;
    }

    /** @return the header labels after the first cell, unmodifiable */
    public List<String> columnLabels() {
        return columnLabels;
    }

    /** @return the first cell of every data row, unmodifiable */
    public List<String> rowLabels() {
        return rowLabels;
    }

    /** @return the number of data rows */
    public int rows() {
        return cells.length;
    }

    /** @return the number of data columns (header cells minus the corner) */
    public int columns() {
        return columnLabels.size();
    }

    /**
     * @param row data row, 0-based
     * @param column data column, 0-based (the row label is not a column)
     * @return the trimmed cell text, empty when blank
     */
    public String cell(int row, int column) {
        return cells[row][column];
    }

    /**
     * @param row data row, 0-based
     * @return its 1-based line number in the file
     */
    public int line(int row) {
        return lines[row];
    }

    /**
     * A location for messages, e.g. {@code m.csv line 4, row B, column C}.
     *
     * @param row data row, 0-based
     * @param column data column, 0-based
     * @return the text
     */
    public String where(int row, int column) {
        return String.format("%s line %d, row %s, column %s", source, lines[row], rowLabels.get(row),
                columnLabels.get(column));
    }

    /** @return the text of the comment lines (without the {@code #}), in file order */
    public List<String> comments() {
        return comments;
    }
}
