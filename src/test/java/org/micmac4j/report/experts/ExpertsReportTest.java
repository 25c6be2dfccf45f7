package org.micmac4j.report.experts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.micmac4j.Scale;
import org.micmac4j.View;
import org.micmac4j.experts.CellDispersion;
import org.micmac4j.experts.Panel;
import org.micmac4j.experts.PanelCsv;
import org.micmac4j.experts.PanelResult;
import org.micmac4j.experts.PanelSynthesis;

/** The panel report's text as an analyst reads it: agreement in words, the experts named, columns named. */
class ExpertsReportTest {
    static PanelResult panel;
    static String text;

    @BeforeAll
    static void synthesize() throws Exception {
        Path dir = Path.of("examples/hdf-industry-2040");
        Panel p = PanelCsv.read(dir.resolve("panel"), dir.resolve("variables.csv"), null, Scale.CLASSIC).panel();
        panel = PanelSynthesis.withDefaults().synthesize(p);
        text = ExpertsReport.withDefaults().table(PanelFindings.of(panel));
    }

    /** Schmidt's anchors 0.1, 0.3, 0.5, 0.7, 0.9: each word for the W nearest it. */
    @Test
    void kendallsWReadsOnSchmidtsScale() {
        assertEquals("very weak", AgreementWords.kendall(0.0));
        assertEquals("very weak", AgreementWords.kendall(0.17));
        assertEquals("weak", AgreementWords.kendall(0.21));
        assertEquals("moderate", AgreementWords.kendall(0.5));
        assertEquals("strong", AgreementWords.kendall(0.766));
        assertEquals("unusually strong", AgreementWords.kendall(0.95));
        assertEquals("reliable", AgreementWords.alpha(0.8));
        assertEquals("tentative", AgreementWords.alpha(0.708));
        assertEquals("unreliable", AgreementWords.alpha(0.6));
    }

    @Test
    void theTextSaysWhatWMeansWithItsReference() {
        double w = panel.agreement().kendallW(View.DIRECT).influence().w();
        String line = text.lines().filter(l -> l.contains("Kendall's W direct")).findFirst().orElseThrow();
        assertTrue(line.contains(String.format(
                java.util.Locale.ROOT, "influence %.3f %s", w, AgreementWords.kendall(w))), line);
        assertTrue(text.contains("Schmidt (1997)") && text.contains("Krippendorff (2004)"), text);
        assertTrue(text.contains("In words"), text);
    }

    /** Every opinion of a disputed cell is given with its expert's name, and the silent experts too. */
    @Test
    void disputedCellsNameTheExperts() {
        Panel p = panel.panel();
        List<CellDispersion> shown = panel.disputedCells().subList(0, Math.min(ExpertsText.DISPUTED_SHOWN,
                panel.disputedCells().size()));
        for (CellDispersion d : shown) {
            String head = "  " + p.variables().get(d.from()).id() + " -> " + p.variables().get(d.to()).id() + "  sd";
            String line = text.lines().filter(l -> l.startsWith(head)).findFirst().orElseThrow(() -> new AssertionError(
                    head + " in " + text));
            for (int e = 0; e < p.expertCount(); e++) {
                String t = p.token(e, d.from(), d.to());
                String name = p.experts().get(e);
                assertTrue(t.isEmpty() ? line.contains("no opinion: ") && line.contains(name)
                        : line.contains(name + " " + t), name + " in " + line);
            }
        }
    }

    @Test
    void leaveOneOutHasColumnHeadersAndOneRowPerExpert() {
        List<String> lines = text.lines().toList();
        int head = lines.indexOf(lines.stream().filter(l -> l.startsWith("expert left out")).findFirst().orElseThrow());
        assertTrue(lines.get(head).contains("sector changes") && lines.get(head).contains("largest rank shift"));
        for (int e = 0; e < panel.panel().expertCount(); e++) {
            var l = panel.leaveOneOut().get(e);
            String[] cells = lines.get(head + 2 + e).trim().split("\\s+");
            assertEquals(List.of(l.expert(), Integer.toString(l.sectorChanges()), Integer.toString(l.maxRankShift())),
                    List.of(cells[0], cells[1], cells[2]));
        }
    }
}
