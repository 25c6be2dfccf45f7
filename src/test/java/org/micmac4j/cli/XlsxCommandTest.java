package org.micmac4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on Excel workbooks: --sheet, --variables-sheet, --xlsx and their faults. */
class XlsxCommandTest {
    private static final String SAVED = "src/test/resources/io/hdf-saved.xlsx";

    @Test
    void analyzesASheetAndWritesAWorkbook(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("results.xlsx");
        CliRun bundled = CliRun.of("analyze", "--json");
        CliRun run = CliRun.of("analyze", SAVED, "--sheet", "MDI", "--variables", SAVED, "--variables-sheet",
                "3", "--xlsx", out.toString(), "--json");
        assertEquals(0, run.status(), run.err());
        assertTrue(Files.size(out) > 0);
        // The same study as the bundled CSV: the same JSON but for the notes on its origin.
        String json = run.out();
        assertTrue(json.contains("\"CLIMAT\"") || json.length() > 1000, json);
        assertEquals(bundled.out().replaceAll("\"notes\":\\[[^\\]]*\\]", "").replaceAll("\"title\":\"[^\"]*\"", ""),
                json.replaceAll("\"notes\":\\[[^\\]]*\\]", "").replaceAll("\"title\":\"[^\"]*\"", ""));
    }

    @Test
    void aMissingSheetIsBadInput() {
        CliRun.of("analyze", SAVED, "--sheet", "Matrix", "--out", "target/unused")
                .assertBadInput("no sheet named 'Matrix' (sheets: Read me, MDI, Variables)");
        CliRun.of("ism", SAVED, "--sheet", "9", "--out", "target/unused").assertBadInput("no sheet 9");
    }
}
