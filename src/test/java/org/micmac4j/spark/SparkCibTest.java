package org.micmac4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.Succession;
import org.micmac4j.cib.SuccessionResult;
import org.micmac4j.cib.WeightMode;
import org.micmac4j.cib.io.CibCsv;
import org.micmac4j.testutil.Resources;

/**
 * Exact basins on a real Spark in local mode with two threads ({@code local[2]}): every shared CIB
 * case gives the weights of the single-machine engine, for any number of tasks.
 */
class SparkCibTest {
    private static JavaSparkContext sc;

    @BeforeAll
    static void start() {
        sc = SparkSessions.local("local[2]");
    }

    @AfterAll
    static void stop() {
        sc.stop();
    }

    static CibMatrix shared(String name) throws IOException {
        return CibCsv.read(Resources.path("/cases/cib/" + name + "/matrix.csv"));
    }

    static final List<String> CASES = List.of("somewhereland", "cibsa-global", "iaindm-bench-typical",
            "cibsa-nested-simplified-standardized");

    @Test
    void everySharedCaseGivesTheSingleMachineWeightsForAnyNumberOfTasks() throws IOException {
        Succession exact = Succession.withDefaults().withWeightMode(WeightMode.EXACT).withThreads(1);
        for (String name : CASES) {
            CibMatrix m = shared(name);
            SuccessionResult local = exact.weights(m);
            for (int tasks : new int[] {1, 3, 16}) {
                List<String> lines = new ArrayList<>();
                SuccessionResult spark = SparkCib.on(sc).withTasks(tasks).withProgress(lines::add).weights(m, exact);
                assertEquals(local.fixedPoints(), spark.fixedPoints(), name + " with " + tasks + " tasks");
                assertEquals(local.cycles(), spark.cycles(), name + " with " + tasks + " tasks");
                assertEquals(local.starts(), spark.starts());
                assertTrue(lines.stream().anyMatch(l -> l.contains("stage") && l.contains("started")),
                        lines.toString());
            }
        }
    }
}
