package org.micmac4j.io;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.formula.eval.NotImplementedException;
import org.apache.poi.ss.formula.eval.NotImplementedFunctionException;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.micmac4j.InvalidInputException;
import org.micmac4j.internal.Messages;

/**
 * The only class of {@code io} that touches Apache POI: loaded by {@link XlsxTables} after
 * {@link org.micmac4j.internal.Poi#require} has checked that POI is there. Turns a sheet into
 * {@link SheetRow}s of text, so that the CSV validation reads workbooks unchanged.
 */
final class PoiSheets {
    private PoiSheets() {
    }

    /** A sheet read as text. */
    record Content(String name, List<SheetRow> rows) {
    }

    static List<String> sheetNames(Path file) throws IOException {
        try (Workbook wb = open(file)) {
            return names(wb);
        }
    }

    static Content read(Path file, Sheet selector) throws IOException {
        try (Workbook wb = open(file)) {
            int index = selector.isDefault() ? firstVisible(wb, file) : selector.resolve(names(wb), file.toString());
            return safeContent(wb, index, file.toString());
        }
    }

    static List<Content> readAll(Path file) throws IOException {
        try (Workbook wb = open(file)) {
            List<Content> out = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                out.add(safeContent(wb, i, file.toString()));
            }
            return out;
        }
    }

    /** The first sheet a spreadsheet program shows: the first that is not hidden. */
    private static int firstVisible(Workbook wb, Path file) {
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            if (!wb.isSheetHidden(i) && !wb.isSheetVeryHidden(i)) {
                return i;
            }
        }
        Messages.require(wb.getNumberOfSheets() > 0, "%s: the workbook has no sheet", file);
        throw Messages.invalid("%s: every sheet is hidden (%s): choose one by name", file,
                String.join(", ", names(wb)));
    }

    /** The name of the first visible sheet. */
    static String defaultSheet(Path file) throws IOException {
        try (Workbook wb = open(file)) {
            return wb.getSheetName(firstVisible(wb, file));
        }
    }

    private static List<String> names(Workbook wb) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            names.add(wb.getSheetName(i));
        }
        return names;
    }

    private static Workbook open(Path file) throws IOException {
        Messages.require(Files.isRegularFile(file), "%s: no such workbook", file);
        File f = file.toFile();
        try {
            return WorkbookFactory.create(f, null, true);
        } catch (EncryptedDocumentException e) {
            throw new InvalidInputException(file + ": the workbook is password-protected; save an unprotected copy", e);
        } catch (IOException | RuntimeException e) {
            // POI reports a file that is not a workbook (or a damaged one) by several exception
            // types; all of them mean bad input here, in our words.
            throw XlsxPackage.damaged(file.toString(), null, e);
        }
    }

    /** A sheet's content; what POI throws on a damaged sheet (outside a cell) in one line of ours. */
    private static Content safeContent(Workbook wb, int index, String source) {
        try {
            return content(wb, wb.getSheetAt(index), source);
        } catch (InvalidInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw Messages.invalidWithCause(e, "%s sheet '%s': the sheet cannot be read (the file is damaged)", source,
                    wb.getSheetName(index));
        }
    }

    private static Content content(Workbook wb, org.apache.poi.ss.usermodel.Sheet sheet, String source) {
        String name = sheet.getSheetName();
        FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        List<SheetRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            int last = row.getLastCellNum();
            for (int c = 0; c < last; c++) {
                Cell cell = row.getCell(c);
                try {
                    cells.add(text(cell, evaluator, source, name));
                } catch (InvalidInputException e) {
                    throw e;
                } catch (RuntimeException e) {
                    // A malformed cell (POI: null pointer, illegal state, XML enumeration errors)
                    throw Messages.invalidWithCause(e, "%s sheet '%s' cell %s: the cell cannot be read (the file "
                            + "is damaged)", source, name, SheetRow.reference(row.getRowNum() + 1, c));
                }
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            if (!cells.isEmpty()) {
                rows.add(new SheetRow(name, row.getRowNum() + 1, cells));
            }
        }
        refuseMerged(sheet, rows, source);
        return new Content(name, rows);
    }

    /**
     * A merged region shows one value over several cells: which of them holds it for the matrix
     * is a guess, so a region that touches a read row is refused rather than filled in.
     */
    private static void refuseMerged(org.apache.poi.ss.usermodel.Sheet sheet, List<SheetRow> rows, String source) {
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            for (SheetRow r : rows) {
                int row = r.number() - 1;
                if (row >= region.getFirstRow() && row <= region.getLastRow()) {
                    throw Messages.invalid("%s sheet '%s': cells %s are merged: a table needs one value per cell "
                            + "(unmerge them)", source, sheet.getSheetName(), region.formatAsString());
                }
            }
        }
    }

    private static String text(Cell cell, FormulaEvaluator evaluator, String source, String sheet) {
        if (cell == null) {
            return "";
        }
        String at = String.format("%s sheet '%s' cell %s", source, sheet, cell.getAddress().formatAsString());
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            if (!hasSavedValue(cell)) {
                return text(computed(cell, evaluator, at), at);
            }
            type = cell.getCachedFormulaResultType();
        }
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            throw SheetSource.dateCell(at, Messages.number(cell.getNumericCellValue()));
        }
        CellValue v = switch (type) {
            case NUMERIC -> new CellValue(cell.getNumericCellValue());
            case STRING -> new CellValue(cell.getStringCellValue());
            case BOOLEAN -> CellValue.valueOf(cell.getBooleanCellValue());
            case ERROR -> CellValue.getError(cell.getErrorCellValue());
            default -> null;
        };
        return text(v, at);
    }

    /** A value as the text a CSV cell would hold; an error value is refused naming the cell. */
    private static String text(CellValue v, String at) {
        if (v == null) {
            return "";
        }
        switch (v.getCellType()) {
            case NUMERIC:
                return Messages.number(v.getNumberValue());
            case STRING:
                return v.getStringValue().strip();
            case BOOLEAN:
                return v.getBooleanValue() ? "TRUE" : "FALSE";
            case ERROR:
                throw Messages.invalid("%s: the cell holds the error %s", at,
                        FormulaError.forInt(v.getErrorValue()).getString());
            default:
                return "";
        }
    }

    /**
     * Whether a formula cell carries the value its formula gave when the file was saved. A
     * spreadsheet program always saves it; generators often do not, or write an empty one
     * ({@code <v/>}, as openpyxl does), which POI would read as 0. Only a text result may be
     * empty.
     */
    private static boolean hasSavedValue(Cell cell) {
        if (!(cell instanceof XSSFCell x)) {
            return true; // an .xls formula record always holds its result
        }
        if (!x.getCTCell().isSetV()) {
            return false;
        }
        return !x.getCTCell().getV().isBlank() || cell.getCachedFormulaResultType() == CellType.STRING;
    }

    /**
     * The value of a formula without a saved value, computed by POI's formula evaluator; a
     * formula it cannot compute (another workbook, a function POI does not implement) is refused
     * naming the cell.
     */
    private static CellValue computed(Cell cell, FormulaEvaluator evaluator, String at) {
        try {
            return evaluator.evaluate(cell);
        } catch (NotImplementedException e) {
            String function = e instanceof NotImplementedFunctionException f ? f.getFunctionName()
                    : e.getCause() instanceof NotImplementedFunctionException f ? f.getFunctionName() : null;
            throw new InvalidInputException(at + ": the formula =" + Messages.token(cell.getCellFormula())
                    + " has no saved value and uses " + (function == null ? "a function" : "the function " + function)
                    + " that micmac4j cannot compute: " + RECALCULATE, e);
        } catch (RuntimeException e) {
            throw new InvalidInputException(at + ": the formula =" + Messages.token(cell.getCellFormula())
                    + " has no saved value and cannot be computed here (it may refer to another workbook): "
                    + RECALCULATE, e);
        }
    }

    /** How to give a formula its saved value. */
    private static final String RECALCULATE = "open the workbook in a spreadsheet program and save it (which saves "
            + "every formula's value)";
}
