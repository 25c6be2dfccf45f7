package org.micmac4j.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.micmac4j.InvalidInputException;
import org.micmac4j.internal.Messages;

/**
 * The records of a delimited text, one at a time, each with the physical line it starts on: the
 * one tokenizer under every text file micmac4j reads: {@link CsvTable}, {@link MatrixCsv} (which
 * streams the records into the matrix without keeping them), {@link VariablesCsv}, and the list
 * files of the other packages (hypotheses, long panels, expert weights, CIB matrices, morphological
 * fields), whose columns {@link Header} finds by name.
 *
 * <p>The rules, in one place:
 * <ul>
 *   <li>the text is UTF-8 (malformed bytes are refused naming the line, with how to save a
 *       spreadsheet as "CSV UTF-8") without NUL characters (a binary file); a leading byte-order
 *       mark is dropped; a file above {@link #MAX_BYTES} is refused before it is read;</li>
 *   <li>records follow RFC 4180 (a quoted field may hold delimiters, doubled quotes and line
 *       breaks); the delimiter is a comma, semicolon or tab, detected from the header record (a
 *       header of one column reads as comma-separated);</li>
 *   <li>a <em>comment</em> is a line whose first character is {@code #}, outside a quoted field;
 *       so a field that starts with {@code #} must be quoted to be data, and a quoted
 *       {@code "#id"} always is;</li>
 *   <li>blank lines are skipped; blanks around a field are dropped.</li>
 * </ul>
 *
 * <pre>{@code
 * CsvRecords records = CsvRecords.read(Path.of("hypotheses.csv"));
 * for (TableRows.Row r; (r = records.next()) != null;) {
 *     ... r.values(), r.line() ...
 * }
 * }</pre>
 *
 * <p>Faults throw {@link InvalidInputException} naming the source and line. Not thread-safe.
 */
public final class CsvRecords implements TableRows {
    /**
     * The largest file read as text, in bytes (about 2 GB, the largest array a JVM holds): a
     * larger one is refused naming its size instead of failing for memory. A dense matrix of
     * 10 000 variables takes about 200 MB.
     */
    public static final long MAX_BYTES = Integer.MAX_VALUE - 8;

    private static final char[] CANDIDATES = {',', ';', '\t'};

    private final String source;
    private final String text;
    private final int[] lineStarts;
    private final char delimiter;
    private final int headerLine;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> comments = new ArrayList<>();
    private boolean ended;
    /** Whether a record was returned. */
    private boolean started;

    private CsvRecords(String text, String source, boolean quickPath) {
        this.source = source;
        this.text = text;
        this.lineStarts = lineStarts(text);
        this.headerLine = firstDataLine(1);
        if (headerLine < 0) {
            throw Messages.invalid("%s: empty file (no header row)", source);
        }
        this.delimiter = detect();
        if (quickPath && text.indexOf('"') < 0) {
            // Without a quote, RFC 4180 records are the lines and fields what lies between
            // delimiters: split them here, much faster than a general tokenizer (CsvRecordsTest
            // checks that both paths agree).
            this.parser = null;
            this.records = null;
            return;
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setCommentMarker('#')
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).setTrim(false).get();
        try {
            this.parser = CSVParser.parse(new StringReader(text), format);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        this.records = parser.iterator();
    }

    /** One-character fields are shared, so that a dense matrix of digits allocates no cell string. */
    private static final String[] SINGLE = new String[128];

    static {
        for (char c = 0; c < SINGLE.length; c++) {
            SINGLE[c] = String.valueOf(c).intern();
        }
    }

    /** The next line of the quick path (1-based). */
    private int nextLine = 1;

    /** The quick path: a record per line, fields split at the delimiter and stripped. */
    private Row nextLineRecord() {
        for (; nextLine <= lineStarts.length; nextLine++) {
            int start = lineStarts[nextLine - 1];
            int end = lineEnd(nextLine);
            if (start < end && text.charAt(start) == '#') {
                addComment(text.substring(start + 1, end));
                continue;
            }
            int fields = 1;
            boolean blank = true;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c == delimiter) {
                    fields++;
                    blank = false;
                } else if (blank && !Character.isWhitespace(c)) {
                    blank = false;
                }
            }
            if (blank) {
                continue;
            }
            String[] values = new String[fields];
            int f = 0;
            int from = start;
            for (int i = start; i <= end; i++) {
                if (i == end || text.charAt(i) == delimiter) {
                    values[f++] = field(from, i);
                    from = i + 1;
                }
            }
            return new Row(values, nextLine++);
        }
        ended = true;
        return null;
    }

    /** The end of a line's content, before its line break. */
    private int lineEnd(int line) {
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > lineStarts[line - 1] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    private String field(int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to - from == 1) {
            char c = text.charAt(from);
            if (c < SINGLE.length) {
                return SINGLE[c];
            }
        }
        return text.substring(from, to);
    }

    /**
     * Reads a file as strict UTF-8.
     *
     * @param file the file
     * @return its records
     * @throws IOException when it cannot be read
     * @throws InvalidInputException when it is not UTF-8 text (naming the line) or has no header
     */
    public static CsvRecords read(Path file) throws IOException {
        return parse(text(file), String.valueOf(file));
    }

    /**
     * Reads a file as strict UTF-8 text, with the checks of {@link #read} (size, encoding, BOM
     * kept).
     *
     * @param file the file
     * @return its text
     * @throws IOException when it cannot be read
     * @throws InvalidInputException when it is too large or not UTF-8 text (naming the line)
     */
    static String text(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw Messages.invalid("%s: too large to read (%,d bytes; at most %,d)", file, size, MAX_BYTES);
        }
        return decode(Files.readAllBytes(file), String.valueOf(file));
    }

    /**
     * Reads records held in a string.
     *
     * @param text the content
     * @param source a name for messages
     * @return its records
     * @throws InvalidInputException when it holds a NUL character or has no header
     */
    public static CsvRecords parse(String text, String source) {
        return parse(text, source, true);
    }

    /**
     * @param text the content
     * @param source a name for messages
     * @param quickPath whether a text without quotes may be split without the general tokenizer
     *     (false only to test that both paths agree)
     * @return its records
     */
    static CsvRecords parse(String text, String source, boolean quickPath) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int nul = t.indexOf('\0');
        if (nul >= 0) {
            throw Messages.invalid("%s line %d: NUL character: this is not a text file", source,
                    lineOf(lineStarts(t), nul));
        }
        return new CsvRecords(t, source, quickPath);
    }

    /**
     * Decodes UTF-8 strictly.
     *
     * @param bytes the bytes
     * @param source a name for messages
     * @return the text
     * @throws InvalidInputException naming the line of the first malformed byte sequence
     */
    static String decode(byte[] bytes, String source) {
        // The JDK's own decoding builds the compact (one byte per char) string directly; a
        // CharsetDecoder goes through a char[] of twice the file's size, which at 10 000 variables
        // (200 MB of CSV) needed more than a gigabyte. It replaces malformed input by U+FFFD, so
        // the strict decoder below runs only when that character appears (to tell a real one from
        // a malformed byte, and to name the line).
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return d.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstMalformed(bytes);
            int line = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new InvalidInputException(String.format("%s line %d: not UTF-8 text (malformed byte at offset %d): "
                    + "save it as UTF-8 (in Excel: Save As, 'CSV UTF-8')", source, line, bad), e);
        }
    }

    private static int firstMalformed(byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            var r = d.decode(in, out, true);
            if (r.isError()) {
                return in.position();
            }
            if (r.isUnderflow()) {
                return bytes.length;
            }
            out.clear();
        }
    }

    /** @return the name used in messages */
    @Override
    public String source() {
        return source;
    }

    /** @return the detected delimiter */
    @Override
    public char delimiter() {
        return delimiter;
    }

    /** @return the non-blank comment lines read so far (text after the {@code #}, stripped), in file order */
    @Override
    public List<String> comments() {
        return comments;
    }

    /**
     * @return the next record that is not blank, or null at the end
     * @throws InvalidInputException naming the line where a malformed record starts
     */
    @Override
    public Row next() {
        Row r = record();
        if (r == null && !started) {
            // The header line held only what the tokenizer drops (blanks it does not count as such)
            throw Messages.invalid("%s: empty file (no header row)", source);
        }
        started = true;
        return r;
    }

    private Row record() {
        if (parser == null) {
            return ended ? null : nextLineRecord();
        }
        while (!ended) {
            long before = parser.getCurrentLineNumber();
            CSVRecord r;
            try {
                if (!records.hasNext()) {
                    ended = true;
                    addComment(parser.getTrailerComment());
                    return null;
                }
                r = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                int line = firstDataLine((int) before + 1);
                String why = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
                String what = why.contains("eof reached before encapsulated token finished")
                        ? "a quoted field is not closed"
                        : why.contains("between encapsulated token and delimiter")
                                ? "text after the closing quote of a field (a quote inside a quoted field must be "
                                        + "doubled: \"\")"
                                : "cannot read the record";
                throw new InvalidInputException(String.format("%s line %d: %s", source,
                        line < 0 ? (int) before + 1 : line, what), e);
            }
            addComment(r.getComment());
            String[] values = r.values();
            if (values.length == 1 && values[0].isBlank()) {
                continue; // a line of blanks
            }
            for (int i = 0; i < values.length; i++) {
                values[i] = values[i].strip();
            }
            int line = firstDataLine((int) before + 1);
            return new Row(values, line < 0 ? (int) before + 1 : line);
        }
        return null;
    }

    private void addComment(String comment) {
        if (comment != null) {
            for (String c : comment.split("\n", -1)) {
                if (!c.isBlank()) {
                    comments.add(c.strip());
                }
            }
        }
    }

    /**
     * A check of a record's width against the header's, telling mixed delimiters from a ragged row.
     *
     * @param row the record
     * @param width the header's width
     * @throws InvalidInputException when the widths differ
     */
    @Override
    public void requireWidth(Row row, int width) {
        if (row.values().length == width) {
            return;
        }
        String other = otherDelimiter(lineText(row.line()));
        if (other != null) {
            throw Messages.invalid("%s line %d: mixed delimiters: this line uses %s but the header uses %s", source,
                    row.line(), other, describe(delimiter));
        }
        throw Messages.invalid("%s line %d (row %s): ragged row: %d cells where the header has %d", source,
                row.line(), Messages.token(row.values()[0]), row.values().length, width);
    }

    /** @return the header's line */
    int headerLine() {
        return headerLine;
    }

    private String lineText(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        return text.substring(start, end).stripTrailing();
    }

    /** The first line at or after {@code from} (1-based) that is neither blank nor a comment, or -1. */
    private int firstDataLine(int from) {
        for (int l = Math.max(from, 1); l <= lineStarts.length; l++) {
            int s = lineStarts[l - 1];
            if (s < text.length() && text.charAt(s) == '#') {
                continue;
            }
            int end = l < lineStarts.length ? lineStarts[l] : text.length();
            for (int i = s; i < end; i++) {
                char c = text.charAt(i);
                // A tab is content when it is (or, before the header is read, may be) the delimiter.
                if (!Character.isWhitespace(c) || (c == '\t' && (delimiter == 0 || delimiter == '\t'))) {
                    return l;
                }
            }
        }
        return -1;
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == n || text.charAt(i + 1) != '\n'))) {
                if (i + 1 < n) {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = i + 1;
                }
            }
        }
        return Arrays.copyOf(starts, count);
    }

    private static int lineOf(int[] starts, int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The header record's text: from its line to the first line break outside quotes. */
    private String headerText() {
        int start = lineStarts[headerLine - 1];
        boolean quoted = false;
        int i = start;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            }
        }
        return text.substring(start, i);
    }

    private char detect() {
        String header = headerText();
        int best = -1;
        int bestCount = 0;
        for (int c = 0; c < CANDIDATES.length; c++) {
            int count = countOutsideQuotes(header, CANDIDATES[c]);
            if (count > bestCount) {
                best = c;
                bestCount = count;
            }
        }
        if (best < 0) {
            return ','; // one column (a list of ids); a matrix reader then finds no column label
        }
        for (int c = 0; c < CANDIDATES.length; c++) {
            if (c != best && countOutsideQuotes(header, CANDIDATES[c]) > 0) {
                throw Messages.invalid("%s line %d: mixed delimiters in the header (%s and %s)", source, headerLine,
                        describe(CANDIDATES[best]), describe(CANDIDATES[c]));
            }
        }
        return CANDIDATES[best];
    }

    /** Another candidate delimiter, besides a comma where it may be a decimal comma. */
    private String otherDelimiter(String line) {
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

    static String describe(char c) {
        return c == ',' ? "comma" : c == ';' ? "semicolon" : "tab";
    }
}
