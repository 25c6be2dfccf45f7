package org.micmac4j.io;

import java.util.Iterator;
import java.util.List;

/** The rows of a sheet read whole by POI's user model ({@link PoiSheets}), as a {@link SheetSource}. */
final class SheetRows extends SheetSource {
    private final Iterator<SheetRow> rows;

    SheetRows(String file, String sheet, List<SheetRow> rows) {
        super(file, sheet);
        this.rows = rows.iterator();
    }

    @Override
    Row raw() {
        if (!rows.hasNext()) {
            return null;
        }
        SheetRow r = rows.next();
        return new Row(r.cells().toArray(new String[0]), r.number());
    }
}
