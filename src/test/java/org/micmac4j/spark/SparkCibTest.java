package org.micmac4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.micmac4j.cib.Cib;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.CibScenario;
import org.micmac4j.cib.Succession;
import org.micmac4j.cib.SuccessionResult;
import org.micmac4j.cib.SuccessionRule;
import org.micmac4j.cib.WeightMode;
import org.micmac4j.cib.io.CibCsv;
import org.micmac4j.cib.io.ScwReader;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.testutil.Basins;
import org.micmac4j.testutil.Resources;

/**
 * Every CIB case under src/test/resources/cases/cib gives the same kernel and the same exact weights
 * in memory, streamed, merged from ranges computed apart, and on a real Spark in local mode with two
 * threads ({@code local[2]}) for any number of tasks. Independent checks: the fixed points of the
 * global succession are exactly the consistent scenarios (the kernel, found by the branch and bound
 * search, which never follows a succession), and every start is counted once.
 */
class SparkCibTest {
    private static final Succession IN_MEMORY = Succession.withDefaults().withWeightMode(WeightMode.EXACT)
            .withThreads(1);
    private static final Succession STREAMED = IN_MEMORY.withInMemoryLimit(1);
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

    /** The cases with a matrix.csv (the 60-million-scenario benchmark, a .scw only, is the slow test below). */
    static final List<String> CASES = List.of("somewhereland", "cibsa-global", "iaindm-bench-typical",
            "cibsa-nested-simplified-standardized");

    static List<String> cases() {
        return CASES;
    }

    private static void assertSameWeights(SuccessionResult expected, SuccessionResult actual, String what) {
        assertEquals(expected.fixedPoints(), actual.fixedPoints(), what);
        assertEquals(expected.cycles(), actual.cycles(), what);
        assertEquals(expected.starts(), actual.starts(), what);
    }

    private static void assertEverywhereTheSame(String name, CibMatrix m, int[] taskCounts) {
        Set<Scenario> kernel = Cib.withDefaults().solve(m).all(name).stream().map(CibScenario::scenario)
                .collect(Collectors.toSet());
        SuccessionResult mem = IN_MEMORY.weights(m);
        assertEquals(kernel, mem.weights().keySet(), name + ": the fixed points are the kernel");
        assertEquals(m.space().size().longValue(), mem.starts(), name + ": every start counted once");
        assertSameWeights(mem, STREAMED.weights(m), name + " streamed");
        assertSameWeights(mem, Basins.merged(STREAMED, m, new Random(name.hashCode()), 5), name + " merged");
        for (int tasks : taskCounts) {
            List<String> lines = new ArrayList<>();
            assertSameWeights(mem, SparkCib.on(sc).withTasks(tasks).withProgress(lines::add).weights(m, IN_MEMORY),
                    name + " on Spark, " + tasks + " tasks");
            assertTrue(lines.stream().anyMatch(l -> l.contains("stage") && l.contains("started")), lines.toString());
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyCaseGivesTheSameKernelAndWeightsInMemoryStreamedMergedAndOnSpark(String name) throws IOException {
        assertEverywhereTheSame(name, shared(name), new int[] {1, 3, 16});
    }

    @Tag("slow")
    @Test
    void theSixtyMillionBenchmarkGivesTheSameKernelAndWeightsEverywhere() throws IOException {
        CibMatrix m = ScwReader.read(Resources.path("/cases/cib/iaindm-bench-50x50/project.scw")).matrix();
        assertEverywhereTheSame("iaindm-bench-50x50", m, new int[] {8});
    }

    @Test
    void theSequentialAndAdjacentRulesGiveTheSingleMachineWeights() throws IOException {
        for (SuccessionRule rule : List.of(SuccessionRule.SEQUENTIAL, SuccessionRule.ADJACENT)) {
            Succession exact = IN_MEMORY.withRule(rule);
            for (String name : CASES.subList(0, 3)) {
                CibMatrix m = shared(name);
                SuccessionResult spark = SparkCib.on(sc).withTasks(3).weights(m, exact);
                assertSameWeights(exact.weights(m), spark, rule + ", " + name);
                assertEquals(rule, spark.config().rule());
            }
        }
    }
}
