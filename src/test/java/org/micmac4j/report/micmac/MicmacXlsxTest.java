package org.micmac4j.report.micmac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Micmac;
import org.micmac4j.MicmacResult;
import org.micmac4j.Scale;
import org.micmac4j.View;
import org.micmac4j.ViewResult;
import org.micmac4j.io.MatrixCsv;
import org.micmac4j.io.Sheet;
import org.micmac4j.io.SheetRow;
import org.micmac4j.io.VariablesCsv;
import org.micmac4j.io.XlsxTables;

/** The MICMAC report's workbook: read back, it gives the same analysis; numbers are number cells. */
class MicmacXlsxTest {
    /** The bundled example study, as the CLI ships it. */
    static final String BUNDLED = "src/main/resources/org/micmac4j/data/hdf-industry-2040/";

    @Test
    void writeReadAnalyseGivesTheSameAnalysis(@TempDir Path dir) throws IOException {
        InfluenceMatrix m = MatrixCsv.read(Path.of(BUNDLED + "matrix.csv"), Path.of(BUNDLED + "variables.csv"));
        MicmacResult first = Micmac.withDefaults().analyze(m);
        Path f = dir.resolve("results.xlsx");
        MicmacReport.withDefaults().writeXlsx(first, f);

        InfluenceMatrix back = MatrixCsv.withVariables(MatrixCsv.read(f, Sheet.named("matrix"), Scale.CLASSIC),
                VariablesCsv.read(f, Sheet.named("variables")), "variables");
        assertEquals(m.variables(), back.variables());
        MicmacResult second = Micmac.withDefaults().analyze(back);
        for (View v : View.values()) {
            ViewResult a = first.view(v);
            ViewResult b = second.view(v);
            for (int i = 0; i < m.size(); i++) {
                assertEquals(a.influenceRank(i), b.influenceRank(i), v + " " + i);
                assertEquals(a.dependenceRank(i), b.dependenceRank(i), v + " " + i);
                assertEquals(a.sector(i), b.sector(i), v + " " + i);
            }
        }

        // Each view sheet holds the result's own values (exact: numbers are number cells).
        for (View v : View.values()) {
            List<SheetRow> rows = XlsxTables.rows(f, Sheet.named(v.name().toLowerCase(java.util.Locale.ROOT)));
            assertEquals(List.of("id", "name", "group", "influence", "dependence", "influence_rank",
                    "dependence_rank", "sector"), rows.get(0).cells());
            ViewResult r = first.view(v);
            for (int i = 0; i < m.size(); i++) {
                SheetRow row = rows.get(i + 1);
                assertEquals(m.variable(i).id(), row.cell(0));
                assertEquals(r.influence(i), Double.parseDouble(row.cell(3)), 0);
                assertEquals(r.dependence(i), Double.parseDouble(row.cell(4)), 0);
                assertEquals(r.influenceRank(i), Integer.parseInt(row.cell(5)));
                assertEquals(r.sector(i).name(), row.cell(7));
            }
        }
    }

    @Test
    void numbersAreNumbersWithFrozenHeadersAndAutofilter(@TempDir Path dir) throws IOException {
        MicmacResult r = Micmac.withDefaults()
                .analyze(MatrixCsv.read(Path.of(BUNDLED + "matrix.csv"), Path.of(BUNDLED + "variables.csv")));
        Path f = dir.resolve("results.xlsx");
        MicmacReport.withDefaults().writeXlsx(r, f);
        try (InputStream in = Files.newInputStream(f); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("direct", "indirect", "potential_direct", "potential_indirect", "characteristics",
                    "stability", "matrix", "variables"), XlsxTables.sheetNames(f));
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                XSSFSheet sheet = wb.getSheetAt(s);
                assertTrue(sheet.getPaneInformation() != null && sheet.getPaneInformation().isFreezePane(),
                        sheet.getSheetName());
                assertEquals(0, sheet.getPaneInformation().getHorizontalSplitPosition() - 1, sheet.getSheetName());
                assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), sheet.getSheetName());
                assertTrue(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold(), sheet.getSheetName());
            }
            XSSFSheet indirect = wb.getSheet("indirect");
            assertEquals(CellType.NUMERIC, indirect.getRow(1).getCell(3).getCellType());
            assertEquals(CellType.NUMERIC, indirect.getRow(1).getCell(5).getCellType());
            XSSFSheet stability = wb.getSheet("stability");
            assertEquals(r.iteration(View.INDIRECT).orders().size() + r.iteration(View.POTENTIAL_INDIRECT).orders()
                    .size(), stability.getLastRowNum());
            assertEquals(CellType.BOOLEAN, wb.getSheet("characteristics").getRow(8).getCell(1).getCellType());
        }
    }
}
