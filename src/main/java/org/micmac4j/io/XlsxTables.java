package org.micmac4j.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * such as {@code #DIV/0!} is refused naming the cell. Empty rows (also styled empty rows at the end) are skipped, a row
 * that stops early has blank trailing cells, rows whose first cell starts with {@code #} are
 * comments, merged cells in a read row are refused (which cell would hold the value is a guess).
 *
 * <pre>{@code
 * CsvTable t = XlsxTables.read(Path.of("study.xlsx"), Sheet.named("MDI"));
 * InfluenceMatrix m = MatrixCsv.fromTable(t, Scale.CLASSIC);
 * Map<String, CsvTable> perExpert = XlsxTables.readAll(Path.of("panel.xlsx")); // one sheet each
 * }</pre>
 *
 * <p>Needs Apache POI ({@code org.apache.poi:poi-ooxml}), an optional dependency: without it every
 * method throws an {@link UnsupportedOperationException} naming what to add. The workbook is read
 * whole into memory (POI's user model), which suits matrices up to a few thousand variables.
 */
public final class XlsxTables {
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
        Poi.require("reading " + file);
        PoiSheets.Content c = PoiSheets.read(file, sheet);
        return CsvTable.fromRows(file.toString(), c.name(), c.rows());
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
        Map<String, CsvTable> out = new LinkedHashMap<>();
        for (PoiSheets.Content c : PoiSheets.readAll(file)) {
            out.put(c.name(), CsvTable.fromRows(file.toString(), c.name(), c.rows()));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * @param file the workbook
     * @return its sheet names in workbook order
     * @throws IOException when the file cannot be read
     * @throws UnsupportedOperationException when Apache POI is not on the class path
     */
    public static List<String> sheetNames(Path file) throws IOException {
        Poi.require("reading " + file);
        return List.copyOf(PoiSheets.sheetNames(file));
    }

    /**
     * The non-empty rows of a sheet as text, for layouts that are not labelled matrices (e.g. a
     * variables list with a header of column names).
     *
     * @param file the workbook
     * @param sheet which sheet
     * @return the rows in sheet order
     * @throws IOException when the file cannot be read
     * @throws UnsupportedOperationException when Apache POI is not on the class path
     */
    public static List<SheetRow> rows(Path file, Sheet sheet) throws IOException {
        Poi.require("reading " + file);
        return PoiSheets.read(file, sheet).rows();
    }

    /**
     * The rows of a sheet as a source for the list readers ({@link Header}): comment rows set
     * aside, messages naming the sheet and row.
     *
     * @param file the workbook
     * @param sheet which sheet
     * @return the rows
     * @throws IOException when the file cannot be read
     * @throws UnsupportedOperationException when Apache POI is not on the class path
     */
    public static TableRows tableRows(Path file, Sheet sheet) throws IOException {
        Poi.require("reading " + file);
        PoiSheets.Content c = PoiSheets.read(file, sheet);
        return new SheetRows(file.toString(), c.name(), c.rows());
    }
}
