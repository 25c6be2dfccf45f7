package org.micmac4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.micmac4j.testutil.Folders;

/**
 * Faults of the input files found by trying the commands as a new user would (issue 16): each is
 * refused with exit 2 and one line naming the file (and line, sheet or cell), never a Java
 * exception's wording, never a wrong answer.
 */
class ReaderFaultTest {
    @TempDir
    Path tmp;

    private static final String CIB = "impacting\\impacted,A:a1,A:a2,B:b1,B:b2\nA:a1,0,0,1,-1\nA:a2,0,0,-1,1\n"
            + "B:b1,2,-2,0,0\nB:b2,-2,2,0,0\n";

    private Path write(String name, String content) throws IOException {
        return Files.writeString(tmp.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Path write(String name, String content, Charset charset) throws IOException {
        return Files.write(tmp.resolve(name), content.getBytes(charset));
    }

    @Test
    void cibOnALatin1CsvNamesTheFileAndLineAndSaysHowToFixIt() throws IOException {
        Path f = write("latin.csv", "# Scénario\n" + CIB, StandardCharsets.ISO_8859_1);
        CliRun.of("cib", f.toString(), "--json").assertBadInput("latin.csv line 1", "not UTF-8", "CSV UTF-8");
    }

    @Test
    void cibOnBinaryDataNamesTheFile() throws IOException {
        byte[] bytes = new byte[64];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0x80 + i);
        }
        Path f = Files.write(tmp.resolve("noise.csv"), bytes);
        CliRun r = CliRun.of("cib", f.toString(), "--json");
        r.assertBadInput("noise.csv", "not UTF-8");
        assertFalse(r.err().contains("Input length"), r.err());
    }

    @Test
    void cibReadsAMatrixFromAWorkbookLikeFromCsv() throws IOException {
        Path csv = write("m.csv", CIB);
        Path book = tmp.resolve("m.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(book)) {
            XSSFSheet s = wb.createSheet("CIB");
            String[] lines = CIB.split("\n");
            for (int r = 0; r < lines.length; r++) {
                XSSFRow row = s.createRow(r);
                String[] cells = lines[r].split(",");
                for (int c = 0; c < cells.length; c++) {
                    if (r > 0 && c > 0) {
                        row.createCell(c).setCellValue(Integer.parseInt(cells[c]));
                    } else {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            wb.write(out);
        }
        CliRun fromCsv = CliRun.of("cib", csv.toString(), "--json");
        CliRun fromBook = CliRun.of("cib", book.toString(), "--json");
        assertEquals(ExitCodes.OK, fromBook.status(), fromBook.err());
        assertEquals(fromCsv.out(), fromBook.out());
    }

    @Test
    void aPanelFolderWithTwoFilesForOneExpertIsRefusedNamingBoth() throws IOException {
        Path panel = Folders.of(tmp.resolve("panel"),
                "economist.csv", ",A,B\nA,,1\nB,2,\n",
                "economist.CSV", ",A,B\nA,,3\nB,0,\n",
                "union.csv", ",A,B\nA,,1\nB,1,\n");
        CliRun.of("experts", panel.toString(), "--json").assertBadInput("economist.CSV", "economist.csv",
                "'economist'");
    }

    @Test
    void aLongPanelThatIsNotUtf8NamesTheFileAndLine() throws IOException {
        Path f = write("long.csv", "expert,from,to,score\nann,A,B,1\nRené,B,A,2\n", StandardCharsets.ISO_8859_1);
        CliRun.of("experts", f.toString(), "--json").assertBadInput("long.csv line 3", "not UTF-8", "CSV UTF-8");
    }

    @Test
    void aLongPanelWithARepeatedHeaderColumnNamesIt() throws IOException {
        Path f = write("long.csv", "expert,from,to,from,score\nann,A,B,A,1\nbob,B,A,B,2\n");
        CliRun.of("experts", f.toString(), "--json").assertBadInput("long.csv line 1", "two 'from' columns", "2",
                "4");
    }

    @Test
    void aLongPanelIsReadInEveryDialect() throws IOException {
        Path comma = write("comma.csv", "expert,from,to,score\nann,A,B,1.5\nbob,B,A,2\n");
        Path semicolon = write("semi.csv", "\uFEFF# a comment\nExpert;From;To;Score\nann;A;B;1,5\nbob;B;A;2\n");
        CliRun a = CliRun.of("experts", comma.toString(), "--scale", "real", "--json");
        CliRun b = CliRun.of("experts", semicolon.toString(), "--scale", "real", "--json");
        assertEquals(ExitCodes.OK, a.status(), a.err());
        assertEquals(a.out(), b.out());
    }

    @Test
    void anExpertWhoScoredNothingIsNamedWithTheFile() throws IOException {
        Path panel = Folders.of(tmp.resolve("panel"), "ann.csv", ",A,B\nA,,1\nB,2,\n", "bob.csv", ",A,B\nA,,\nB,,\n");
        CliRun.of("experts", panel.toString(), "--json").assertBadInput("bob.csv", "expert bob scored nothing");
        // found by ReaderFuzzTest: a diagonal 0 is not an opinion
        Files.writeString(panel.resolve("bob.csv"), ",A,B\nA,0,\nB,,0\n");
        CliRun.of("experts", panel.toString(), "--json").assertBadInput("bob.csv: expert bob scored nothing");
        Path diagonal = write("diagonal.csv", "expert,from,to,score\nann,A,B,1\nbob,A,A,0\n");
        CliRun.of("experts", diagonal.toString(), "--json").assertBadInput("diagonal.csv line 3: expert bob scored "
                + "nothing");
        Path f = write("long.csv", "expert,from,to,score\nann,A,B,1\nbob,B,A,\n");
        CliRun.of("experts", f.toString(), "--json").assertBadInput("long.csv line 3", "expert bob scored nothing");
    }

    @Test
    void anIdOnlyOneExpertUsesIsAWarningWhenTheIdsMakeTheVariables() throws IOException {
        Path panel = Folders.of(tmp.resolve("panel"),
                "ann.csv", ",A,B,C\nA,,1,2\nB,2,,1\nC,0,1,\n",
                "bob.csv", ",A,B,CC\nA,,1,2\nB,2,,1\nCC,0,1,\n");
        CliRun r = CliRun.of("experts", panel.toString(), "--json");
        assertEquals(ExitCodes.OK, r.status(), r.err());
        assertTrue(r.err().contains("micmac: warning: " + panel.resolve("bob.csv") + " line 1: variable id 'CC' "
                + "is used by expert bob only"), r.err());
        assertTrue(r.err().contains("variable id 'C' is used by expert ann only"), r.err());
        assertEquals(2, r.err().lines().count(), r.err());
        Files.writeString(panel.resolve("variables.csv"), "id\nA\nB\nC\n");
        CliRun.of("experts", panel.toString(), "--json").assertBadInput("bob.csv line 1", "unknown variable id 'CC'");
    }

    @Test
    void frenchVariablesHeadersAreRead() throws IOException {
        Path m = write("m.csv", ",A,B\nA,0,1\nB,2,0\n");
        Path v = write("v.csv", "id;nom;groupe;description\nA;Alpha;G1;first\nB;Bêta;G2;second\n");
        CliRun r = CliRun.of("analyze", m.toString(), "--variables", v.toString(), "--json");
        assertEquals(ExitCodes.OK, r.status(), r.err());
        assertTrue(r.out().contains("\"name\":\"Bêta\""), r.out());
        assertTrue(r.out().contains("\"group\":\"G1\""), r.out());
    }

    @Test
    void aFractionOnTheClassicScaleSuggestsTheRealScale() throws IOException {
        Path m = write("m.csv", ",A,B\nA,0,1.5\nB,2,0\n");
        CliRun.of("analyze", m.toString(), "--json").assertBadInput("m.csv", "1.5 is out of the scale",
                "--scale real");
        Path panel = Folders.of(tmp.resolve("panel"), "ann.csv", ",A,B\nA,,1.5\nB,2,\n");
        CliRun.of("experts", panel.toString(), "--json").assertBadInput("ann.csv line 2", "--scale real");
    }

    @Test
    void aHiddenFirstSheetIsSkippedAndTheSheetReadIsNamed() throws IOException {
        Path book = tmp.resolve("study.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(book)) {
            wb.createSheet("Old").createRow(0).createCell(0).setCellValue("an old grid, hidden");
            XSSFSheet m = wb.createSheet("MDI");
            String[][] rows = {{"", "A", "B"}, {"A", "0", "1"}, {"B", "2", "0"}};
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = m.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (r > 0 && c > 0) {
                        row.createCell(c).setCellValue(Integer.parseInt(rows[r][c]));
                    } else if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            wb.createSheet("Notes");
            wb.setSheetHidden(0, true);
            wb.setActiveSheet(1);
            wb.write(out);
        }
        CliRun r = CliRun.of("analyze", book.toString(), "--json");
        assertEquals(ExitCodes.OK, r.status(), r.err());
        assertEquals("micmac: note: " + book + " has 3 sheets: read 'MDI', the first visible one (--sheet NAME to "
                + "read another)\n", r.err());
        CliRun named = CliRun.of("analyze", book.toString(), "--sheet", "MDI", "--json");
        assertEquals("", named.err());
        assertEquals(r.out(), named.out());
    }

    @Test
    void dematelFaultsOfTheWholeMatrixNameTheFile() throws IOException {
        Path z = write("z.csv", ",A,B\nA,0,0\nB,0,0\n");
        CliRun.of("dematel", z.toString(), "--json").assertBadInput("z.csv: the direct-relation matrix has no "
                + "non-zero cell");
        Path cycle = write("c.csv", ",A,B\nA,0,1\nB,1,0\n");
        CliRun.of("dematel", cycle.toString(), "--json").assertBadInput("c.csv: DEMATEL has no total relation");
    }

    @Test
    void aHugeTokenMakesAShortOneLineMessage() throws IOException {
        String huge = "x".repeat(2_000_000);
        Path m = write("m.csv", ",A,B\nA,0,\"" + huge + "\nmore\"\nB,2,0\n");
        CliRun r = CliRun.of("analyze", m.toString(), "--json");
        r.assertBadInput("m.csv line 2, row A, column B: unknown token 'xxxxxxxx");
        assertTrue(r.err().length() < 300, r.err().length() + " characters");
        Path v = write("v.csv", "id,name\n\"" + huge + "\",a\n\"" + huge + "\",b\n");
        Path ok = write("ok.csv", ",A,B\nA,0,1\nB,2,0\n");
        CliRun dup = CliRun.of("analyze", ok.toString(), "--variables", v.toString(), "--json");
        dup.assertBadInput("v.csv line 3: duplicate id 'xxxx", "…' (first on line 2)");
        assertTrue(dup.err().length() < 300, dup.err().length() + " characters");
    }

    @Test
    void aQuotedTokenWithLineBreaksIsEscapedInTheLibrarysMessageToo() {
        org.micmac4j.InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.micmac4j.InvalidInputException.class,
                () -> org.micmac4j.io.MatrixCsv.parse(",A,B\nA,0,\"two\nlines\"\nB,2,0\n", "m.csv",
                        org.micmac4j.Scale.CLASSIC));
        assertEquals("m.csv line 2, row A, column B: unknown token 'two\\nlines' (expected a number, P or blank)",
                e.getMessage());
    }

    /** POI logs what it finds wrong in a damaged workbook, on stderr: the command line says one line only. */
    @Test
    void aDamagedWorkbookGivesOneLineOnTheRealStderr() throws Exception {
        Path book = tmp.resolve("damaged.xlsx");
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(book))) {
            z.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            z.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
                    .getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "analyze", book.toString(), "--json").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(ExitCodes.BAD_INPUT, p.waitFor(), err);
        assertEquals(1, err.lines().filter(l -> !l.startsWith("WARNING: Using incubator")).count(), err);
        assertTrue(err.contains("micmac: error: " + book + ": not a readable Excel workbook"), err);
    }
}
