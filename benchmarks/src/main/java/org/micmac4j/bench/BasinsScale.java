package org.micmac4j.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.micmac4j.cib.Cib;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.CibResult;
import org.micmac4j.cib.Succession;
import org.micmac4j.cib.SuccessionResult;
import org.micmac4j.cib.WeightMode;
import org.micmac4j.cib.io.CibCsv;
import org.micmac4j.cib.io.ScwReader;
import org.micmac4j.scenario.Descriptor;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * Timed harness for the exact basins at scale (issue 18): single timed calls, each printed with
 * the machine's load average, because these runs take seconds to minutes (JMH's repeated
 * iterations would take hours on the large spaces). Run from the benchmarks jar:
 *
 * <pre>
 * java -Xmx8g --add-modules jdk.incubator.vector -cp benchmarks/target/benchmarks.jar \
 *      org.micmac4j.bench.BasinsScale EXPERIMENT [ARGS]
 * </pre>
 *
 * Experiments: {@code per-core REPEATS} (bench_50x50 on one thread, in memory then streamed,
 * alternated); {@code nested408 THREADS} (CIB_nested, 408 146 688 scenarios, exact, as
 * {@code --weights exact} chooses, then streamed); (Spark local[2]/local[1] against the
 * streamed run: {@code benchmarks/spark-scale.sh}, a harness in the library's test sources, since Spark
 * is provided there); {@code islands FILE}
 * (writes the 100-descriptor 10^30 model of independent groups as CSV, for timing
 * {@code micmac cib FILE} with the JVM).
 */
public final class BasinsScale {
    private BasinsScale() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "per-core" -> perCore(Integer.parseInt(args[1]));
            case "nested408" -> nested408(Integer.parseInt(args[1]));
            case "islands" -> islands(Path.of(args[1]));
            default -> throw new IllegalArgumentException("unknown experiment " + args[0]);
        }
    }

    private static String load() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    private static CibMatrix scw(String name) throws IOException {
        try (InputStream in = BasinsScale.class.getResourceAsStream("/cib/" + name)) {
            return ScwReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name).matrix();
        }
    }

    private static double time(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void perCore(int repeats) throws IOException {
        CibMatrix m = scw("bench_50x50.scw");
        double size = m.space().size().doubleValue();
        Succession one = Succession.withDefaults().withWeightMode(WeightMode.EXACT).withThreads(1);
        Succession memory = one.withInMemoryLimit(Succession.EXACT_LIMIT_MAX);
        Succession streamed = one.withInMemoryLimit(1);
        SuccessionResult[] r = new SuccessionResult[2];
        for (int i = 0; i < repeats; i++) {
            String l0 = load();
            double a = time(() -> r[0] = memory.weights(m));
            double b = time(() -> r[1] = streamed.weights(m));
            if (!r[0].fixedPoints().equals(r[1].fixedPoints()) || !r[0].cycles().equals(r[1].cycles())) {
                throw new IllegalStateException("streamed and in-memory weights differ");
            }
            System.out.printf(Locale.ROOT, "per-core bench_50x50 run %d: in memory %.2f s (%.1f M/s), streamed %.2f s "
                    + "(%.1f M/s), ratio %.2f; load %s -> %s%n", i + 1, a, size / a / 1e6, b, size / b / 1e6, b / a, l0,
                    load());
        }
    }

    private static void nested408(int threads) throws IOException {
        CibMatrix m = scw("CIB_nested.scw");
        double size = m.space().size().doubleValue();
        Succession exact = Succession.withDefaults().withWeightMode(WeightMode.EXACT).withThreads(threads);
        for (String mode : new String[] {"auto", "streamed", "auto", "streamed"}) {
            Succession s = mode.equals("auto") ? exact : exact.withInMemoryLimit(1);
            String l0 = load();
            SuccessionResult[] r = new SuccessionResult[1];
            double t = time(() -> r[0] = s.weights(m));
            System.out.printf(Locale.ROOT, "nested408 %s, %d threads: %.2f s (%.1f M/s), %d fixed points, %d cycles, "
                    + "%d starts end in cycles; load %s -> %s%n", mode, threads, t, size / t / 1e6,
                    r[0].fixedPoints().size(), r[0].cycles().size(), r[0].cycleStarts(), l0, load());
        }
    }

    /**
     * 100 descriptors of 2 variants: 10 groups of 5 (interleaved) and 50 on which nobody has a say,
     * random judgements within the groups. A group can have no consistent scenario, which makes the
     * whole count 0 and proves nothing about the product; so the model is the first seed from 30 on
     * whose groups all have one (the seed is printed).
     */
    private static void islands(Path out) throws IOException {
        int nd = 100;
        List<Descriptor> ds = new ArrayList<>();
        for (int d = 0; d < nd; d++) {
            ds.add(Descriptor.ofIds("D" + (d + 1), "a", "b"));
        }
        ScenarioSpace s = ScenarioSpace.of(ds);
        for (long seed = 30; seed < 30 + 10_000; seed++) {
            CibMatrix m = islandsModel(s, seed);
            CibResult k = Cib.withDefaults().withLimit(10).solve(m);
            if (k.count().signum() > 0) {
                try (var w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    CibCsv.write(m, w);
                }
                System.out.printf(Locale.ROOT, "islands: wrote %s (seed %d), %s scenarios, %s consistent, %d groups%n",
                        out, seed, m.space().size(), k.count(), k.groups().size());
                return;
            }
        }
        throw new IllegalStateException("no seed in 30..10029 gives every group a consistent scenario");
    }

    private static CibMatrix islandsModel(ScenarioSpace s, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = s.totalVariants();
        int[][] c = new int[n][n];
        for (int i = 0; i < 50; i++) {
            for (int j = 0; j < 50; j++) {
                if (i != j && i % 10 == j % 10) {
                    for (int v = 0; v < 2; v++) {
                        for (int b = 0; b < 2; b++) {
                            c[s.offset(i) + v][s.offset(j) + b] = r.nextInt(7) - 3;
                        }
                    }
                }
            }
        }
        return CibMatrix.of(s, c);
    }
}
