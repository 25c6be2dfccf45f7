package org.micmac4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.micmac4j.InfluenceMatrix;
import org.micmac4j.InvalidInputException;
import org.micmac4j.Scale;
import org.micmac4j.ism.IsmInput;

/**
 * Workbooks as generators and damaged files hold them, written as raw XML: each fault is one line
 * naming the file, sheet and cell, in micmac4j's words, and never a wrong answer.
 */
class XlsxFaultTest {
    @TempDir
    Path tmp;

    private static String fails(Executable e, String... fragments) {
        InvalidInputException x = assertThrows(InvalidInputException.class, e);
        String m = x.getMessage();
        assertTrue(m.length() < 400 && !m.contains("\n"), "one short line: " + m);
        for (String f : fragments) {
            assertTrue(m.contains(f), () -> "'" + m + "' should contain '" + f + "'");
        }
        return m;
    }

    private static final String[][] AB = {{null, "A", "B"}, {"A", "0", "1"}, {"B", "2", "0"}};

    @Test
    void theDefaultSheetIsTheFirstVisibleOne() throws IOException {
        Path f = new RawWorkbook().table("Hidden", new String[] {"x"}).table("MDI", AB).write(tmp.resolve("h.xlsx"));
        // make the first sheet hidden: rewrite with the state
        RawWorkbook book = new RawWorkbook();
        book.sheet("Hidden", true, "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>notes</t></is></c>"
                + "</row></sheetData>");
        book.table("MDI", AB);
        book.write(f);
        InfluenceMatrix m = MatrixCsv.read(f);
        assertEquals(2.0, m.value(1, 0), 0);
        assertEquals("MDI", XlsxTables.defaultSheet(f));
        assertEquals(List.of("Hidden", "MDI"), XlsxTables.sheetNames(f));
        assertEquals("notes", XlsxTables.rows(f, Sheet.at(1)).get(0).cell(0)); // hidden, read when asked
        RawWorkbook all = new RawWorkbook();
        all.sheet("H", true, "<sheetData/>");
        Path none = all.write(tmp.resolve("none.xlsx"));
        fails(() -> MatrixCsv.read(none), "none.xlsx", "every sheet is hidden (H)");
    }

    @Test
    void aDateCellIsRefusedNotReadAsItsDayCount() throws IOException {
        Path f = new RawWorkbook().styles(RawWorkbook.dateStyles()).sheet("M", false, "<sheetData>"
                + "<row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t>A</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>B"
                + "</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>A</t></is></c><c r=\"C2\" "
                + "s=\"1\"><v>45292</v></c></row><row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>B</t></is></c>"
                + "<c r=\"B3\" s=\"0\"><v>1</v></c></row></sheetData>").write(tmp.resolve("d.xlsx"));
        fails(() -> MatrixCsv.read(f, Sheet.FIRST, Scale.PERMISSIVE), "d.xlsx sheet 'M' cell C2: a date", "45292",
                "format the cell as a number");
    }

    @Test
    void aSheetThatCannotBeSquareIsRefusedAtTheFirstRowTooMany() throws IOException {
        // Rows after the fourth are damaged: a reader that read the whole sheet before checking the
        // shape would report them; a streaming one stops at row 4.
        StringBuilder body = new StringBuilder("<sheetData>");
        body.append("<row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t>A</t></is></c><c r=\"C1\" t=\"inlineStr\">"
                + "<is><t>B</t></is></c></row>");
        for (int r = 2; r <= 4; r++) {
            body.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>")
                    .append((char) ('A' + r - 2)).append("</t></is></c><c r=\"C").append(r).append("\"><v>1</v></c>"
                    + "</row>");
        }
        body.append("<row r=\"5\"><c r=\"A5\" t=\"bogus\"><v>1</v></c></row></sheetData>");
        Path f = new RawWorkbook().sheet("M", false, body.toString()).write(tmp.resolve("tall.xlsx"));
        fails(() -> MatrixCsv.read(f), "tall.xlsx sheet 'M' cell A4 (row C): more rows than the 2 columns");
        fails(() -> IsmInput.readReachability(f), "tall.xlsx sheet 'M' cell A4 (row C): more rows than the 2 column "
                + "labels");
        fails(() -> CsvTable.read(f), "tall.xlsx sheet 'M' cell A5: unknown cell type 'bogus' (the file is damaged)");
    }

    @Test
    void damagedCellsAreNamed() throws IOException {
        String head = "<row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t>A</t></is></c></row>";
        Map<String, String> cases = Map.of(
                "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c></row>", "cell A2: shared string 7 does not exist",
                "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>x</v></c></row>", "cell A2: 'x' is not a shared-string index",
                "<row r=\"2\"><c r=\"ZZZZZ2\"><v>1</v></c></row>", "row 2: 'ZZZZZ2' is not a cell of this row",
                "<row r=\"2\"><c r=\"A3\"><v>1</v></c></row>", "row 2: 'A3' is not a cell of this row",
                "<row r=\"2\"><c r=\"A2\"><v>1e</v></c></row>", "cell A2: '1e' is not a number",
                "<row r=\"2\"><c r=\"A2\" t=\"b\"><v>2</v></c></row>", "cell A2: '2' is not a Boolean value",
                "<row r=\"2\"><c r=\"A2\" s=\"9\"><v>1</v></c></row>", "cell A2: cell style 9 does not exist",
                "<row r=\"0\"/>", "'0' is not a row number",
                "<row r=\"2\"><c r=\"B2\"><v>1</v></c><c r=\"A2\"><v>1</v></c></row>", "cell A2: comes after cell B2",
                "<row r=\"2\"><c r=\"A2\"><v>1<x/></v></c></row>", "near row 2: the sheet cannot be read");
        int k = 0;
        for (Map.Entry<String, String> c : cases.entrySet()) {
            RawWorkbook book = new RawWorkbook().sheet("S", false, "<sheetData>" + head + c.getKey() + "</sheetData>");
            if (c.getValue().contains("style")) {
                book.styles(RawWorkbook.dateStyles());
            }
            Path f = book.write(tmp.resolve("bad" + k++ + ".xlsx"));
            fails(() -> CsvTable.read(f), f + " sheet 'S'", c.getValue());
        }
    }

    @Test
    void aFileThatIsNotAWorkbookSaysWhatItIs() throws IOException {
        Path csv = Files.writeString(tmp.resolve("m.xlsx"), ",A,B\nA,0,1\nB,2,0\n");
        fails(() -> MatrixCsv.read(csv), "m.xlsx: not an Excel workbook", "name it .csv");
        Path empty = Files.write(tmp.resolve("e.xlsx"), new byte[0]);
        fails(() -> MatrixCsv.read(empty), "e.xlsx: not an Excel workbook (an empty file)");
        Map<String, String> parts = new RawWorkbook().table("M", AB).parts();
        parts.remove("xl/workbook.xml");
        Path broken = Files.write(tmp.resolve("b.xlsx"), RawWorkbook.zip(parts));
        fails(() -> MatrixCsv.read(broken), "b.xlsx: not a readable Excel workbook");
    }

    @Test
    void aZipBombIsRefusedInOneShortLine() throws IOException {
        Map<String, String> parts = new RawWorkbook().table("M", AB).parts();
        parts.put("xl/worksheets/sheet1.xml", parts.get("xl/worksheets/sheet1.xml").replace("<sheetData>",
                "<sheetData>" + " ".repeat(4_000_000)));
        Path bomb = Files.write(tmp.resolve("bomb.xlsx"), RawWorkbook.zip(parts));
        fails(() -> MatrixCsv.read(bomb), "bomb.xlsx: refused", "zip bomb");
    }

    @Test
    void anOpenpyxlFormulaIsComputedWhenStreaming() throws IOException {
        Path f = new RawWorkbook().sheet("M", false, "<sheetData><row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t>A"
                + "</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>B</t></is></c></row><row r=\"2\"><c r=\"A2\" "
                + "t=\"inlineStr\"><is><t>A</t></is></c><c r=\"C2\"><f>1+2</f><v/></c></row><row r=\"3\"><c r=\"A3\" "
                + "t=\"inlineStr\"><is><t>B</t></is></c><c r=\"B3\"><f>C2-1</f><v></v></c></row></sheetData>")
                .write(tmp.resolve("gen.xlsx"));
        InfluenceMatrix m = MatrixCsv.read(f);
        assertEquals(3.0, m.value(0, 1), 0);
        assertEquals(2.0, m.value(1, 0), 0);
        Path ext = new RawWorkbook().sheet("M", false, "<sheetData><row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t>A"
                + "</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>A</t></is></c><c r=\"B2\"><f>"
                + "[1]Other!A1</f><v/></c></row></sheetData>").write(tmp.resolve("ext.xlsx"));
        fails(() -> MatrixCsv.read(ext), "ext.xlsx sheet 'M' cell B2: the formula =[1]Other!A1 has no saved value",
                "save it");
    }

    /** Found by ReaderFuzzTest: POI's user model (formulas to compute) throws on a damaged merged region. */
    @Test
    void aDamagedSheetReadWholeIsNamedToo() throws IOException {
        Path f = new RawWorkbook().sheet("M", false, "<sheetData><row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t>A"
                + "</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>A</t></is></c><c r=\"B2\"><f>"
                + "0</f><v/></c></row></sheetData><mergeCells><mergeCell ref=\"\u00e9g9\"/></mergeCells>")
                .write(tmp.resolve("merged.xlsx"));
        fails(() -> MatrixCsv.read(f), "merged.xlsx sheet 'M': the sheet cannot be read (the file is damaged)");
    }
}
