package org.micmac4j.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.micmac4j.internal.Poi;

/**
 * Reads Excel workbooks ({@code .xlsx}, also {@code .xlsm} and the older {@code .xls}) as the
 * same labelled tables as CSV files: a header row of ids from cell B1 on, then one row per
 * variable with its id in column A. Every reader of micmac4j that takes a {@link CsvTable}
 * (influence, DEMATEL, fuzzy and reachability matrices, SSIMs) therefore reads a sheet with the
 * same checks; the messages name the sheet and the cell, e.g.
 * {@code matrix.xlsx sheet 'MDI' cell D7, row B, column C: unknown token 'x'}.
 *
 * <p>Cells: numbers as numbers (a whole number reads as {@code 3}, a fraction as its exact
 * shortest decimal), text trimmed ({@code P}, {@code V/A/X/O}, ids), a formula by the value the
 * spreadsheet program saved with it, or, when it has none (generators such as openpyxl save none,
 * or an empty one), by the value POI's formula evaluator computes; a formula that cannot be
 * computed (it refers to another workbook, or uses a function POI lacks) or gives an error value
 * such as {@code #DIV/0!} is refused naming the cell. A date is refused naming the cell (a date is
 * stored as a day count: read as a number, it would be a wrong answer). Empty rows (also styled
 * empty rows at the end) are skipped, a row that stops early has blank trailing cells, rows whose
 * first cell starts with {@code #} are comments, merged cells in a read row are refused (which
 * cell would hold the value is a guess). The default sheet ({@link Sheet#FIRST}) is the first one
 * that is not hidden.
 *
 * <pre>{@code
 * CsvTable t = XlsxTables.read(Path.of("study.xlsx"), Sheet.named("MDI"));
 * InfluenceMatrix m = MatrixCsv.fromTable(t, Scale.CLASSIC);
 * Map<String, CsvTable> perExpert = XlsxTables.readAll(Path.of("panel.xlsx")); // one sheet each
 * }</pre>
 *
 * <p>Needs Apache POI ({@code org.apache.poi:poi-ooxml}), an optional dependency: without it every
 * method throws an {@link UnsupportedOperationException} naming what to add.
 *
 * <p><b>Limits.</b> An {@code .xlsx} sheet is streamed, a row at a time, so that memory follows
 * the table kept, not the file: a sheet that cannot be a square matrix is refused as soon as a row
 * too many arrives ({@link CsvTable#readSquare}), a sheet with more than {@link #MAX_CELLS}
 * non-blank cells when the next one arrives. A part of the file that unpacks to more than 100
 * times its packed size is refused (POI's zip-bomb guard, {@code ZipSecureFile}, with a message of
 * ours). A workbook whose formulas have no saved values is read whole by POI's user model, which
 * computes them, up to {@link #RECALCULATION_MAX_BYTES} unpacked; so is an {@code .xls} file,
 * whose format holds at most 65,536 rows. Every fault of the file (damaged XML, a cell POI cannot
 * read) is one line naming the file, sheet and cell, never POI's own wording.
 */
public final class XlsxTables {
    /**
     * The most non-blank cells read from one sheet (a 10,000-variable matrix); beyond, the sheet is
     * refused naming the cell where the count was passed.
     */
    public static final long MAX_CELLS = 100_000_000L;

    /**
     * The largest workbook (unpacked, in bytes) read whole to compute formulas that have no saved
     * value; a larger one must be saved by a spreadsheet program first (which saves the values).
     */
    public static final long RECALCULATION_MAX_BYTES = 64L << 20;

    private XlsxTables() {
    }

    /**
     * @param file a file name
     * @return whether its extension is {@code .xlsx}, {@code .xlsm} or {@code .xls} (any case)
     */
    public static boolean isWorkbook(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls");
    }

    /**
     * @return whether Apache POI is on the class path, so that workbooks can be read and written
     */
    public static boolean isAvailable() {
        return Poi.available();
    }

    /**
     * Reads one sheet as a labelled table.
     *
     * @param file the workbook
     * @param sheet which sheet
     * @return the table
     * @throws IOException when the file cannot be read
     * @throws org.micmac4j.InvalidInputException when the file is not a workbook, the sheet is
     *     missing or its content is not a labelled table (the message names the sheet and cell)
     * @throws UnsupportedOperationException when Apache POI is not on the class path
     */
    public static CsvTable read(Path file, Sheet sheet) throws IOException {
        return read(file, sheet, rows -> CsvTable.of(rows, false));
    }

    /**
     * Reads a sheet through a reader of rows (e.g. a list whose columns are found by name).
     *
     * @param <T> what the reader makes
     * @param file the workbook
     * @param sheet which sheet
     * @param reader reads the rows; may be run twice (the second time on rows whose formulas
     *     were computed)
     * @return what the reader made
     * @throws IOException when the file cannot be read
     */
    static <T> T read(Path file, Sheet sheet, Function<? super SheetSource, T> reader) throws IOException {
        Poi.require("reading " + file);
        return WorkbookReader.read(file, sheet, reader::apply);
    }

    /**
     * Reads every sheet as a labelled table, e.g. one grid per expert.
     *
     * @param file the workbook
     * @return the tables by sheet name, in workbook order (unmodifiable)
     * @throws IOException when the file cannot be read
     * @throws org.micmac4j.InvalidInputException when a sheet is not a labelled table
     * @throws UnsupportedOperationException when Apache POI is not on the class path
     */
    public static Map<String, CsvTable> readAll(Path file) throws IOException {
        Poi.require("reading " + file);
        return Collections.unmodifiableMap(WorkbookReader.readAll(file, rows -> CsvTable.of(rows, false)));
    }

    /**
     * Reads the sheets whose name {@code wanted} accepts as labelled tables, e.g. the experts'
     * grids of a workbook that also holds sheets of other shapes (those are not read as tables).
     *
     * @param file the workbook
     * @param wanted which sheets, by name
     * @return the tables by sheet name, in workbook order (unmodifiable)
     * @throws IOException when the file cannot be read
     * @throws org.micmac4j.InvalidInputException when a wanted sheet is not a labelled table
     * @throws UnsupportedOperationException when Apache POI is not on the class path
     */
    public static Map<String, CsvTable> readAll(Path file,
            java.util.function.Predicate<String> wanted) throws IOException {
        Poi.require("reading " + file);
        Map<String, CsvTable> all = WorkbookReader.readAll(file, rows -> wanted.test(rows.sheet()) ? CsvTable.of(rows,
                false) : null);
        Map<String, CsvTable> out = new java.util.LinkedHashMap<>();
        all.forEach((name, table) -> {
            if (table != null) {
                out.put(name, table);
            }
        });
        return Collections.unmodifiableMap(out);
    }

    /**
     * @param file the workbook
     * @return its sheet names in workbook order, hidden ones included
     * @throws IOException when the file cannot be read
     * @throws UnsupportedOperationException when Apache POI is not on the class path
     */
    public static List<String> sheetNames(Path file) throws IOException {
        Poi.require("reading " + file);
        return List.copyOf(WorkbookReader.sheetNames(file));
    }

    /**
     * @param file the workbook
     * @return the name of the sheet {@link Sheet#FIRST} reads: the first that is not hidden
     * @throws IOException when the file cannot be read
     * @throws org.micmac4j.InvalidInputException when every sheet is hidden
     * @throws UnsupportedOperationException when Apache POI is not on the class path
     */
    public static String defaultSheet(Path file) throws IOException {
        Poi.require("reading " + file);
        return WorkbookReader.defaultSheet(file);
    }

    /**
     * The non-empty rows of a sheet as text (comment rows included), for layouts that are not
     * labelled matrices.
     *
     * @param file the workbook
     * @param sheet which sheet
     * @return the rows in sheet order
     * @throws IOException when the file cannot be read
     * @throws UnsupportedOperationException when Apache POI is not on the class path
     */
    public static List<SheetRow> rows(Path file, Sheet sheet) throws IOException {
        return read(file, sheet, rows -> {
            List<SheetRow> out = new ArrayList<>();
            for (TableRows.Row r; (r = rows.raw()) != null;) {
                out.add(new SheetRow(rows.sheet(), r.line(), Arrays.asList(r.values())));
            }
            return out;
        });
    }
}
