package org.micmac4j.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Variable;

/**
 * Writes {@code src/test/resources/io/hdf-saved.xlsx}, the workbook "saved by a spreadsheet
 * program" that {@link XlsxTablesTest} reads: the bundled study's matrix and variables with what
 * such a program writes and a hand-made reader would miss: shared strings (POI's XSSF stores every
 * text cell in the shared-strings part, as Excel does), cell styles (bold filled header, centred
 * numbers with a number format, borders), a formula cell whose cached value is the score (the
 * formula is evaluated before saving, as a spreadsheet program does), a styled empty row after
 * the table, a first sheet of notes so that the matrix must be chosen by name, and a comment row.
 *
 * <p>Run again after changing it: {@code mvn -q test-compile exec:java
 * -Dexec.mainClass=org.micmac4j.io.SpreadsheetFixture -Dexec.classpathScope=test}.
 */
public final class SpreadsheetFixture {
    /** The bundled example study, as the CLI ships it. */
    static final String BUNDLED = "src/main/resources/org/micmac4j/data/hdf-industry-2040/";

    /** Where the fixture lives, from the repository root. */
    public static final Path FILE = Path.of("src/test/resources/io/hdf-saved.xlsx");
    /** The matrix cell (0-based row, column within the matrix) written as a formula. */
    public static final int FORMULA_ROW = 0;

    private SpreadsheetFixture() {
    }

    /**
     * @param args unused
     * @throws IOException when writing fails
     */
    public static void main(String[] args) throws IOException {
        InfluenceMatrix m = MatrixCsv.read(Path.of(BUNDLED + "matrix.csv"), Path.of(BUNDLED + "variables.csv"));
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle number = wb.createCellStyle();
            number.setAlignment(HorizontalAlignment.CENTER);
            number.setDataFormat(wb.createDataFormat().getFormat("0"));
            number.setBorderBottom(BorderStyle.THIN);

            Sheet notes = wb.createSheet("Read me");
            notes.createRow(0).createCell(0).setCellValue(
                    "Hauts-de-France industry 2040: the micmac4j example study (illustrative scores)");

            Sheet mdi = wb.createSheet("MDI");
            Row head = mdi.createRow(0);
            head.createCell(0).setCellStyle(header);
            for (int j = 0; j < m.size(); j++) {
                Cell c = head.createCell(j + 1);
                c.setCellValue(m.variable(j).id());
                c.setCellStyle(header);
            }
            int formulaColumn = -1;
            for (int i = 0; i < m.size(); i++) {
                Row row = mdi.createRow(i + 1);
                Cell id = row.createCell(0);
                id.setCellValue(m.variable(i).id());
                id.setCellStyle(header);
                for (int j = 0; j < m.size(); j++) {
                    Cell c = row.createCell(j + 1);
                    c.setCellStyle(number);
                    if (m.isPotential(i, j)) {
                        c.setCellValue("P");
                    } else if (i == FORMULA_ROW && formulaColumn < 0 && m.value(i, j) >= 2) {
                        formulaColumn = j;
                        c.setCellFormula("1+" + (int) (m.value(i, j) - 1));
                    } else if (m.value(i, j) != 0 || j % 2 == 0) {
                        c.setCellValue(m.value(i, j)); // zeros: some written, some left empty
                    }
                }
            }
            Row comment = mdi.createRow(m.size() + 1);
            comment.createCell(0).setCellValue("# scores are illustrative");
            Row empty = mdi.createRow(m.size() + 3);
            for (int j = 0; j <= m.size(); j++) {
                empty.createCell(j).setCellStyle(number);
            }
            mdi.createFreezePane(1, 1);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();

            Sheet vars = wb.createSheet("Variables");
            List<String> cols = List.of("id", "name", "group", "description");
            Row vh = vars.createRow(0);
            for (int c = 0; c < cols.size(); c++) {
                vh.createCell(c).setCellValue(cols.get(c));
                vh.getCell(c).setCellStyle(header);
            }
            for (int i = 0; i < m.size(); i++) {
                Variable v = m.variable(i);
                Row r = vars.createRow(i + 1);
                r.createCell(0).setCellValue(v.id());
                r.createCell(1).setCellValue(v.name());
                r.createCell(2).setCellValue(v.group().orElse(""));
                if (v.description().isPresent()) {
                    r.createCell(3).setCellValue(v.description().get());
                }
            }
            Files.createDirectories(FILE.getParent());
            try (OutputStream out = Files.newOutputStream(FILE)) {
                wb.write(out);
            }
        }
    }
}
