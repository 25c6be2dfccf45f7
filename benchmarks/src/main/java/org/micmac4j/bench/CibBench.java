package org.micmac4j.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.micmac4j.cib.Algorithm;
import org.micmac4j.cib.Cib;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.Succession;
import org.micmac4j.cib.io.ScwReader;
import org.micmac4j.scenario.Descriptor;
import org.micmac4j.scenario.ScenarioSpace;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cross-impact balance (issue 10), through the public API.
 * <ul>
 * <li>{@code bench50x50}: the public 15-descriptor benchmark, 60 466 176 scenarios (resource
 *     {@code cib/bench_50x50.scw}, see its SOURCE.md);</li>
 * <li>{@code nested22M}: the cibsa reference case, 22 674 816 scenarios;</li>
 * <li>{@code random408M}: 13 descriptors of 3 variants and 4 of 4 (3^13 · 4^4 = 408 146 688
 *     scenarios), cells uniform in −3..+3 off the own-descriptor blocks, SplittableRandom seed 408;</li>
 * <li>{@code sub746k}: the first 11 descriptors of bench_50x50 (4^5 · 3^6 = 746 496 scenarios),
 *     where the plain enumeration (the baseline: every balance recomputed) and the incremental
 *     sweep run on the same space on one thread.</li>
 * </ul>
 * Throughput in scenarios per second = space size / time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class CibBench {
    private CibMatrix bench50x50;
    private CibMatrix nested22M;
    private CibMatrix random408M;
    private CibMatrix sub746k;

    private final Cib pruned2 = Cib.withDefaults().withThreads(2);
    private final Cib pruned1 = Cib.withDefaults().withThreads(1);
    private final Cib sweep1 = Cib.withDefaults().withThreads(1).withAlgorithm(Algorithm.SWEEP);
    private final Cib sweep2 = Cib.withDefaults().withThreads(2).withAlgorithm(Algorithm.SWEEP);
    private final Cib plain1 = Cib.withDefaults().withThreads(1).withAlgorithm(Algorithm.PLAIN);
    private final Succession basins2 = Succession.withDefaults().withThreads(2);

    @Setup(Level.Trial)
    public void setup() throws IOException {
        bench50x50 = scw("bench_50x50.scw");
        nested22M = scw("CIB_nested_simplified_standardized.scw");
        random408M = random(new int[] {4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3}, 408);
        sub746k = firstDescriptors(bench50x50, 11);
    }

    private static CibMatrix scw(String name) throws IOException {
        try (InputStream in = CibBench.class.getResourceAsStream("/cib/" + name)) {
            return ScwReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name).matrix();
        }
    }

    static CibMatrix random(int[] counts, long seed) {
        List<Descriptor> ds = new ArrayList<>();
        for (int d = 0; d < counts.length; d++) {
            String[] v = new String[counts[d]];
            for (int i = 0; i < v.length; i++) {
                v[i] = "V" + (d + 1) + "_" + (i + 1);
            }
            ds.add(Descriptor.ofIds("D" + (d + 1), v));
        }
        ScenarioSpace s = ScenarioSpace.of(ds);
        SplittableRandom r = new SplittableRandom(seed);
        int n = s.totalVariants();
        int[][] c = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (s.descriptorOf(i) != s.descriptorOf(j)) {
                    c[i][j] = r.nextInt(7) - 3;
                }
            }
        }
        return CibMatrix.of(s, c);
    }

    static CibMatrix firstDescriptors(CibMatrix m, int count) {
        ScenarioSpace s = ScenarioSpace.of(m.space().descriptors().subList(0, count));
        int n = s.totalVariants();
        int[][] c = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                c[i][j] = m.cell(i, j);
            }
        }
        return CibMatrix.of(s, c);
    }

    @Benchmark
    public Object kernel50x50Pruned2Threads() {
        return pruned2.solve(bench50x50);
    }

    @Benchmark
    public Object kernel50x50Pruned1Thread() {
        return pruned1.solve(bench50x50);
    }

    @Benchmark
    public Object kernelNested22MPruned2Threads() {
        return pruned2.solve(nested22M);
    }

    @Benchmark
    public Object kernelRandom408MPruned2Threads() {
        return pruned2.solve(random408M);
    }

    @Benchmark
    public Object sub746kPlain1Thread() {
        return plain1.solve(sub746k);
    }

    @Benchmark
    public Object sub746kSweep1Thread() {
        return sweep1.solve(sub746k);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public Object sweep50x50Sweep2Threads() {
        return sweep2.solve(bench50x50);
    }

    /**
     * Steady state: a 240 MB successor array per call, on heap pages the JVM has touched before
     * (the heap is pre-touched: on this machine, a VM, the first touch of fresh memory costs about
     * 0.8 s per 240 MB, and a growing heap would keep paying it; {@link #basins50x50FirstCall2Threads}
     * measures a first call).
     */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Object basins50x50Exact2Threads() {
        return basins2.weights(bench50x50);
    }

    /** The first call in a fresh JVM: compilation and first-touch page faults included. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(value = 3, jvmArgsAppend = {"-Xmx6g"})
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public Object basins50x50FirstCall2Threads() {
        return basins2.weights(bench50x50);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Object basinsNested22MExact2Threads() {
        return basins2.weights(nested22M);
    }
}
