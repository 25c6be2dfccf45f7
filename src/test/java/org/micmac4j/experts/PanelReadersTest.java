package org.micmac4j.experts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.micmac4j.InvalidInputException;
import org.micmac4j.Scale;
import org.micmac4j.testutil.Folders;

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

    /** The one entry point finds the layout and the folder's own variables and weights files, in any case. */
    @Test
    void readFindsTheLayoutAndTheFoldersVariablesAndWeights() throws IOException {
        Path panel = Folders.of(tmp.resolve("panel"),
                "ann.csv", ",A,B\nA,,1\nB,2,\n",
                "Bob.CSV", ",B,A\nB,,3\n",
                ".hidden.csv", "not a grid",
                "Variables.csv", "id,name\nB,Beta\nA,Alpha\n",
                "EXPERTS.csv", "expert,weight\nann,1\nBob,2\n");
        PanelInput in = PanelCsv.read(panel, null, null, Scale.CLASSIC);
        assertEquals(List.of("Bob", "ann"), in.panel().experts()); // file names in code-point order
        assertEquals(List.of("B", "A"), in.panel().variables().stream().map(v -> v.id()).toList());
        assertEquals("Alpha", in.panel().variables().get(1).name());
        assertEquals(2.0, in.panel().weight(0), 0);
        assertEquals(panel.resolve("Variables.csv"), in.variablesFile());
        assertEquals(panel.resolve("EXPERTS.csv"), in.weightsFile());
        assertEquals(List.of(), in.warnings());

        Path given = Files.writeString(tmp.resolve("v.csv"), "id\nA\nB\n");
        in = PanelCsv.read(panel, given, null, Scale.CLASSIC);
        assertEquals(List.of("A", "B"), in.panel().variables().stream().map(v -> v.id()).toList());

        Path longFile = Files.writeString(tmp.resolve("long.csv"), "score,to,from,expert\n1,B,A,ann\n3,A,B,bob\n");
        in = PanelCsv.read(longFile, null, null, Scale.CLASSIC);
        assertEquals(List.of("ann", "bob"), in.panel().experts());
        assertNull(in.variablesFile());
        assertEquals("3", in.panel().token(1, 1, 0));
        assertTrue(in.warnings().isEmpty(), in.warnings().toString());

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PanelCsv.read(tmp.resolve("nothing"), null, null, Scale.CLASSIC));
        assertTrue(e.getMessage().endsWith("nothing: no such file or folder"), e.getMessage());
    }

    @Test
    void aFolderWithTwoVariablesFilesIsRefused() throws IOException {
        Path panel = Folders.of(tmp.resolve("panel"),
                "ann.csv", ",A,B\nA,,1\nB,2,\n",
                "variables.csv", "id\nA\nB\n",
                "VARIABLES.CSV", "id\nB\nA\n");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PanelCsv.read(panel, null, null, Scale.CLASSIC));
        assertTrue(e.getMessage().contains("VARIABLES.CSV and variables.csv"), e.getMessage());
    }

    @Test
    void expertNamesThatDifferOnlyByCaseAreRefused() throws IOException {
        Path f = Files.writeString(tmp.resolve("long.csv"), "expert,from,to,score\nAnn,A,B,1\nann,B,A,2\n");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PanelCsv.readLong(f, null, Scale.CLASSIC));
        assertTrue(e.getMessage().contains("long.csv line 3: expert 'ann' differs from 'Ann' (line 2) only by case"),
                e.getMessage());
    }
}
