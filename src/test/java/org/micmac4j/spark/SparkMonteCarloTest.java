package org.micmac4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.micmac4j.Draws;
import org.micmac4j.InfluenceMatrix;
import org.micmac4j.InvalidInputException;
import org.micmac4j.Micmac;
import org.micmac4j.Scale;
import org.micmac4j.View;
import org.micmac4j.cib.Cib;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.Ensemble;
import org.micmac4j.cib.JudgementNoise;
import org.micmac4j.cib.ShareResult;
import org.micmac4j.experts.Panel;
import org.micmac4j.experts.PanelCsv;
import org.micmac4j.experts.PanelSynthesis;
import org.micmac4j.experts.Robustness;
import org.micmac4j.experts.RobustnessResult;
import org.micmac4j.io.VariablesCsv;
import org.micmac4j.testutil.CibMatrices;

/**
 * The Monte Carlo analyses on a real Spark in local mode with two threads, entered through a
 * {@link SparkSession}: judgement noise, ensembles and the experts' robustness give the
 * single-machine results for the same seed, bit for bit, whatever the number of tasks.
 */
class SparkMonteCarloTest {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSessions.session("local[2]");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    static void assertSameShares(ShareResult<?> expected, ShareResult<?> actual, String what) {
        assertEquals(expected.matrices(), actual.matrices(), what);
        assertEquals(expected.space(), actual.space(), what);
        assertEquals(expected.scenarios(), actual.scenarios(), what); // shares compared as doubles, exactly
    }

    static void assertSameRobustness(RobustnessResult expected, RobustnessResult actual, String what) {
        assertEquals(expected.draws(), actual.draws(), what);
        assertEquals(expected.stableProbability(), actual.stableProbability(), what);
        for (View v : View.values()) {
            assertEquals(expected.view(v), actual.view(v), what + ", " + v);
        }
    }

    /** A second and third member: the matrix with some judgements moved (same space). */
    static List<CibMatrix> members(CibMatrix m) {
        List<CibMatrix> out = new ArrayList<>(List.of(m));
        int n = m.space().totalVariants();
        for (int k = 1; k <= 2; k++) {
            int[][] c = new int[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    int v = m.cell(i, j);
                    c[i][j] = v != 0 && (i * n + j) % 7 == k ? v + ((i + j) % 2 == 0 ? k : -k) : v;
                }
            }
            out.add(CibMatrix.of(m.space(), c));
        }
        return out;
    }

    static Panel examplePanel() throws IOException {
        Path panel = Path.of("examples/hdf-industry-2040/panel");
        Panel p = PanelCsv.readFolder(panel, VariablesCsv.read(Path.of("examples/hdf-industry-2040/variables.csv")),
                Scale.CLASSIC);
        return PanelCsv.readWeights(panel.resolve("experts.csv"), p);
    }

    @Test
    void judgementNoiseIsTheSingleMachineOneForAnyNumberOfTasks() throws IOException {
        for (String name : List.of("somewhereland", "cibsa-global")) {
            CibMatrix m = SparkCibTest.shared(name);
            JudgementNoise noise = JudgementNoise.withDefaults().withStandardDeviation(0.8)
                    .withCib(Cib.withDefaults().withMaxInconsistency(1))
                    .withDraws(Draws.withDefaults().withCount(12).withSeed(5));
            for (List<CibMatrix> members : List.of(List.of(m), members(m))) {
                ShareResult<JudgementNoise> local = noise.analyze(members);
                assertFalse(local.scenarios().isEmpty());
                for (int tasks : new int[] {1, 5, 36}) {
                    List<String> lines = new ArrayList<>();
                    ShareResult<JudgementNoise> onSpark = SparkCib.on(spark).withTasks(tasks).withProgress(lines::add)
                            .noise(noise, members);
                    assertSameShares(local, onSpark, name + ", " + members.size() + " members, " + tasks + " tasks");
                    assertTrue(lines.stream().anyMatch(l -> l.contains("judgement noise") && l.contains("stage")),
                            lines.toString());
                }
            }
        }
    }

    @Test
    void anEnsembleIsTheSingleMachineOneForAnyNumberOfTasks() throws IOException {
        List<CibMatrix> members = members(SparkCibTest.shared("somewhereland"));
        Ensemble ensemble = Ensemble.withDefaults().withCib(Cib.withDefaults().withMaxInconsistency(1));
        ShareResult<Ensemble> local = ensemble.analyze(members);
        for (int tasks : new int[] {1, 2, 3}) {
            assertSameShares(local, SparkCib.on(spark).withTasks(tasks).ensemble(ensemble, members), tasks + " tasks");
        }
    }

    @Test
    void theExpertsRobustnessIsTheSingleMachineOneForAnyNumberOfTasks() throws IOException {
        Panel panel = examplePanel();
        Draws d = Draws.withDefaults().withCount(30).withSeed(11);
        Robustness mc = Robustness.withDefaults().withDraws(d).withCellDraws(true).withPerturbation(0.1, 0.02);
        RobustnessResult local = mc.run(panel, PanelSynthesis.withDefaults());
        InfluenceMatrix m = PanelSynthesis.withDefaults().synthesize(panel).aggregate();
        RobustnessResult localMatrix = mc.run(m, Micmac.withDefaults());
        for (int tasks : new int[] {1, 4, 30}) {
            assertSameRobustness(local, SparkRobustness.on(spark).withTasks(tasks).run(mc, panel,
                    PanelSynthesis.withDefaults()), "panel, " + tasks + " tasks");
            assertSameRobustness(localMatrix, SparkRobustness.on(spark).withTasks(tasks).run(mc, m,
                    Micmac.withDefaults()), "matrix, " + tasks + " tasks");
        }
    }

    @Test
    void badInputInATaskFailsTheJobWithItsOwnLine() throws IOException {
        // every copy of the all-zero matrix has all 81 scenarios consistent, more than the 10 listed
        JudgementNoise noise = JudgementNoise.withDefaults().withCib(Cib.withDefaults().withLimit(10))
                .withDraws(Draws.withDefaults().withCount(4));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SparkCib.on(spark).withTasks(2).noise(noise, List.of(CibMatrices.zeros(4))));
        assertTrue(e.getMessage().startsWith("judgement noise: noisy copy "), e.getMessage());
        assertTrue(e.getMessage().contains("81") && !e.getMessage().contains("\n"), e.getMessage());
        InvalidInputException none = assertThrows(InvalidInputException.class, () -> SparkRobustness.on(spark)
                .run(Robustness.withDefaults(), PanelSynthesis.withDefaults().synthesize(examplePanel()).aggregate(),
                        Micmac.withDefaults()));
        assertTrue(none.getMessage().contains("no source of uncertainty"), none.getMessage());
    }
}
