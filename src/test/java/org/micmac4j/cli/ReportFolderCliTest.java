package org.micmac4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report folder on the command line: own files only, --force, links, an empty --out. */
class ReportFolderCliTest {
    @TempDir
    Path tmp;

    @Test
    void theUsersOwnReportPageIsNotReplacedWithoutForce() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("report.html"), "mine");
        Files.writeString(out.resolve("unrelated.txt"), "kept");
        CliRun.of("analyze", "--out", out.toString()).assertOneErrorLine("report.html", "--force");
        assertEquals(ExitCodes.BAD_INPUT, CliRun.of("analyze", "--out", out.toString()).status());
        assertEquals("mine", Files.readString(out.resolve("report.html")));
        CliRun forced = CliRun.of("analyze", "--out", out.toString(), "--force");
        assertEquals(ExitCodes.OK, forced.status(), forced.err());
        assertTrue(Files.readString(out.resolve("report.html")).contains("<html"));
        assertEquals("kept", Files.readString(out.resolve("unrelated.txt")));
        CliRun again = CliRun.of("analyze", "--out", out.toString());
        assertEquals(ExitCodes.OK, again.status(), "micmac4j's own files are replaced: " + again.err());
    }

    @Test
    void ismAndDematelWriteThroughTheSameRule() throws Exception {
        Path r = Files.writeString(tmp.resolve("r.csv"), ",A,B\nA,1,1\nB,0,1\n");
        Path out = Files.createDirectories(tmp.resolve("o"));
        Files.writeString(out.resolve("ism-report.html"), "mine");
        CliRun.of("ism", r.toString(), "--out", out.toString()).assertOneErrorLine("ism-report.html");
        Files.writeString(out.resolve("dematel-report.html"), "mine too");
        CliRun.of("dematel", r.toString(), "--out", out.toString()).assertOneErrorLine("dematel-report.html");
        assertEquals("mine", Files.readString(out.resolve("ism-report.html")));
        assertEquals("mine too", Files.readString(out.resolve("dematel-report.html")));
    }

    @Test
    void aSymbolicLinkInTheFolderIsNotFollowed() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path outside = Files.writeString(tmp.resolve("precious.html"), "precious");
        Files.createSymbolicLink(out.resolve("report.html"), outside);
        CliRun.of("analyze", "--out", out.toString()).assertOneErrorLine("report.html");
        assertEquals(ExitCodes.OK, CliRun.of("analyze", "--out", out.toString(), "--force").status());
        assertEquals("precious", Files.readString(outside));
    }

    @Test
    void anEmptyOutIsRefused() {
        CliRun.of("analyze", "--out", "").assertBadInput("--out");
        CliRun.of("analyze", "--json", "--out", " ").assertBadInput("--out");
    }

    @Test
    void theScenarioCommandsHonourForceToo() throws Exception {
        String cib = org.micmac4j.testutil.Resources.path("/cases/cib/somewhereland/matrix.csv").toString();
        String morph = org.micmac4j.testutil.Resources.path("/cases/morph/zebra-life-1962/compatibility.csv")
                .toString();
        String[][] runs = {{"cib", cib}, {"scenarios"}, {"morph", morph}};
        String[] pages = {"cib-report.html", "cib-report.html", "morph-report.html"};
        for (int i = 0; i < runs.length; i++) {
            Path out = Files.createDirectories(tmp.resolve("s" + i));
            Files.writeString(out.resolve(pages[i]), "mine");
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(runs[i]));
            args.addAll(java.util.List.of("--out", out.toString()));
            CliRun.of(args.toArray(String[]::new)).assertOneErrorLine(pages[i], "--force");
            assertEquals("mine", Files.readString(out.resolve(pages[i])));
            args.add("--force");
            CliRun forced = CliRun.of(args.toArray(String[]::new));
            assertEquals(ExitCodes.OK, forced.status(), forced.err());
            assertTrue(Files.readString(out.resolve(pages[i])).contains("<html"), pages[i]);
        }
    }
}
