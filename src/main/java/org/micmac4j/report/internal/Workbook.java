package org.micmac4j.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.micmac4j.internal.Poi;

/**
 * The workbook of every report: {@link SheetTable}s written as {@code .xlsx}, through
 * {@link PoiWorkbook} once {@link Poi#require} has checked that the optional Apache POI is there
 * (so that a caller without it gets one sentence naming the dependency, not a
 * {@link NoClassDefFoundError}).
 */
public final class Workbook {
    private Workbook() {
    }

    /**
     * @param sheets the sheets, in order
     * @param out where the workbook goes (not closed)
     * @throws IOException when {@code out} fails
     * @throws UnsupportedOperationException when Apache POI is not on the class path
     */
    public static void write(List<SheetTable> sheets, OutputStream out) throws IOException {
        Poi.require("writing an Excel workbook");
        PoiWorkbook.write(sheets, out);
    }
}
