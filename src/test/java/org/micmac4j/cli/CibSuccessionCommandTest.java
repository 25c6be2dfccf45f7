package org.micmac4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.micmac4j.cib.Cib;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.Succession;
import org.micmac4j.cib.SuccessionResult;
import org.micmac4j.cib.SuccessionRule;
import org.micmac4j.cib.WeightMode;
import org.micmac4j.cib.io.CibCsv;
import org.micmac4j.testutil.Json;
import org.micmac4j.testutil.Resources;

/**
 * {@code micmac cib --weights ... --succession global|sequential|adjacent}: the weights of the
 * library under that rule, the rule echoed in the JSON settings, the terminal and the report,
 * partial results merged under their rule and refused across rules, bad use refused in one line.
 */
class CibSuccessionCommandTest {
    private static final Path SOMEWHERELAND = Resources.path("/cases/cib/somewhereland/matrix.csv"); // 486

    @TempDir
    Path tmp;

    @Test
    void everyRuleGivesTheLibrarysWeightsAndIsEchoed() throws Exception {
        CibMatrix m = CibCsv.read(SOMEWHERELAND);
        String previous = null;
        for (SuccessionRule rule : SuccessionRule.values()) {
            CliRun r = CliRun.of("cib", SOMEWHERELAND.toString(), "--weights", "exact", "--succession", rule.id(),
                    "--json");
            assertEquals(0, r.status(), r.err());
            SuccessionResult w = Succession.withDefaults().withWeightMode(WeightMode.EXACT).withRule(rule).weights(m);
            CibCommandTest.assertJsonMatches(r.out().strip(), m, Cib.withDefaults().solve(m), w);
            assertEquals(rule.id(), Json.at(Json.parse(r.out().strip()), "settings", "succession"));
            assertNotEquals(previous, r.out(), "the rules weigh differently on Somewhereland");
            previous = r.out();
            CliRun text = CliRun.of("cib", SOMEWHERELAND.toString(), "--weights", "sampled:500", "--succession",
                    rule.id().toUpperCase(java.util.Locale.ROOT), "--out", tmp.resolve(rule.id()).toString());
            assertEquals(0, text.status(), text.err());
            assertTrue(text.out().contains("succession rule: " + rule.id() + " ("), text.out());
            assertTrue(Files.readString(tmp.resolve(rule.id()).resolve("cib-report.html"))
                    .contains("succession rule"), rule.id());
        }
        CliRun global = CliRun.of("cib", SOMEWHERELAND.toString(), "--weights", "exact", "--json");
        assertEquals("global", Json.at(Json.parse(global.out().strip()), "settings", "succession"));
    }

    @Test
    void partsMergeUnderTheirRuleAndNotAcrossRules() throws Exception {
        Path a = part("a.part", "0:199", "adjacent");
        Path b = part("b.part", "200:485", "adjacent");
        Path g = part("g.part", "200:485", "global");
        assertTrue(Files.readString(a).contains("settings succession=adjacent "), Files.readString(a));
        CliRun whole = CliRun.of("cib", SOMEWHERELAND.toString(), "--weights", "exact", "--succession", "adjacent",
                "--json");
        CliRun merged = CliRun.of("cib", "merge", b.toString(), a.toString(), "--json");
        assertEquals(0, merged.status(), merged.err());
        assertEquals(whole.out(), merged.out());
        CliRun mixed = CliRun.of("cib", "merge", a.toString(), g.toString());
        assertEquals(2, mixed.status());
        assertEquals(1, mixed.err().strip().lines().count(), mixed.err());
        assertTrue(mixed.err().contains(a.toString()) && mixed.err().contains(g.toString())
                && mixed.err().contains("different settings"), mixed.err());
    }

    private Path part(String name, String range, String rule) {
        Path out = tmp.resolve(name);
        CliRun r = CliRun.of("cib", SOMEWHERELAND.toString(), "--weights", "exact", "--succession", rule, "--range",
                range, "--partial", out.toString());
        assertEquals(0, r.status(), r.err());
        return out;
    }

    @Test
    void badUseIsRefusedInOneLineAndHelpDescribesTheOption() {
        CliRun r = CliRun.of("cib", SOMEWHERELAND.toString(), "--succession", "sequential");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--succession needs --weights"), r.err());
        r = CliRun.of("cib", SOMEWHERELAND.toString(), "--weights", "exact", "--succession", "local");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--succession expects global, sequential or adjacent, got 'local'"), r.err());
        CliRun help = CliRun.of("cib", "--help");
        assertEquals(0, help.status());
        String h = help.out().replaceAll("\\s+", " ");
        assertTrue(h.contains("--succession=global|sequential|adjacent") && h.contains("Gauss-Seidel")
                && h.contains("one variant toward its best"), help.out());
    }
}
