package org.micmac4j.experts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.micmac4j.Scale;

/** The panel readers: folder, workbook and long CSV, and what they refuse. */
class PanelReadersTest {
    @TempDir
    Path tmp;

    /** One expert's sheet: ids A, B; cell A -> B a formula whose saved value is {@code <v/>}. */
    private static void expertSheet(XSSFWorkbook wb, String name, String formula) {
        XSSFSheet s = wb.createSheet(name);
        XSSFRow head = s.createRow(0);
        head.createCell(1).setCellValue("A");
        head.createCell(2).setCellValue("B");
        XSSFRow a = s.createRow(1);
        a.createCell(0).setCellValue("A");
        XSSFCell c = a.createCell(2);
        c.setCellFormula(formula);
        c.getCTCell().setV("");
        XSSFRow b = s.createRow(2);
        b.createCell(0).setCellValue("B");
        b.createCell(1).setCellValue(1);
    }

    @Test
    void aWorkbookFormulaWithAnEmptySavedValueIsComputed() throws IOException {
        Path f = tmp.resolve("panel.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            expertSheet(wb, "ann", "1+2");
            expertSheet(wb, "bob", "MAX(1,2)");
            wb.write(out);
        }
        Panel p = PanelCsv.readWorkbook(f, null, Scale.CLASSIC);
        assertEquals("3", p.token(0, 0, 1));
        assertEquals("2", p.token(1, 0, 1));
    }
}
