package org.micmac4j.io;

import java.util.Iterator;
import java.util.List;

import org.micmac4j.internal.Messages;

/**
 * The rows of a worksheet as a {@link TableRows}: rows whose first cell starts with {@code #} are
 * comments, as in a text file; the row numbers are the lines; a row may stop early (a sheet does
 * not store trailing empty cells).
 */
final class SheetRows implements TableRows {
    private final String source;
    private final Iterator<SheetRow> rows;
    private final List<String> comments = new java.util.ArrayList<>();

    SheetRows(String file, String sheet, List<SheetRow> rows) {
        this.source = String.format("%s sheet '%s'", file, sheet);
        this.rows = rows.iterator();
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public String lineWord() {
        return "row";
    }

    @Override
    public char delimiter() {
        return ',';
    }

    @Override
    public Row next() {
        while (rows.hasNext()) {
            SheetRow r = rows.next();
            if (r.cell(0).startsWith("#")) {
                comments.add(r.cell(0).substring(1).strip());
                continue;
            }
            return new Row(r.cells().toArray(new String[0]), r.number());
        }
        return null;
    }

    @Override
    public List<String> comments() {
        return comments;
    }

    @Override
    public void requireWidth(Row row, int width) {
        if (row.values().length > width) {
            throw Messages.invalid("%s cell %s (row %s): ragged row: a value right of the header's last column",
                    source, SheetRow.reference(row.line(), row.values().length - 1), Messages.token(row.values()[0]));
        }
    }
}
