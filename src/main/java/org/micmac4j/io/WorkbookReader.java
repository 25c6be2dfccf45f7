package org.micmac4j.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.micmac4j.internal.Messages;

/**
 * Routes a workbook to its reader (loaded only when Apache POI is present): an Office Open XML
 * file ({@code .xlsx}, {@code .xlsm}) is streamed ({@link XlsxPackage}); an older {@code .xls}
 * (its format holds at most 65,536 rows) or a sheet whose formulas have no saved values goes
 * through POI's user model ({@link PoiSheets}), which computes them; anything else is refused
 * saying what the file looks like.
 */
final class WorkbookReader {
    private WorkbookReader() {
    }

    private static FileMagic kind(Path file) throws IOException {
        Messages.require(Files.isRegularFile(file), "%s: no such workbook", file);
        FileMagic m = FileMagic.valueOf(file.toFile());
        if (m == FileMagic.OOXML || m == FileMagic.OLE2) {
            return m;
        }
        String looks = switch (m) {
            case PDF -> "a PDF document";
            case HTML, XML -> "an HTML or XML page";
            case JPEG, GIF, PNG, TIFF, BMP, WMF, EMF -> "an image";
            case RTF, WORD2, MSWRITE -> "a text document";
            default -> Files.size(file) == 0 ? "an empty file" : "not a workbook: if it is a CSV file, name it .csv";
        };
        throw Messages.invalid("%s: not an Excel workbook (%s)", file, looks);
    }

    static <T> T read(Path file, Sheet sheet, Function<SheetSource, T> reader) throws IOException {
        if (kind(file) == FileMagic.OLE2) {
            return userModel(file, sheet, reader);
        }
        long unpacked;
        try (XlsxPackage book = XlsxPackage.open(file)) {
            XlsxSheetRows rows = book.rows(book.resolve(sheet));
            try {
                T t = reader.apply(rows);
                rows.finish();
                return t;
            } catch (XlsxSheetRows.NeedsRecalculation e) {
                unpacked = book.unpackedSize();
                requireRecalculable(e, unpacked);
            } finally {
                rows.close();
            }
        }
        return userModel(file, sheet, reader);
    }

    static <T> Map<String, T> readAll(Path file, Function<SheetSource, T> reader) throws IOException {
        Map<String, T> out = new LinkedHashMap<>();
        if (kind(file) == FileMagic.OOXML) {
            try (XlsxPackage book = XlsxPackage.open(file)) {
                for (int i = 0; i < book.sheets().size(); i++) {
                    XlsxSheetRows rows = book.rows(i);
                    try {
                        out.put(rows.sheet(), reader.apply(rows));
                        rows.finish();
                    } catch (XlsxSheetRows.NeedsRecalculation e) {
                        requireRecalculable(e, book.unpackedSize());
                        out.clear();
                        break;
                    } finally {
                        rows.close();
                    }
                }
                if (out.size() == book.sheets().size()) {
                    return out;
                }
            }
        }
        for (PoiSheets.Content c : PoiSheets.readAll(file)) {
            out.put(c.name(), reader.apply(new SheetRows(file.toString(), c.name(), c.rows())));
        }
        return out;
    }

    /** A workbook whose formulas have no saved values is recalculated in memory, if it is small enough. */
    private static void requireRecalculable(XlsxSheetRows.NeedsRecalculation e, long unpacked) {
        if (unpacked > XlsxTables.RECALCULATION_MAX_BYTES) {
            throw Messages.invalid("%s: the formula has no saved value, and the workbook is too large to compute it "
                    + "here (%,d MB unpacked, at most %,d MB): open the workbook in a spreadsheet program and save it "
                    + "(which saves every formula's value)", e.getMessage(), unpacked >> 20,
                    XlsxTables.RECALCULATION_MAX_BYTES >> 20);
        }
    }

    private static <T> T userModel(Path file, Sheet sheet, Function<SheetSource, T> reader) throws IOException {
        PoiSheets.Content c = PoiSheets.read(file, sheet);
        return reader.apply(new SheetRows(file.toString(), c.name(), c.rows()));
    }

    static List<String> sheetNames(Path file) throws IOException {
        if (kind(file) == FileMagic.OLE2) {
            return PoiSheets.sheetNames(file);
        }
        try (XlsxPackage book = XlsxPackage.open(file)) {
            return book.names();
        }
    }

    static String defaultSheet(Path file) throws IOException {
        if (kind(file) == FileMagic.OLE2) {
            return PoiSheets.defaultSheet(file);
        }
        try (XlsxPackage book = XlsxPackage.open(file)) {
            return book.sheets().get(book.resolve(Sheet.FIRST)).name();
        }
    }
}
