package org.micmac4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.micmac4j.Draws;
import org.micmac4j.cib.Cib;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.Ensemble;
import org.micmac4j.cib.JudgementNoise;
import org.micmac4j.cib.ScenarioShare;
import org.micmac4j.cib.ShareResult;
import org.micmac4j.cib.io.CibCsv;
import org.micmac4j.report.cib.CibReport;
import org.micmac4j.testutil.Json;
import org.micmac4j.testutil.Resources;

/** {@code micmac cib --noise} and {@code micmac cib --ensemble} against the library. */
class CibRobustnessCommandTest {
    private static final Path SOMEWHERELAND = Resources.path("/cases/cib/somewhereland/matrix.csv");

    @TempDir
    Path tmp;

    /** The shares of a JSON section agree with the library's, in the library's order. */
    private static void assertSharesMatch(Object section, ShareResult<?> lib) {
        assertSharesMatch(section, lib, null);
    }

    /** As above; with member names, each scenario's "members" are the names of the library's matrices. */
    private static void assertSharesMatch(Object section, ShareResult<?> lib, List<String> names) {
        List<Object> ss = Json.arr(Json.at(section, "scenarios"));
        assertEquals(lib.scenarios().size(), ss.size());
        for (int k = 0; k < ss.size(); k++) {
            ScenarioShare s = lib.scenarios().get(k);
            assertEquals(lib.space().variantIds(s.scenario()), Json.arr(Json.at(ss.get(k), "variants")));
            assertEquals(s.count(), (int) Json.num(Json.at(ss.get(k), "count")));
            assertEquals(s.share(), Json.num(Json.at(ss.get(k), "share")), 1e-12);
            if (names != null) {
                assertEquals(s.matrices().stream().map(names::get).toList(), Json.arr(Json.at(ss.get(k), "members")));
            }
        }
    }

    @Test
    void noiseJsonMatchesTheLibrary() throws Exception {
        CliRun r = CliRun.of("cib", SOMEWHERELAND.toString(), "--json", "--noise", "0.7", "--draws", "60", "--seed",
                "3", "--max-inconsistency", "1", "--threads", "2");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err(), "no progress lines for a short run");
        CibMatrix m = CibCsv.read(SOMEWHERELAND);
        Cib cib = Cib.withDefaults().withMaxInconsistency(1);
        CibCommandTest.assertJsonMatches(r.out().strip(), m, cib.solve(m), null);
        ShareResult<JudgementNoise> lib = JudgementNoise.withDefaults().withStandardDeviation(0.7)
                .withDraws(Draws.withDefaults().withCount(60).withSeed(3)).withCib(cib).analyze(m);
        Object noise = Json.at(Json.parse(r.out()), "noise");
        assertEquals(0.7, Json.num(Json.at(noise, "standardDeviation")));
        assertEquals(60, (int) Json.num(Json.at(noise, "draws")));
        assertEquals(3, (int) Json.num(Json.at(noise, "seed")));
        assertEquals(Boolean.TRUE, Json.at(noise, "zerosKept"));
        assertEquals(1, (int) Json.num(Json.at(noise, "maxInconsistency")));
        assertSharesMatch(noise, lib);
        // the noise moves something: not every scenario keeps share 1
        assertTrue(lib.scenarios().stream().anyMatch(s -> s.share() < 1), "noise had no effect");
    }

    @Test
    void noiseZerosAndDefaultDrawsReachTheLibrary() throws Exception {
        CliRun r = CliRun.of("cib", SOMEWHERELAND.toString(), "--json", "--noise", "0.5", "--noise-zeros");
        assertEquals(0, r.status(), r.err());
        CibMatrix m = CibCsv.read(SOMEWHERELAND);
        Object noise = Json.at(Json.parse(r.out()), "noise");
        assertEquals(JudgementNoise.DRAWS_DEFAULT, (int) Json.num(Json.at(noise, "draws")));
        assertEquals(Boolean.FALSE, Json.at(noise, "zerosKept"));
        assertSharesMatch(noise, JudgementNoise.withDefaults().withZerosKept(false).analyze(m));
    }

    @Test
    void noiseTextAndReport() throws Exception {
        Path dir = tmp.resolve("rep");
        CliRun r = CliRun.of("cib", SOMEWHERELAND.toString(), "--noise", "0.5", "--draws", "40", "--out",
                dir.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("Judgement noise: 40 draws"), r.out());
        String html = Files.readString(dir.resolve("cib-report.html"));
        assertTrue(html.contains("id=\"noise\""), "noise section");
        assertTrue(html.contains("probability"), "probability column");
    }

    /**
     * Somewhereland with its descriptors in reverse order (rows and columns moved together), written
     * from the CSV text, so the CLI must match the members by id.
     */
    private Path reversed(Path csv, String name) throws Exception {
        List<String> lines = Files.readAllLines(csv).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .toList();
        String[] head = lines.get(0).split(",");
        Integer[] order = new Integer[head.length - 1];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // descriptor id descending, variant order kept
        Arrays.sort(order, Comparator.comparing((Integer i) -> head[i + 1].split(":")[0]).reversed()
                .thenComparing(i -> i));
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            rows.add(lines.get(i).split(","));
        }
        StringBuilder sb = new StringBuilder(head[0]);
        for (int c : order) {
            sb.append(',').append(head[c + 1]);
        }
        sb.append('\n');
        for (int rIdx : order) {
            String[] row = rows.get(rIdx);
            sb.append(row[0]);
            for (int c : order) {
                sb.append(',').append(row[c + 1]);
            }
            sb.append('\n');
        }
        Path out = tmp.resolve(name);
        Files.writeString(out, sb.toString());
        return out;
    }

    /** Somewhereland with one cell changed, written as CSV. */
    private Path changed(CibMatrix m, int row, int col, int value, Path out) throws Exception {
        int[][] c = m.toArray();
        c[row][col] = value;
        CibCsv.write(CibMatrix.of(m.space(), c), out);
        return out;
    }

    @Test
    void ensembleJsonMatchesTheLibraryWithMembersMatchedById() throws Exception {
        CibMatrix m = CibCsv.read(SOMEWHERELAND);
        Path folder = Files.createDirectory(tmp.resolve("experts"));
        Path a = Files.copy(SOMEWHERELAND, folder.resolve("a.csv"));
        Path b = changed(m, 1, 3, -3, folder.resolve("b.csv")); // A2 -> B1 turned around
        Path c = reversed(b, "experts/c.csv");
        Files.writeString(folder.resolve("README.txt"), "not a matrix");
        int[][] bc = m.toArray();
        bc[1][3] = -3;
        CibMatrix mb = CibMatrix.of(m.space(), bc);
        ShareResult<Ensemble> lib = Ensemble.withDefaults().analyze(List.of(m, mb, mb));
        assertTrue(lib.scenarios().stream().anyMatch(s -> s.count() < 3), "the members should disagree");

        CliRun r = CliRun.of("cib", "--ensemble", a.toString(), b.toString(), c.toString(), "--json");
        assertEquals(0, r.status(), r.err());
        Object doc = Json.parse(r.out());
        assertEquals(m.space().size().doubleValue(), Json.num(Json.at(doc, "space")));
        Object ens = Json.at(doc, "ensemble");
        assertEquals(List.of("a", "b", "c"), Json.arr(Json.at(ens, "members")));
        assertEquals(0, (int) Json.num(Json.at(ens, "maxInconsistency")));
        assertSharesMatch(ens, lib, List.of("a", "b", "c"));
        assertTrue(lib.scenarios().stream().anyMatch(s -> s.matrices().equals(List.of(0))), "a scenario of a alone");

        CliRun f = CliRun.of("cib", "--ensemble", folder.toString(), "--json");
        assertEquals(0, f.status(), f.err());
        assertEquals(r.out(), f.out());
    }

    @Test
    void ensembleTextAndReport() throws Exception {
        Path dir = tmp.resolve("rep");
        Path b = changed(CibCsv.read(SOMEWHERELAND), 1, 3, -3, tmp.resolve("b.csv"));
        CliRun r = CliRun.of("cib", "--ensemble", SOMEWHERELAND.toString(), b.toString(), "--max-inconsistency", "1",
                "--out", dir.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("Ensemble of 2 matrices (1 matrix, 2 b)"), r.out());
        ShareResult<Ensemble> lib = Ensemble.withDefaults().withCib(Cib.withDefaults().withMaxInconsistency(1))
                .analyze(List.of(CibCsv.read(SOMEWHERELAND), CibCsv.read(b)));
        List<String> lines = r.out().lines().toList();
        int head = lines.indexOf(lines.stream().filter(l -> l.strip().startsWith("#")).findFirst().orElseThrow());
        assertEquals(List.of("#", "count", "share", "members", "A"),
                List.of(lines.get(head).strip().split("\\s+")).subList(0, 5));
        for (int i = 0; i < Math.min(lib.scenarios().size(), CibReport.SCENARIOS_LISTED_DEFAULT); i++) {
            ScenarioShare s = lib.scenarios().get(i);
            String expected = s.count() == 2 ? "all" : Integer.toString(s.matrices().get(0) + 1);
            assertEquals(expected, lines.get(head + 2 + i).trim().split("\\s+")[3], lines.get(head + 2 + i));
        }
        assertTrue(lib.scenarios().stream().anyMatch(s -> s.count() == 1), "the members should disagree");
        String html = Files.readString(dir.resolve("cib-report.html"));
        assertTrue(html.contains("id=\"shares\""), "shares section");
        assertTrue(Files.size(dir.resolve("scenario-tableau.svg")) > 200);
        assertFalse(Files.exists(dir.resolve("inconsistency-histogram.svg")));
    }

    /** --ensemble with --noise: the library's noise over the members, pooled and by member, in all three outputs. */
    @Test
    void ensembleUnderNoiseMatchesTheLibraryByMember() throws Exception {
        CibMatrix m = CibCsv.read(SOMEWHERELAND);
        Path b = changed(m, 1, 3, -3, tmp.resolve("b.csv"));
        List<CibMatrix> members = List.of(m, CibCsv.read(b));
        ShareResult<JudgementNoise> lib = JudgementNoise.withDefaults().withStandardDeviation(0.7)
                .withDraws(Draws.withDefaults().withCount(40).withSeed(5)).analyze(members);
        Path dir = tmp.resolve("rep");
        CliRun r = CliRun.of("cib", "--ensemble", SOMEWHERELAND.toString(), b.toString(), "--noise", "0.7", "--draws",
                "40", "--seed", "5", "--json", "--out", dir.toString());
        assertEquals(0, r.status(), r.err());
        Object noise = Json.at(Json.parse(r.out()), "noise");
        assertEquals(40, (int) Json.num(Json.at(noise, "draws")));
        List<Object> ss = Json.arr(Json.at(noise, "scenarios"));
        assertEquals(lib.scenarios().size(), ss.size());
        boolean differ = false;
        for (int k = 0; k < ss.size(); k++) {
            ScenarioShare s = lib.scenarios().get(k);
            assertEquals(m.space().variantIds(s.scenario()), Json.arr(Json.at(ss.get(k), "variants")));
            assertEquals(s.count(), (int) Json.num(Json.at(ss.get(k), "count")));
            long first = s.matrices().stream().filter(i -> i < 40).count();
            List<Object> by = Json.arr(Json.at(ss.get(k), "byMember"));
            assertEquals(first / 40.0, Json.num(by.get(0)), 1e-12);
            assertEquals((s.count() - first) / 40.0, Json.num(by.get(1)), 1e-12);
            differ |= Json.num(by.get(0)) != Json.num(by.get(1));
        }
        assertTrue(differ, "the members should differ somewhere");
        String html = Files.readString(dir.resolve("cib-report.html"));
        assertTrue(html.contains("id=\"noise\"") && html.contains("by member"), "noise section by member");

        CliRun t = CliRun.of("cib", "--ensemble", SOMEWHERELAND.toString(), b.toString(), "--noise", "0.7", "--draws",
                "40", "--seed", "5");
        assertEquals(0, t.status(), t.err());
        ScenarioShare top = lib.scenarios().get(0);
        int[] per = top.countsPerBlock(40, 2);
        String line = String.format(java.util.Locale.ROOT, "%d/80  %.3f  %.2f/%.2f", top.count(), top.share(),
                per[0] / 40.0, per[1] / 40.0);
        assertTrue(t.out().contains("40 draws per member") && t.out().contains(line), t.out());
    }

    @Test
    void mismatchedMembersAreOneLineNamingTheFileAndTheVariant() throws Exception {
        Path b = tmp.resolve("b.csv");
        Files.writeString(b, Files.readString(SOMEWHERELAND).replace("F:F3", "F:F9"));
        CliRun r = CliRun.of("cib", "--ensemble", SOMEWHERELAND.toString(), b.toString());
        r.assertBadInput("b.csv", "variant F3 of descriptor F is missing");
        Path c = tmp.resolve("c.csv");
        Files.writeString(c, "x,A:a1,A:a2\nA:a1,0,1\nA:a2,1,0\n");
        r = CliRun.of("cib", "--ensemble", SOMEWHERELAND.toString(), c.toString(), "--json");
        r.assertBadInput("c.csv", "descriptor");
    }

    @Test
    void badOptionsAreOneLineAndExitTwo() throws Exception {
        CliRun.of("cib", SOMEWHERELAND.toString(), "--draws", "10").assertBadInput("--draws and --noise-zeros need "
                + "--noise");
        CliRun.of("cib", SOMEWHERELAND.toString(), "--noise", "0.5", "--draws", "0").assertBadInput("--draws must "
                + "be >= 1");
        CliRun.of("cib", SOMEWHERELAND.toString(), "--noise=-1").assertBadInput("--noise must be");
        CliRun.of("cib", SOMEWHERELAND.toString(), SOMEWHERELAND.toString()).assertBadInput("need --ensemble");
        CliRun.of("cib", tmp.toString()).assertBadInput("need --ensemble");
        CliRun.of("cib", "--ensemble", tmp.toString()).assertBadInput("no .csv or .scw matrix");
        CliRun.of("cib", "--ensemble", SOMEWHERELAND.toString(), "--weights", "exact").assertBadInput(
                "--ensemble cannot be combined");
        // 3^22 scenarios: exact weights are no longer refused for the size (they are streamed); a range of
        // them is weighed alone, and a range beyond the space is refused naming its end
        CliRun part = CliRun.of("cib", "examples/hdf-industry-2040/cib-full-matrix.csv", "--weights", "exact",
                "--range", "0:9999", "--partial", tmp.resolve("p.part").toString());
        org.junit.jupiter.api.Assertions.assertEquals(0, part.status(), part.err());
        CliRun.of("cib", "examples/hdf-industry-2040/cib-full-matrix.csv", "--weights", "exact", "--range",
                "0:31381059609", "--partial", tmp.resolve("q.part").toString()).assertBadInput("31381059608");
    }

    /**
     * Shares need whole solution sets: noise and ensemble runs refuse a matrix with more scenarios
     * than they hold (10000, or --list N when larger) in one line naming the copy or member, and give
     * the shares once --list raises the bound. Oracle: every scenario of the all-zero 3^9 matrix
     * ties, so all 19683 are consistent in every copy and member.
     */
    @Test
    void noiseAndEnsemblesRefuseSetsLargerThanTheyHoldAndNameTheMatrix() throws Exception {
        Path zeros = tmp.resolve("zeros.csv");
        CibCsv.write(org.micmac4j.testutil.CibMatrices.zeros(9), zeros);
        CliRun noisy = CliRun.of("cib", zeros.toString(), "--noise", "0.5", "--draws", "2", "--threads", "1");
        noisy.assertBadInput("noisy copy 1");
        assertTrue(noisy.err().contains("19683") && noisy.err().contains("--list"), noisy.err());
        Path other = Files.copy(zeros, tmp.resolve("zeros-b.csv"));
        CliRun.of("cib", "--ensemble", zeros.toString(), other.toString(), "--threads", "1")
                .assertBadInput("ensemble member 1");
        CliRun whole = CliRun.of("cib", zeros.toString(), "--noise", "0.5", "--draws", "2", "--threads", "1",
                "--list", "20000", "--json");
        assertEquals(0, whole.status(), whole.err());
        List<Object> shares = Json.arr(Json.at(Json.parse(whole.out().strip()), "noise", "scenarios"));
        assertEquals(19683, shares.size());
        shares.forEach(x -> assertEquals(2, (int) Json.num(Json.at(x, "count"))));
    }
}
