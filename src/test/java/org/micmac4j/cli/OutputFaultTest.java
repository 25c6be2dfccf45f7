package org.micmac4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.micmac4j.testutil.Folders;
import org.micmac4j.io.XlsxTables;
import org.micmac4j.testutil.Resources;

/**
 * "Nothing lost, nothing written outside" (issue 16 §4), on the command line: empty output paths,
 * links, paths under files, {@code experts --force} and its {@code aggregate/} folder, and
 * {@code --xlsx} on every command that writes a report.
 */
class OutputFaultTest {
    static final Path PANEL = Path.of("examples/hdf-industry-2040/panel");
    static final Path VARS = Path.of("examples/hdf-industry-2040/variables.csv");

    @TempDir
    Path tmp;


    private String[] experts(String... more) {
        List<String> args = new ArrayList<>(List.of("experts", PANEL.toString(), "--variables", VARS.toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /** A folder in the way: exit 2 and one error line (the text of the analysis is printed before). */
    private static void refused(CliRun r, String... fragments) {
        assertEquals(ExitCodes.BAD_INPUT, r.status(), r.err());
        r.assertOneErrorLine(fragments);
    }

    @Test
    void emptyOutputPathsAreOneLineAndExitTwo() {
        CliRun.of("analyze", "--xlsx", "").assertBadInput("--xlsx", "must be named");
        CliRun.of("morph", Resources.path("/cases/morph/zebra-life-1962/compatibility.csv").toString(), "--xlsx", " ")
                .assertBadInput("--xlsx");
        CliRun.of("cib", Resources.path("/cases/cib/somewhereland/matrix.csv").toString(), "--sl", "")
                .assertBadInput("--sl", "must be named");
    }

    /** {@code experts --force} replaces a foreign page; without it, the error recommends it. */
    @Test
    void expertsHonoursForce() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("report.html"), "mine");
        refused(CliRun.of(experts("--out", out.toString())), "report.html", "--force");
        assertEquals("mine", Files.readString(out.resolve("report.html")));
        CliRun forced = CliRun.of(experts("--out", out.toString(), "--force"));
        assertEquals(ExitCodes.OK, forced.status(), forced.err());
        assertTrue(Files.readString(out.resolve("report.html")).contains("<html"));
        assertTrue(Files.readString(out.resolve("aggregate/report.html")).contains("<html"));
    }

    /** {@code aggregate/} as a link to elsewhere: refused before anything is written; forced, the link is replaced. */
    @Test
    void expertsNeverWritesItsAggregateThroughALink() throws IOException {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.createSymbolicLink(out.resolve("aggregate"), elsewhere);
        refused(CliRun.of(experts("--out", out.toString())), "aggregate", "symbolic link", "--force");
        assertEquals(List.of(), Folders.names(elsewhere));
        assertEquals(List.of("aggregate"), Folders.names(out), "no top-level file replaced or written first");
        CliRun forced = CliRun.of(experts("--out", out.toString(), "--force"));
        assertEquals(ExitCodes.OK, forced.status(), forced.err());
        assertFalse(Files.isSymbolicLink(out.resolve("aggregate")));
        assertEquals(List.of(), Folders.names(elsewhere));
    }

    /** The whole panel report is prepared first: a fault in aggregate/ leaves the previous top-level files. */
    @Test
    void expertsReplacesNothingWhenAggregateFails() throws IOException {
        Path out = tmp.resolve("out");
        assertEquals(ExitCodes.OK, CliRun.of(experts("--out", out.toString())).status());
        String page = Files.readString(out.resolve("report.html"));
        Files.writeString(out.resolve("report.html"), page + "<!-- the previous run -->");
        Files.delete(out.resolve("aggregate/report.html"));
        Files.writeString(out.resolve("aggregate/report.html"), "the user's own");
        Path manifest = out.resolve("aggregate/.micmac4j-report");
        Files.write(manifest, Files.readAllLines(manifest).stream().filter(l -> !l.equals("report.html")).toList());
        refused(CliRun.of(experts("--rule", "median", "--out", out.toString())), "aggregate", "report.html");
        assertTrue(Files.readString(out.resolve("report.html")).endsWith("<!-- the previous run -->"));
        assertEquals("the user's own", Files.readString(out.resolve("aggregate/report.html")));
    }

    @Test
    void aWorkbookIsNeverWrittenThroughALink() throws IOException {
        Path outside = Files.writeString(tmp.resolve("precious.xlsx"), "precious");
        Path link = Files.createSymbolicLink(tmp.resolve("results.xlsx"), outside);
        CliRun r = CliRun.of("analyze", "--xlsx", link.toString(), "--json");
        assertEquals(ExitCodes.FAILURE, r.status());
        r.assertOneErrorLine(link.toString(), "symbolic link");
        assertEquals("precious", Files.readString(outside));
        assertEquals(List.of("precious.xlsx", "results.xlsx"), Folders.names(tmp), "no temporary file left");
    }

    /** A workbook under a regular file: the error names the user's path, not a temporary file. */
    @Test
    void aWorkbookUnderAFileNamesTheUsersPath() throws IOException {
        Path file = Files.writeString(tmp.resolve("taken"), "x");
        String target = file.resolve("results.xlsx").toString();
        CliRun r = CliRun.of("analyze", "--xlsx", target, "--json");
        assertEquals(ExitCodes.FAILURE, r.status());
        r.assertOneErrorLine(target, "not a folder");
        assertFalse(r.err().contains("tmp-") || r.err().contains(".micmac4j-tmp"), r.err());
        CliRun missing = CliRun.of("analyze", "--xlsx", tmp.resolve("none/results.xlsx").toString(), "--json");
        missing.assertOneErrorLine("results.xlsx", "does not exist");
        assertEquals(ExitCodes.BAD_INPUT, missing.status());
    }

    /** Every command that writes a report writes a workbook with --xlsx, and says where. */
    @Test
    void everyCommandWritesAWorkbook() throws IOException {
        String cib = Resources.path("/cases/cib/somewhereland/matrix.csv").toString();
        String other = Files.copy(Path.of(cib), tmp.resolve("other.csv")).toString();
        String morph = Resources.path("/cases/morph/zebra-life-1962/compatibility.csv").toString();
        String ism = Resources.path("/cases/ism/kumar2014-offshore-9/ssim.csv").toString();
        String dematel = Resources.path("/cases/dematel/jmcdm-10/input.csv").toString();
        String[][] runs = {{"analyze"}, {"experts", PANEL.toString(), "--variables", VARS.toString()},
            {"ism", ism, "--ssim"}, {"dematel", dematel}, {"cib", cib}, {"cib", "--ensemble", cib, other},
            {"morph", morph}, {"scenarios"}};
        String[] firstSheet = {"direct", "experts", "variables", "variables", "solutions", "shares", "configurations",
            "solutions"};
        for (int i = 0; i < runs.length; i++) {
            Path xlsx = tmp.resolve("w" + i + ".xlsx");
            List<String> args = new ArrayList<>(List.of(runs[i]));
            args.addAll(List.of("--xlsx", xlsx.toString(), "--out", tmp.resolve("r" + i).toString()));
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertEquals(ExitCodes.OK, r.status(), String.join(" ", runs[i]) + ": " + r.err());
            assertTrue(r.out().contains("Workbook written to " + xlsx), r.out());
            assertTrue(r.out().contains("Report written to " + tmp.resolve("r" + i)), r.out());
            assertEquals(firstSheet[i], XlsxTables.sheetNames(xlsx).get(0), String.join(" ", runs[i]));
        }
    }
}
