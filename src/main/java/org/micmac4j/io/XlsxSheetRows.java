package org.micmac4j.io;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.micmac4j.InvalidInputException;
import org.micmac4j.internal.Messages;

/**
 * The rows of one sheet of an {@code .xlsx} workbook, pulled from its XML one at a time (a
 * {@link TableRows}): cells as the text a CSV cell would hold (numbers as their shortest exact
 * decimal, text trimmed, a formula by its saved value), rows whose first cell starts with
 * {@code #} as comments, trailing blank cells dropped. Refused, naming the cell: an error value
 * ({@code #DIV/0!}), a date (a day count read as a number would be a wrong answer), a cell merged
 * with others in a read row, and anything the XML should not hold (the file is damaged). A
 * formula without a saved value stops the stream with {@link NeedsRecalculation}: the caller reads
 * the sheet again through POI's user model, which computes it.
 *
 * <p>Bounded: at most {@link XlsxTables#MAX_CELLS} non-blank cells, and the sheet's own limits
 * (1,048,576 rows, 16,384 columns).
 */
final class XlsxSheetRows extends SheetSource {
    /** Excel's limits: a reference beyond them is not a cell. */
    private static final int MAX_ROW = 1_048_576;
    private static final int MAX_COLUMN = 16_384;
    /** The number syntax of a saved value (xsd:double without NaN and INF). */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    /** A formula cell without a saved value: the stream cannot give its value. */
    static final class NeedsRecalculation extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NeedsRecalculation(String at) {
            super(at, null, false, false);
        }
    }

    private final XlsxPackage book;
    private final String source;
    private final InputStream in;
    private final XMLStreamReader x;
    private final BitSet readRows = new BitSet();
    private int lastRow;
    private long cells;
    private boolean ended;

    XlsxSheetRows(XlsxPackage book, String sheet, InputStream in) {
        super(book.file(), sheet);
        this.book = book;
        this.source = source();
        this.in = in;
        try {
            this.x = XlsxPackage.xml(in);
        } catch (XMLStreamException e) {
            throw XlsxPackage.damaged(book.file(), "sheet '" + sheet + "'", e);
        }
    }

    @Override
    Row raw() {
        if (ended) {
            return null;
        }
        try {
            while (x.hasNext()) {
                int e = x.next();
                if (e == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("row")) {
                    Row r = row();
                    if (r != null) {
                        readRows.set(r.line());
                        return r;
                    }
                } else if (e == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("mergeCell")) {
                    merged(x.getAttributeValue(null, "ref"));
                }
            }
            ended = true;
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof InvalidInputException || e instanceof NeedsRecalculation) {
                throw (RuntimeException) e;
            }
            InvalidInputException bomb = XlsxPackage.zipBomb(book.file(), e);
            if (bomb != null) {
                throw bomb;
            }
            throw Messages.invalidWithCause(e, "%s near row %d: the sheet cannot be read (the file is damaged)",
                    source, Math.max(lastRow, 1));
        }
    }

    /** Reads a {@code <row>} to its end: the row, or null when every cell is blank. */
    private Row row() throws XMLStreamException {
        String r = x.getAttributeValue(null, "r");
        int number = r == null ? lastRow + 1 : parseIndex(r, MAX_ROW, "row number");
        if (number <= lastRow) {
            throw Messages.invalid("%s row %d: comes after row %d (the file is damaged)", source, number, lastRow);
        }
        lastRow = number;
        List<String> values = new ArrayList<>();
        int column = -1;
        while (x.hasNext()) {
            int e = x.next();
            if (e == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("row")) {
                break;
            }
            if (e == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("c")) {
                String ref = x.getAttributeValue(null, "r");
                int c = ref == null ? column + 1 : column(ref, number);
                if (c <= column) {
                    throw Messages.invalid("%s cell %s: comes after cell %s (the file is damaged)", source,
                            SheetRow.reference(number, c), SheetRow.reference(number, column));
                }
                column = c;
                String text = cell(SheetRow.reference(number, c));
                if (!text.isEmpty()) {
                    if (++cells > XlsxTables.MAX_CELLS) {
                        throw Messages.invalid("%s cell %s: more than %,d cells: beyond what micmac4j reads from a "
                                + "workbook (save the sheet as CSV)", source, SheetRow.reference(number, c),
                                XlsxTables.MAX_CELLS);
                    }
                    while (values.size() < c) {
                        values.add("");
                    }
                    values.add(text);
                }
            }
        }
        return values.isEmpty() ? null : new Row(values.toArray(new String[0]), number);
    }

    /** The column of a reference such as {@code B7}, which must be on row {@code row}. */
    private int column(String ref, int row) {
        int i = 0;
        int c = 0;
        while (i < ref.length() && i < 4 && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z') {
            c = c * 26 + (ref.charAt(i) - 'A' + 1);
            i++;
        }
        if (i == 0 || c > MAX_COLUMN || i == ref.length() || parseIndex(ref.substring(i), MAX_ROW, "cell") != row) {
            throw Messages.invalid("%s row %d: '%s' is not a cell of this row (the file is damaged)", source, row,
                    Messages.token(ref));
        }
        return c - 1;
    }

    private int parseIndex(String text, int max, String what) {
        if (!text.isEmpty() && text.length() <= 7 && text.chars().allMatch(Character::isDigit)) {
            int v = Integer.parseInt(text);
            if (v >= 1 && v <= max) {
                return v;
            }
        }
        throw Messages.invalid("%s near row %d: '%s' is not a %s (the file is damaged)", source, lastRow + 1,
                Messages.token(text), what);
    }

    /** Reads a {@code <c>} to its end: the text it shows, or refuses it. */
    private String cell(String ref) throws XMLStreamException {
        String at = source + " cell " + ref;
        String type = x.getAttributeValue(null, "t");
        String style = x.getAttributeValue(null, "s");
        String value = null;
        String formula = null;
        StringBuilder inline = null;
        while (x.hasNext()) {
            int e = x.next();
            if (e == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("c")) {
                break;
            }
            if (e != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (x.getLocalName()) {
                case "v" -> value = x.getElementText();
                case "f" -> formula = x.getElementText();
                case "is" -> inline = inlineText();
                default -> skip();
            }
        }
        String t = type == null ? "n" : type;
        boolean empty = value == null || value.isEmpty();
        if (formula != null && empty && !t.equals("str")) {
            throw new NeedsRecalculation(at);
        }
        switch (t) {
            case "n":
                if (empty) {
                    return ""; // a styled empty cell
                }
                if (!NUMBER.matcher(value.strip()).matches()) {
                    throw Messages.invalid("%s: '%s' is not a number (the file is damaged)", at,
                            Messages.token(value));
                }
                double d = Double.parseDouble(value.strip());
                if (style != null && book.isDateStyle(parseStyle(style, at), at)) {
                    throw dateCell(at, Messages.number(d));
                }
                return Messages.number(d);
            case "s":
                if (empty || !value.strip().chars().allMatch(Character::isDigit) || value.strip().length() > 9) {
                    throw Messages.invalid("%s: '%s' is not a shared-string index (the file is damaged)", at,
                            Messages.token(value));
                }
                return book.sharedString(Integer.parseInt(value.strip()), at).strip();
            case "inlineStr":
                return inline != null ? inline.toString().strip() : value == null ? "" : value.strip();
            case "str":
                return value == null ? "" : value.strip();
            case "b":
                if ("1".equals(value) || "0".equals(value)) {
                    return value.equals("1") ? "TRUE" : "FALSE";
                }
                throw Messages.invalid("%s: '%s' is not a Boolean value (the file is damaged)", at,
                        Messages.token(value));
            case "e":
                throw Messages.invalid("%s: the cell holds the error %s", at, Messages.token(value));
            case "d":
                throw dateCell(at, value);
            default:
                throw Messages.invalid("%s: unknown cell type '%s' (the file is damaged)", at, Messages.token(t));
        }
    }

    private static int parseStyle(String style, String at) {
        if (!style.isEmpty() && style.length() <= 6 && style.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(style);
        }
        throw Messages.invalid("%s: '%s' is not a cell style (the file is damaged)", at, Messages.token(style));
    }

    /** The text of an inline string: its {@code <t>} elements, phonetic runs left out. */
    private StringBuilder inlineText() throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        boolean phonetic = false;
        while (depth > 0 && x.hasNext()) {
            int e = x.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (x.getLocalName().equals("rPh")) {
                    phonetic = true;
                } else if (x.getLocalName().equals("t") && !phonetic) {
                    sb.append(x.getElementText());
                    depth--;
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (x.getLocalName().equals("rPh")) {
                    phonetic = false;
                }
            }
        }
        return sb;
    }

    /** Skips an element the reader does not use, with its children. */
    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && x.hasNext()) {
            int e = x.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /**
     * A merged region shows one value over several cells: which of them holds it for the table is
     * a guess, so a region that touches a read row is refused rather than filled in.
     */
    private void merged(String ref) {
        if (ref == null) {
            return;
        }
        int colon = ref.indexOf(':');
        int first = rowOf(colon < 0 ? ref : ref.substring(0, colon));
        int last = colon < 0 ? first : rowOf(ref.substring(colon + 1));
        if (first <= 0 || last < first) {
            return; // not a region this reader can place: it cannot touch a read row
        }
        int hit = readRows.nextSetBit(first);
        if (hit >= 0 && hit <= last) {
            throw Messages.invalid("%s: cells %s are merged: a table needs one value per cell (unmerge them)", source,
                    Messages.token(ref));
        }
    }

    private static int rowOf(String ref) {
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            i++;
        }
        String digits = ref.substring(i);
        return !digits.isEmpty() && digits.length() <= 7 && digits.chars().allMatch(Character::isDigit)
                ? Integer.parseInt(digits) : -1;
    }

    /** Closes the XML reader and its stream. */
    void close() {
        try {
            x.close();
            in.close();
        } catch (Exception e) {
            // a read-only stream: nothing is lost
        }
    }
}
