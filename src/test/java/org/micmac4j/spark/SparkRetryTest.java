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
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.Succession;
import org.micmac4j.cib.SuccessionResult;
import org.micmac4j.cib.WeightMode;

/**
 * Four task threads and task retries ({@code local[4,2]}: a task may fail once): a task that fails
 * on its first attempt is run again by Spark, and the weights are still the single-machine ones,
 * bit for bit (tasks are pure functions of the matrix and their range).
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
}
