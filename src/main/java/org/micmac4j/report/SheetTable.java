package org.micmac4j.report;

import java.util.ArrayList;
import java.util.List;

/**
 * One worksheet to write, independent of the spreadsheet library: a name, a header row and rows
 * of cells, each a {@link String}, a {@link Number} (written as a number cell; NaN as a blank
 * cell, since a spreadsheet has no NaN) or a {@link Boolean}.
 *
 * @param name the sheet name (at most 31 characters, no {@code []:*?/\})
 * @param header the column names
 * @param rows the rows, each as long as the header or shorter
 * @param frozenColumns how many leading columns stay visible when scrolling right (ids)
 */
record SheetTable(String name, List<String> header, List<List<Object>> rows, int frozenColumns) {
    SheetTable {
        header = List.copyOf(header);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> r : rows) {
            copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(r)));
        }
        rows = java.util.Collections.unmodifiableList(copy);
    }
}
