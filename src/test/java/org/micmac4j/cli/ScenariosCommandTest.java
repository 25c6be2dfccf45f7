package org.micmac4j.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Micmac;
import org.micmac4j.Variable;
import org.micmac4j.cib.Cib;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.CibResult;
import org.micmac4j.cib.DiverseSelection;
import org.micmac4j.cib.io.CibCsv;
import org.micmac4j.io.MatrixCsv;
import org.micmac4j.scenario.Hypotheses;
import org.micmac4j.scenario.KeyVariables;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.testutil.Json;

/** {@code micmac scenarios}: the bundled chain, checked step by step with the library on the example files. */
class ScenariosCommandTest {
    private static final Path STUDY = Path.of("examples/hdf-industry-2040");

    @TempDir
    Path tmp;

    /** The classpath copies used by the command line must stay identical to the documented example files. */
    @ParameterizedTest
    @ValueSource(strings = {"hypotheses.csv", "cib-matrix.csv", "cib-full-matrix.csv"})
    void classpathCopyIsIdenticalToTheExample(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream(StudyInput.BUNDLED + name)) {
            assertNotNull(in, name);
            assertArrayEquals(Files.readAllBytes(STUDY.resolve(name)), in.readAllBytes(), name);
        }
    }

    private static CibMatrix chain(boolean full) throws Exception {
        InfluenceMatrix m = MatrixCsv.read(STUDY.resolve("matrix.csv"), STUDY.resolve("variables.csv"));
        var micmac = Micmac.withDefaults().analyze(m);
        Hypotheses h = Hypotheses.read(STUDY.resolve("hypotheses.csv"));
        List<Variable> vars = (full ? micmac.variables() : KeyVariables.withDefaults().select(micmac)).stream()
                .filter(v -> h.has(v.id())).toList();
        CibMatrix csv = CibCsv.read(STUDY.resolve(full ? "cib-full-matrix.csv" : "cib-matrix.csv"));
        return CibMatrix.of(h.descriptors(vars), csv.toArray());
    }

    @Test
    void theBundledChainMatchesTheLibraryStepByStep() throws Exception {
        CliRun r = CliRun.of("scenarios", "--json");
        assertEquals(0, r.status(), r.err());
        CibMatrix m = chain(false);
        CibCommandTest.assertJsonMatches(r.out().strip(), m, Cib.withDefaults().solve(m), null);
    }

    /**
     * The study's last step: every scenario's block-level hypotheses recomputed here from the
     * variables' blocks (variables.csv), the diverse pick of three from the library, the study's
     * trace counted from those hypotheses, and the statement that the study gives no indicators.
     */
    @Test
    void scenariosByBlockAndTheDiversePickOfThree() throws Exception {
        CliRun r = CliRun.of("scenarios", "--json");
        assertEquals(0, r.status(), r.err());
        Object doc = Json.parse(r.out().strip());
        CibMatrix m = chain(false);
        List<String> order = new ArrayList<>();
        Map<String, String> groupOf = new HashMap<>();
        // the variables in file order, each with its block (group)
        for (Variable v : MatrixCsv.read(STUDY.resolve("matrix.csv"), STUDY.resolve("variables.csv")).variables()) {
            String g = v.group().orElseThrow();
            groupOf.put(v.id(), g);
            if (!order.contains(g)) {
                order.add(g);
            }
        }
        List<Object> blocks = Json.arr(Json.at(doc, "blocks"));
        List<String> present = new ArrayList<>();
        for (int d = 0; d < m.space().descriptorCount(); d++) {
            String g = groupOf.get(m.space().descriptor(d).id());
            if (!present.contains(g)) {
                present.add(g);
            }
        }
        present.sort(Comparator.comparingInt(order::indexOf));
        assertEquals(present, blocks.stream().map(b -> Json.at(b, "name")).toList());
        assertEquals(present.stream().map(g -> (double) order.indexOf(g) + 1).toList(),
                blocks.stream().map(b -> Json.num(Json.at(b, "number"))).toList());
        CibResult result = Cib.withDefaults().solve(m);
        List<Object> scenarios = Json.arr(Json.at(doc, "scenarios"));
        long trace = 0;
        for (int k = 0; k < scenarios.size(); k++) {
            Scenario z = result.scenarios().get(k).scenario();
            List<String> want = new ArrayList<>();
            for (String g : present) {
                Set<String> ids = new HashSet<>();
                for (int d = 0; d < m.space().descriptorCount(); d++) {
                    if (groupOf.get(m.space().descriptor(d).id()).equals(g)) {
                        ids.add(m.space().descriptor(d).variant(z.variant(d)).id());
                    }
                }
                want.add(ids.size() == 1 ? ids.iterator().next() : "mixed");
            }
            assertEquals(want, Json.at(scenarios.get(k), "blockHypotheses"));
            // blocks 1 and 3 at H2 (block 2, H1, has no key variable with hypotheses)
            trace += want.get(present.indexOf(order.get(0))).equals("H2")
                    && want.get(present.indexOf(order.get(2))).equals("H2") ? 1 : 0;
        }
        assertTrue(!present.contains(order.get(1)));
        List<DiverseSelection.Pick> picks = DiverseSelection.select(result, null, 3);
        List<Object> diverse = Json.arr(Json.at(doc, "diverse"));
        assertEquals(3, diverse.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(m.space().variantIds(picks.get(i).scenario().scenario()), Json.at(diverse.get(i), "variants"));
        }
        assertNull(Json.at(doc, "indicators"));
        CliRun text = CliRun.of("scenarios", "--out", tmp.resolve("r").toString());
        assertTrue(text.out().contains(trace + " of the " + result.size() + " scenarios found take block 1 H2, block 3 "
                + "H2 (block 2: no descriptor here)"), text.out());
        assertTrue(text.out().contains(ScenariosCommand.NO_QUANTITIES), text.out());
        assertTrue(text.out().contains("Scenarios by block"), text.out());
        assertTrue(text.out().contains("Diverse pick 3: scenario "), text.out());
        assertTrue(Files.isRegularFile(tmp.resolve("r").resolve("blocks.csv")));
    }

    @Test
    void textSaysWhatIsIllustrativeAndWhatWasLeftOut() throws Exception {
        Path dir = tmp.resolve("rep");
        CliRun r = CliRun.of("scenarios", "--out", dir.toString(), "--show", "1");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("ILLUSTRATIVE"), r.out());
        // MODAFF is a key variable whose sheet has no MICRO-SCENARIOS section (micro-scenarios.csv: missing)
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("Left out") && l.contains("MODAFF")), r.out());
        CibMatrix m = chain(false);
        var first = Cib.withDefaults().solve(m).scenarios().get(0);
        String title = m.space().descriptor(0).variant(first.scenario().variant(0)).name();
        assertTrue(r.out().contains(title), title);
        assertTrue(Files.readString(dir.resolve("cib-report.html")).contains("ILLUSTRATIVE"));
    }

    /** The scale demonstration: 3^22 scenarios, solved exactly; the same chain computed with the library. */
    @Test
    @Tag("slow")
    void theFullSizeSpaceMatchesTheLibrary() throws Exception {
        CliRun r = CliRun.of("scenarios", "--full", "--json");
        assertEquals(0, r.status(), r.err());
        CibMatrix m = chain(true);
        assertEquals(java.math.BigInteger.valueOf(3).pow(22), m.space().size());
        CibCommandTest.assertJsonMatches(r.out().strip(), m, Cib.withDefaults().solve(m), null);
    }

    @Test
    void badOptionIsOneLineAndExitTwo() {
        CliRun r = CliRun.of("scenarios", "--show", "-1");
        assertEquals(2, r.status());
        r.assertOneErrorLine("must be >= 0");
    }
}
