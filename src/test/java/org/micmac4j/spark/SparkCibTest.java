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
import org.micmac4j.cib.SuccessionRule;
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
                assertTrue(lines.stream().anyMatch(l -> l.contains("stage") && l.contains("started")), lines.toString());
            }
        }
    }

    @Test
    void theSequentialAndAdjacentRulesGiveTheSingleMachineWeights() throws IOException {
        for (SuccessionRule rule : List.of(SuccessionRule.SEQUENTIAL, SuccessionRule.ADJACENT)) {
            Succession exact = Succession.withDefaults().withWeightMode(WeightMode.EXACT).withThreads(1).withRule(rule);
            for (String name : CASES.subList(0, 3)) {
                CibMatrix m = shared(name);
                SuccessionResult local = exact.weights(m);
                SuccessionResult spark = SparkCib.on(sc).withTasks(3).weights(m, exact);
                assertEquals(local.fixedPoints(), spark.fixedPoints(), rule + ", " + name);
                assertEquals(local.cycles(), spark.cycles(), rule + ", " + name);
                assertEquals(rule, spark.config().rule());
            }
        }
    }
}
