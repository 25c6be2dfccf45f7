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

    /**
     * The chain prints the three heaviest consistent scenarios; each is checked here with its
     * impact balance (not with the solver), and the weights come in non-increasing order.
     */
    @Test
    void scenarioChainPrintsConsistentScenariosByWeight() throws Exception {
        String out = capture(() -> ScenarioChain.main(new String[0]));
        java.util.regex.Matcher head = java.util.regex.Pattern
                .compile("(\\d+) key variables with hypotheses, (\\d+) scenarios, (\\d+) consistent").matcher(out);
        assertTrue(head.lookingAt(), out);
        Path study = Path.of("examples/hdf-industry-2040");
        org.micmac4j.scenario.Hypotheses h = org.micmac4j.scenario.Hypotheses.read(study.resolve("hypotheses.csv"));
        org.micmac4j.cib.CibMatrix m = org.micmac4j.cib.io.CibCsv.read(study.resolve("cib-matrix.csv"));
        List<String> blocks = List.of(out.split("\\R\\R")).subList(1, out.split("\\R\\R").length);
        assertEquals(3, blocks.size(), out);
        long previous = Long.MAX_VALUE;
        for (String block : blocks) {
            List<String> lines = block.lines().toList();
            String[] w = lines.get(0).split("[ ,]+");
            long weight = Long.parseLong(w[1]);
            assertTrue(weight >= 1 && weight <= previous, block);
            previous = weight;
            java.util.Map<String, String> chosen = new java.util.HashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                assertTrue(h.has(f[0]), line);
                chosen.put(f[0], f[1]);
            }
            assertEquals(Integer.parseInt(head.group(1)), chosen.size(), block);
            // the matrix in its own order: one variant id per descriptor
            String[] ids = m.space().descriptors().stream().map(d -> chosen.get(d.id())).toArray(String[]::new);
            org.micmac4j.cib.ImpactBalance b = m.balance(m.space().scenario(ids));
            assertTrue(b.isConsistent(), block);
            assertEquals(Long.parseLong(w[5]), b.totalImpactScore(), block);
        }
    }
}
