package org.micmac4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.micmac4j.InfluenceMatrix;
import org.micmac4j.InvalidInputException;
import org.micmac4j.Scale;
import org.micmac4j.ism.IsmInput;

class XlsxTablesTest {
    /** The bundled example study, as the CLI ships it. */
    static final String BUNDLED = "src/main/resources/org/micmac4j/data/hdf-industry-2040/";

    private static final Path SAVED = SpreadsheetFixture.FILE;

    @Test
    void theFixtureHasWhatASpreadsheetProgramWrites() throws IOException {
        // Guards the fixture itself, so that the next test reads what it claims to read.
        try (InputStream in = Files.newInputStream(SAVED); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertTrue(wb.getSharedStringSource().getCount() > 29, "shared strings");
            assertTrue(wb.getNumCellStyles() > 2, "styles");
            XSSFSheet mdi = wb.getSheet("MDI");
            XSSFCell formula = null;
            for (var cell : mdi.getRow(SpreadsheetFixture.FORMULA_ROW + 1)) {
                if (cell.getCellType() == CellType.FORMULA) {
                    formula = (XSSFCell) cell;
                }
            }
            assertTrue(formula != null && formula.getCTCell().isSetV(), "a formula with a cached value");
            var last = mdi.getRow(mdi.getLastRowNum());
            assertTrue(last.getPhysicalNumberOfCells() > 0, "a styled row at the end");
            for (var cell : last) {
                assertEquals(CellType.BLANK, cell.getCellType());
            }
        }
    }

    @Test
    void aSavedWorkbookReadsLikeTheBundledCsv() throws IOException {
        InfluenceMatrix csv = MatrixCsv.read(Path.of(BUNDLED + "matrix.csv"), Path.of(BUNDLED + "variables.csv"));
        InfluenceMatrix xlsx = MatrixCsv.withVariables(MatrixCsv.read(SAVED, Sheet.named("MDI"), Scale.CLASSIC),
                VariablesCsv.read(SAVED, Sheet.named("Variables")), "variables");
        assertEquals(csv.variables(), xlsx.variables());
        for (int i = 0; i < csv.size(); i++) {
            for (int j = 0; j < csv.size(); j++) {
                assertEquals(csv.token(i, j), xlsx.token(i, j), i + "," + j);
            }
        }
        CsvTable t = CsvTable.read(SAVED, Sheet.at(2));
        assertEquals("MDI", t.sheet());
        assertEquals(List.of("scores are illustrative"), t.comments());
    }

    @Test
    void sheetsByNameOrPositionAndTheMissingOneNamed() throws IOException {
        assertEquals(List.of("Read me", "MDI", "Variables"), XlsxTables.sheetNames(SAVED));
        assertEquals("MDI", CsvTable.read(SAVED, Sheet.parse("2")).sheet());
        assertEquals("Variables", CsvTable.read(SAVED, Sheet.parse("Variables")).sheet());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CsvTable.read(SAVED, Sheet.named("Matrix")));
        assertTrue(e.getMessage().contains("no sheet named 'Matrix' (sheets: Read me, MDI, Variables)"),
                e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> CsvTable.read(SAVED, Sheet.parse("7")));
        assertTrue(e.getMessage().contains("no sheet 7: the workbook has 3 sheets"), e.getMessage());
        // The first sheet holds notes, not a matrix: the message names it.
        e = assertThrows(InvalidInputException.class, () -> MatrixCsv.read(SAVED));
        assertTrue(e.getMessage().contains("sheet 'Read me'"), e.getMessage());
    }

    @Test
    void textInANumericCellIsNamedBySheetAndCell(@TempDir Path dir) throws IOException {
        Object[][] rows = new Object[7][];
        rows[0] = new Object[] {null, "A", "B", "C"};
        rows[1] = new Object[] {"A", 0, 1};
        rows[2] = new Object[] {"B", 2, 0};
        rows[3] = new Object[] {};
        rows[4] = new Object[] {};
        rows[5] = new Object[] {};
        rows[6] = new Object[] {"C", "high", 0};
        Path f = Workbooks.write(dir.resolve("m.xlsx"), "Grid", rows);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MatrixCsv.read(f));
        assertTrue(e.getMessage().contains("m.xlsx sheet 'Grid' cell B7, row C, column A: unknown token 'high'"),
                e.getMessage());
    }

    @Test
    void raggedRowMergedCellsAndFormulaErrorsAreRefused(@TempDir Path dir) throws IOException {
        Path ragged = Workbooks.write(dir.resolve("r.xlsx"), "M", new Object[] {null, "A", "B"},
                new Object[] {"A", 0, 1}, new Object[] {"B", 1, 0, 3});
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MatrixCsv.read(ragged));
        assertTrue(e.getMessage().contains("sheet 'M' cell D3 (row B): ragged row"), e.getMessage());

        Path merged = dir.resolve("merged.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("M");
            Workbooks.fill(s, new Object[] {null, "A", "B"}, new Object[] {"A", 0, 1}, new Object[] {"B", 1});
            s.addMergedRegion(new CellRangeAddress(2, 2, 1, 2));
            Workbooks.save(wb, merged);
        }
        e = assertThrows(InvalidInputException.class, () -> MatrixCsv.read(merged));
        assertTrue(e.getMessage().contains("sheet 'M': cells B3:C3 are merged"), e.getMessage());

        Path error = dir.resolve("error.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("M");
            Workbooks.fill(s, new Object[] {null, "A", "B"}, new Object[] {"A", 0, 1}, new Object[] {"B", 1});
            s.getRow(2).createCell(2).setCellFormula("1/0");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Workbooks.save(wb, error);
        }
        e = assertThrows(InvalidInputException.class, () -> MatrixCsv.read(error));
        assertTrue(e.getMessage().contains("sheet 'M' cell C3: the cell holds the error #DIV/0!"), e.getMessage());
    }

    /**
     * A formula cell written by a generator with an empty saved value ({@code <v/>}, as openpyxl
     * writes it) or none at all: POI alone reads 0, a wrong answer; its value is computed.
     */
    @Test
    void aFormulaWithoutASavedValueIsComputedNotReadAsZero(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("gen.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("M");
            Workbooks.fill(s, new Object[] {null, "A", "B", "C"}, new Object[] {"A", 0, 1, 2},
                    new Object[] {"B", 1, 0}, new Object[] {"C", 0, 1, 0});
            XSSFCell empty = s.getRow(2).createCell(3);
            empty.setCellFormula("1+2");
            empty.getCTCell().setV(""); // <v/>
            XSSFCell none = s.getRow(3).getCell(1);
            none.setCellFormula("B2+C2");
            none.getCTCell().unsetV(); // no <v> at all
            Workbooks.save(wb, f);
        }
        InfluenceMatrix m = MatrixCsv.read(f);
        assertEquals(3.0, m.value(1, 2), 0);
        assertEquals(1.0, m.value(2, 0), 0);
    }

    @Test
    void aFormulaThatCannotBeComputedIsRefusedNamingTheCell(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("ext.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("M");
            Workbooks.fill(s, new Object[] {null, "A", "B"}, new Object[] {"A", 0, 1}, new Object[] {"B", 1});
            XSSFCell c = s.getRow(2).createCell(2);
            c.setCellFormula("1/0");
            c.getCTCell().setV("");
            Workbooks.save(wb, f);
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MatrixCsv.read(f));
        assertTrue(e.getMessage().contains("ext.xlsx sheet 'M' cell C3: the cell holds the error #DIV/0!"),
                e.getMessage());
    }

    @Test
    void shortRowsHaveBlankTrailingCellsAndFractionsAreExact(@TempDir Path dir) throws IOException {
        Path f = Workbooks.write(dir.resolve("m.xlsx"), "M", new Object[] {null, "A", "B", "C"},
                new Object[] {"A", 0, 0.1}, new Object[] {"B", "P"}, new Object[] {"C", 1e-7, 2.5, 0});
        InfluenceMatrix m = MatrixCsv.read(f, Sheet.FIRST, Scale.PERMISSIVE);
        assertEquals(0.1, m.value(0, 1), 0);
        assertEquals(0.0, m.value(0, 2), 0);
        assertTrue(m.isPotential(1, 0));
        assertEquals(0.0, m.value(1, 2), 0);
        assertEquals(1e-7, m.value(2, 0), 0);
        assertEquals(2.5, m.value(2, 1), 0);
    }

    @Test
    void ssimAndReachabilityFromSheets(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("ism.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Workbooks.fill(wb.createSheet("SSIM"), new Object[] {null, "B", "C"}, new Object[] {"A", "V", "x"},
                    new Object[] {"B", null, "A"});
            Workbooks.fill(wb.createSheet("RM"), new Object[] {null, "A", "B"}, new Object[] {"A", 1, 1},
                    new Object[] {"B", 0, 1});
            Workbooks.save(wb, f);
        }
        IsmInput ssim = IsmInput.readSsim(f, Sheet.named("SSIM"));
        IsmInput text = IsmInput.parseSsim(",B,C\nA,V,x\nB,,A\n", "same");
        assertEquals(text.ids(), ssim.ids());
        IsmInput rm = IsmInput.readReachability(f, Sheet.at(2));
        assertEquals(List.of("A", "B"), rm.ids());
    }

    @Test
    void aCsvFileHasOnlyItsFirstSheet(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("m.csv");
        Files.writeString(f, ",A\nA,0\n");
        assertEquals(1, CsvTable.read(f, Sheet.parse("1")).rows());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CsvTable.read(f, Sheet.named("X")));
        assertTrue(e.getMessage().contains("a CSV file has no sheets"), e.getMessage());
    }
}
