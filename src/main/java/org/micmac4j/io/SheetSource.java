package org.micmac4j.io;

import java.util.ArrayList;
import java.util.List;

import org.micmac4j.internal.Messages;

/**
 * The rows of a worksheet as a {@link TableRows}, whatever reads them (the streaming
 * {@link XlsxSheetRows}, or POI's user model through {@link SheetRows}): rows whose first cell
 * starts with {@code #} are comments, as in a text file; the row numbers are the lines; a row may
 * stop early (a sheet does not store trailing empty cells), a value right of the header's last
 * column is a ragged row.
 */
abstract class SheetSource implements TableRows {
    private final String sheet;
    private final String source;
    private final List<String> comments = new ArrayList<>();
    private int headerRow;

    SheetSource(String file, String sheet) {
        this.sheet = sheet;
        this.source = String.format("%s sheet '%s'", file, sheet);
    }

    /**
     * @return the next non-empty row, comments included, or null at the end
     * @throws org.micmac4j.InvalidInputException naming the cell that cannot be read
     */
    abstract Row raw();

    /** @return the sheet's name */
    final String sheet() {
        return sheet;
    }

    @Override
    public final String source() {
        return source;
    }

    @Override
    public final String lineWord() {
        return "row";
    }

    @Override
    public final String place(int line, int column) {
        return source + " cell " + SheetRow.reference(line, column);
    }

    @Override
    public final char delimiter() {
        return ',';
    }

    @Override
    public final List<String> comments() {
        return comments;
    }

    @Override
    public final Row next() {
        for (Row r; (r = raw()) != null;) {
            if (r.values()[0].startsWith("#")) {
                comments.add(r.values()[0].substring(1).strip());
                continue;
            }
            if (headerRow == 0) {
                headerRow = r.line();
            }
            return r;
        }
        return null;
    }

    @Override
    public final void requireWidth(Row row, int width) {
        if (row.values().length > width) {
            throw Messages.invalid("%s cell %s (row %s): ragged row: a value right of the header's last column %s",
                    source, SheetRow.reference(row.line(), row.values().length - 1), Messages.token(row.values()[0]),
                    SheetRow.reference(headerRow, width - 1));
        }
    }

    /**
     * A date cell: a date is stored as a day count, which read as a number would be a wrong
     * answer.
     *
     * @param at the cell, for the message
     * @param value what the cell stores
     * @return the exception to throw
     */
    static org.micmac4j.InvalidInputException dateCell(String at, String value) {
        return Messages.invalid("%s: a date (the cell shows the day count %s as a date): a table cell holds a number "
                + "or text; format the cell as a number or as text", at, Messages.token(value));
    }

    /** Reads what is left (so that checks made at the end of a sheet run) and releases it. */
    void finish() {
        while (raw() != null) {
            // rows after the table are still read: a merged region is only known at the end
        }
    }
}
