package org.micmac4j.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.micmac4j.cib.Cib;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.CibResult;
import org.micmac4j.cib.FeasibilityConstraints;
import org.micmac4j.cib.KernelChange;
import org.micmac4j.cib.Leverage;
import org.micmac4j.cib.io.CibCsv;
import org.micmac4j.cib.io.ScwReader;
import org.micmac4j.scenario.ScenarioSpace;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * After the kernel (issue 19), through the public API, each against its baseline in the same run.
 * <ul>
 * <li>{@code free50x50}: the exact kernel of the public 60 466 176-scenario benchmark
 *     ({@code cib/bench_50x50.scw}), 2 threads: the baseline of the next two;</li>
 * <li>{@code fix50x50}: the same with one descriptor held ({@code --fix D=v}), for every one of the
 *     50 descriptor variants ({@code fix} parameter);</li>
 * <li>{@code exclusions50x50}: the same with ten pairwise exclusions ({@code A:a excludes B:b},
 *     two different descriptors and variants drawn from {@code SplittableRandom(seed)}, seeds 1-5);</li>
 * <li>{@code leverageBundledKey}: every leverage cell of the bundled study's 12-descriptor matrix
 *     ({@code cib-matrix.csv}, 36 x 36 judgements), 2 threads, goal ≤ 2 s; and its baseline, the
 *     sensitivity check done by hand automated: every cell re-solved at each change in scale, in
 *     the defined order (|k| ascending, decrease first), until the solution set changes
 *     ({@code leverageBundledKeyResolveBaseline}, single shot).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class CibAfterKernelBench {
    private CibMatrix bench50x50;
    private CibMatrix bundledKey;
    private final Cib free2 = Cib.withDefaults().withThreads(2);

    @Setup(Level.Trial)
    public void setup() throws IOException {
        try (InputStream in = CibAfterKernelBench.class.getResourceAsStream("/cib/bench_50x50.scw")) {
            bench50x50 = ScwReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "bench_50x50.scw")
                    .matrix();
        }
        try (InputStream in = CibAfterKernelBench.class
                .getResourceAsStream("/org/micmac4j/data/hdf-industry-2040/cib-matrix.csv")) {
            bundledKey = CibCsv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "cib-matrix.csv");
        }
    }

    /** One held descriptor variant of bench_50x50. */
    @State(Scope.Benchmark)
    public static class Fixed {
        @Param({"D1=V1_1", "D1=V1_2", "D1=V1_3", "D1=V1_4", "D2=V2_1", "D2=V2_2", "D2=V2_3", "D2=V2_4",
            "D3=V3_1", "D3=V3_2", "D3=V3_3", "D3=V3_4", "D4=V4_1", "D4=V4_2", "D4=V4_3", "D4=V4_4",
            "D5=V5_1", "D5=V5_2", "D5=V5_3", "D5=V5_4", "D6=V6_1", "D6=V6_2", "D6=V6_3", "D7=V7_1", "D7=V7_2",
            "D7=V7_3", "D8=V8_1", "D8=V8_2", "D8=V8_3", "D9=V9_1", "D9=V9_2", "D9=V9_3", "D10=V10_1",
            "D10=V10_2", "D10=V10_3", "D11=V11_1", "D11=V11_2", "D11=V11_3", "D12=V12_1", "D12=V12_2",
            "D12=V12_3", "D13=V13_1", "D13=V13_2", "D13=V13_3", "D14=V14_1", "D14=V14_2", "D14=V14_3",
            "D15=V15_1", "D15=V15_2", "D15=V15_3"})
        public String fix;
        Cib cib;

        @Setup(Level.Trial)
        public void setup() {
            int eq = fix.indexOf('=');
            cib = Cib.withDefaults().withThreads(2).withIntervention(Map.of(fix.substring(0, eq), fix.substring(eq + 1)));
        }
    }

    /** Ten pairwise exclusions over bench_50x50, drawn from a seed. */
    @State(Scope.Benchmark)
    public static class Excluded {
        @Param({"1", "2", "3", "4", "5"})
        public long seed;
        Cib cib;

        @Setup(Level.Trial)
        public void setup() throws IOException {
            ScenarioSpace s;
            try (InputStream in = CibAfterKernelBench.class.getResourceAsStream("/cib/bench_50x50.scw")) {
                s = ScwReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "bench_50x50.scw").matrix()
                        .space();
            }
            cib = Cib.withDefaults().withThreads(2).withConstraints(exclusions(s, seed, 10));
        }
    }

    /** {@code count} rules {@code A:a excludes B:b}, A and B two different descriptors, drawn from the seed. */
    static FeasibilityConstraints exclusions(ScenarioSpace s, long seed, int count) {
        SplittableRandom r = new SplittableRandom(seed);
        FeasibilityConstraints f = FeasibilityConstraints.none();
        int nd = s.descriptorCount();
        for (int i = 0; i < count; i++) {
            int a = r.nextInt(nd);
            int b = (a + 1 + r.nextInt(nd - 1)) % nd;
            f = f.excludes(s.descriptor(a).id(), s.descriptor(a).variant(r.nextInt(s.variantCount(a))).id(),
                    s.descriptor(b).id(), s.descriptor(b).variant(r.nextInt(s.variantCount(b))).id());
        }
        return f;
    }

    @Benchmark
    public Object free50x50() {
        return free2.solve(bench50x50);
    }

    @Benchmark
    @Warmup(iterations = 1, time = 1)
    @Measurement(iterations = 3, time = 1)
    public Object fix50x50(Fixed f) {
        return f.cib.solve(bench50x50);
    }

    @Benchmark
    public Object exclusions50x50(Excluded e) {
        return e.cib.solve(bench50x50);
    }

    @Benchmark
    public Object leverageBundledKey() {
        return Leverage.withDefaults().withCib(free2).analyze(bundledKey);
    }

    /** The baseline: every cell re-solved at each change in scale until the solution set changes. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 2)
    public Object leverageBundledKeyResolveBaseline() {
        return resolveEveryCell(free2, bundledKey, Leverage.SCALE_DEFAULT);
    }

    /** Per cell between two descriptors: its first change in the defined order that alters the solution set, or 0. */
    static List<Integer> resolveEveryCell(Cib cib, CibMatrix m, int scale) {
        ScenarioSpace s = m.space();
        int n = m.size();
        int range = scale;
        int[][] cells = m.toArray();
        for (int[] row : cells) {
            for (int c : row) {
                range = Math.max(range, Math.abs(c));
            }
        }
        CibResult base = cib.solve(m);
        List<Integer> out = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                if (s.descriptorOf(r) == s.descriptorOf(c)) {
                    continue;
                }
                int found = 0;
                for (int mag = 1; mag <= 2 * range && found == 0; mag++) {
                    for (int delta : new int[] {-mag, mag}) {
                        int v = cells[r][c] + delta;
                        if (v < -range || v > range) {
                            continue;
                        }
                        int[][] changed = m.toArray();
                        changed[r][c] = v;
                        if (!KernelChange.between(base, cib.solve(CibMatrix.of(s, changed))).isEmpty()) {
                            found = delta;
                            break;
                        }
                    }
                }
                out.add(found);
            }
        }
        return out;
    }
}
