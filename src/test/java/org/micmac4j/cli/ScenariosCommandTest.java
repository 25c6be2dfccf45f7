package org.micmac4j.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
import org.micmac4j.cib.io.CibCsv;
import org.micmac4j.io.MatrixCsv;
import org.micmac4j.scenario.Hypotheses;
import org.micmac4j.scenario.KeyVariables;

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
