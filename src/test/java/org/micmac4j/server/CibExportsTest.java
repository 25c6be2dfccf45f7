package org.micmac4j.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.micmac4j.Scale;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.io.CibCsv;
import org.micmac4j.cli.Main;
import org.micmac4j.experts.Panel;
import org.micmac4j.experts.PanelCsv;
import org.micmac4j.io.VariablesCsv;

/**
 * The cross-impact synthesis in the study's exports: the workbook's CIB sheets (every judgement,
 * the library's sheets of the ensemble) that {@code micmac experts} skips; the report zip's
 * {@code cib/} folder, whose shares equal what {@code micmac cib --ensemble} writes from the
 * exported matrices (which hold exactly the judgements sent); and the panel folder, imported back
 * with its descriptors and judgements.
 */
class CibExportsTest {
    @Test
    void theWorkbookTheReportAndThePanelFolderCarryTheCrossImpacts() throws IOException {
        try (Servers.Running s = Servers.start(Servers.Db.H2)) {
            Http h = s.http();
            long id = CibCells.study(h, "Exports");
            String ann = h.invite(id, "ann");
            String ben = h.invite(id, "ben");
            h.invite(id, "cat");
            assertEquals(200, h.put(ann, "A", "D", "3").status());
            assertEquals(200, h.put(ben, "D", "A", "2").status());
            Random r = new Random(23);
            Map<String, Map<String, Integer>> judged = new TreeMap<>(Map.of("ann", CibCells.judgeAtRandom(h, ann, r),
                    "ben",
                    CibCells.judgeAtRandom(h, ben, r)));
            String base = "api/studies/" + id + "/";

            // the workbook: micmac experts reads the grids and skips the cib sheets
            byte[] zip = h.facilitator("GET", base + "export.zip", null).body();
            String variables = new String(ApiTest.unzip(zip).get("variables.csv"), StandardCharsets.UTF_8);
            byte[] xlsx = h.facilitator("GET", base + "export.xlsx", null).body();
            Path book = Files.createTempFile("micmac-cib-", ".xlsx");
            try {
                Files.write(book, xlsx);
                Panel panel = PanelCsv.readWorkbook(book, VariablesCsv.parse(variables, "variables.csv"),
                        Scale.CLASSIC);
                assertEquals(List.of("ann", "ben"), panel.experts());
            } finally {
                Files.delete(book);
            }
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                Map<String, Map<String, Integer>> rows = new TreeMap<>();
                Sheet js = wb.getSheet("cib judgements");
                for (Row row : js) {
                    if (row.getRowNum() > 0) {
                        rows.computeIfAbsent(row.getCell(0).getStringCellValue(), k -> new TreeMap<>()).put(
                                row.getCell(1).getStringCellValue() + "." + row.getCell(2).getStringCellValue() + ">"
                                        + row.getCell(3).getStringCellValue() + "."
                                                + row.getCell(4).getStringCellValue(),
                                (int) row.getCell(5).getNumericCellValue());
                    }
                }
                assertEquals(judged, rows);
                Sheet shares = wb.getSheet("cib shares");
                assertEquals(CibCells.ensemble(List.copyOf(judged.values())).size(), shares.getLastRowNum());
                assertEquals(6, wb.getSheet("cib descriptors").getLastRowNum());
            }

            // the report: the library's CIB report of the ensemble and each expert's matrix
            Map<String, byte[]> report = ApiTest.unzip(h.facilitator("GET", base + "report.zip", null).body());
            assertTrue(report.containsKey("cib/cib-report.html"), report.keySet().toString());
            Path matrices = Files.createTempDirectory("micmac-cib-matrices-");
            Path out = Files.createTempDirectory("micmac-cib-out-");
            try {
                for (String expert : judged.keySet()) {
                    byte[] csv = report.get("cib/matrices/" + expert + ".csv");
                    Files.write(matrices.resolve(expert + ".csv"), csv);
                    CibMatrix m = CibCsv.read(matrices.resolve(expert + ".csv"));
                    for (int i = 0; i < m.size(); i++) {
                        for (int j = 0; j < m.size(); j++) {
                            String cell = m.space().label(i).replace(':', '.') + ">" + m.space().label(j).replace(':',
                                    '.');
                            assertEquals(judged.get(expert).getOrDefault(cell, 0).intValue(), m.cell(i, j), expert + " "
                                    + cell);
                        }
                    }
                }
                assertEquals(2, report.keySet().stream().filter(k -> k.startsWith("cib/matrices/")).count());
                StringWriter err = new StringWriter();
                int status = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "cib", "--ensemble",
                        matrices.toString(),
                        "--out", out.toString());
                assertEquals(0, status, err.toString());
                assertArrayEquals(Files.readAllBytes(out.resolve("shares.csv")), report.get("cib/shares.csv"),
                        new String(report.get("cib/shares.csv"), StandardCharsets.UTF_8));
            } finally {
                Servers.delete(matrices);
                Servers.delete(out);
            }

            // the panel folder, imported back: the same descriptors and judgements
            Http.Answer imported = h.facilitatorBytes("POST", "api/studies/import", zip, "application/zip");
            assertEquals(201, imported.status(), imported.text());
            long copy = imported.json().get("id").asLong();
            assertEquals(h.facilitator("GET", base + "cib", null).json().get("descriptors"),
                    h.facilitator("GET", "api/studies/" + copy + "/cib", null).json().get("descriptors"));
            assertEquals(CibCells.scenarios(h.facilitator("GET", base + "cib", null).json().get("ensemble")),
                    CibCells.scenarios(h.facilitator("GET", "api/studies/" + copy + "/cib",
                            null).json().get("ensemble")));
        }
    }
}
