package org.micmac4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.micmac4j.Draws;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.JudgementNoise;
import org.micmac4j.cib.Succession;
import org.micmac4j.cib.SuccessionResult;
import org.micmac4j.cib.WeightMode;
import org.micmac4j.experts.Panel;
import org.micmac4j.experts.PanelSynthesis;
import org.micmac4j.experts.Robustness;

/**
 * Four task threads and task retries ({@code local[4,2]}: a task may fail once): a task that fails
 * on its first attempt is run again by Spark, and the weights, the judgement noise and the experts'
 * robustness are still the single-machine ones, bit for bit (tasks are pure functions of their
 * inputs and their range).
 */
class SparkRetryTest {
    /** Failures injected so far (local mode: the tasks run in this JVM). */
    static final AtomicInteger FAILED = new AtomicInteger();
    private static JavaSparkContext sc;

    @BeforeAll
    static void start() {
        sc = SparkSessions.local("local[4,2]");
    }

    @AfterAll
    static void stop() {
        sc.stop();
    }

    @Test
    void aTaskThatFailsOnceIsRetriedAndTheWeightsAreUnchanged() throws IOException {
        Succession exact = Succession.withDefaults().withWeightMode(WeightMode.EXACT).withThreads(1);
        for (String name : SparkCibTest.CASES) {
            CibMatrix m = SparkCibTest.shared(name);
            SuccessionResult local = exact.weights(m);
            int before = FAILED.get();
            List<String> lines = new ArrayList<>();
            SuccessionResult spark = SparkCib.on(sc).withTasks(8).withProgress(lines::add).withTaskHook(t -> {
                if (t.partitionId() == 3 && t.attemptNumber() == 0) {
                    FAILED.incrementAndGet();
                    throw new IllegalStateException("injected failure of the first attempt of task 3");
                }
            }).weights(m, exact);
            assertEquals(before + 1, FAILED.get(), "one injected failure");
            assertEquals(local.fixedPoints(), spark.fixedPoints(), name);
            assertEquals(local.cycles(), spark.cycles(), name);
            assertTrue(lines.stream().anyMatch(l -> l.contains("stage")), lines.toString());
        }
    }

    /** A hook failing the first attempt of task 1, counting the failures. */
    private static Jobs.TaskHook failFirstAttemptOfTask1() {
        return t -> {
            if (t.partitionId() == 1 && t.attemptNumber() == 0) {
                FAILED.incrementAndGet();
                throw new IllegalStateException("injected failure of the first attempt of task 1");
            }
        };
    }

    @Test
    void judgementNoiseAndRobustnessAreUnchangedWhenATaskIsRetried() throws IOException {
        CibMatrix m = SparkCibTest.shared("somewhereland");
        List<CibMatrix> members = SparkMonteCarloTest.members(m);
        JudgementNoise noise = JudgementNoise.withDefaults().withStandardDeviation(0.6)
                .withDraws(Draws.withDefaults().withCount(10).withSeed(21));
        int before = FAILED.get();
        SparkMonteCarloTest.assertSameShares(noise.analyze(members),
                SparkCib.on(sc).withTasks(6).withTaskHook(failFirstAttemptOfTask1()).noise(noise, members), "noise");
        assertEquals(before + 1, FAILED.get(), "one injected failure");

        Panel panel = SparkMonteCarloTest.examplePanel();
        Robustness mc = Robustness.withDefaults().withDraws(Draws.withDefaults().withCount(16).withSeed(3))
                .withCellDraws(true);
        SparkMonteCarloTest.assertSameRobustness(mc.run(panel, PanelSynthesis.withDefaults()), SparkRobustness.on(sc)
                .withTasks(5).withTaskHook(failFirstAttemptOfTask1()).run(mc, panel, PanelSynthesis.withDefaults()),
                "robustness");
        assertEquals(before + 2, FAILED.get(), "two injected failures");
    }
}
