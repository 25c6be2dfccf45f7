package org.micmac4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/** Runs every example program, so that they compile, run and say what their Javadoc promises. */
@Isolated // they print to System.out, which is captured here
class ExamplesTest {
    interface Main {
        void run() throws Exception;
    }

    private static String capture(Main main) throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(saved);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void quickStartPrintsASectorPerVariable() throws Exception {
        String out = capture(() -> QuickStart.main(new String[0]));
        assertTrue(out.startsWith("order k = "), out);
        assertTrue(out.lines().findFirst().orElseThrow().contains("(STABLE)"), out);
        assertEquals(6, out.lines().count(), out);
        assertTrue(out.contains("ENERGY  direct INFLUENT"), out);
    }

    @Test
    void studyReportWritesTheReport(@TempDir Path tmp) throws Exception {
        String out = capture(() -> StudyReport.main(new String[] {"examples/hdf-industry-2040", tmp.toString()}));
        assertTrue(out.startsWith("12 files written to "), out);
        assertTrue(Files.readString(tmp.resolve("report.html")).contains("ILLUSTRATIVE"));
    }

    @Test
    void compareViewsPrintsTheMovers() throws Exception {
        String out = capture(() -> CompareViews.main(new String[0]));
        assertTrue(out.startsWith("direct -> indirect (k = "), out);
        assertTrue(out.contains("APPRO "), "APPRO moves from DEPENDENT to INFLUENT: " + out);
    }

    @Test
    void expertPanelPrintsAgreementAndRobustKeyVariables() throws Exception {
        String out = capture(() -> ExpertPanel.main(new String[0]));
        assertTrue(out.startsWith("5 experts; Kendall's W (indirect dependence) = "), out);
        // Every printed variable is robustly key: its two probabilities sum to at least 0.8.
        List<String> lines = out.lines().skip(1).toList();
        assertTrue(!lines.isEmpty(), out);
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            double p = Double.parseDouble(f[2]) + Double.parseDouble(f[4]);
            assertTrue(p >= 0.8 - 0.01, line);
        }
    }
}
