package org.micmac4j.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.micmac4j.cib.Cib;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.Leverage;
import org.micmac4j.cib.Succession;
import org.micmac4j.cib.SuccessionResult;
import org.micmac4j.cib.SuccessionRule;
import org.micmac4j.cib.WeightMode;
import org.micmac4j.cib.io.CibCsv;
import org.micmac4j.cib.io.ScwReader;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * A timed harness for the claims of issue 19 on a shared machine, beside {@link CibAfterKernelBench}
 * (JMH): every case is timed once per round, all cases in every round in the same order, and each
 * case reports its fastest and its median round. Load from other processes only adds time, and a
 * round spreads it over every case alike, so the fastest rounds compare the cases with each other
 * in the same run even when JMH's averages are swamped.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.micmac4j.bench.CibAfterKernelTimes \
 *     [rounds] [threads] [sections] [rules-matrix]
 * </pre>
 *
 * Sections ({@code all} by default, or a comma list of {@code kernel}, {@code leverage},
 * {@code rules}): {@code kernel}: the free kernel of bench_50x50 (60 466 176 scenarios), each of its
 * 50 descriptor variants held, ten pairwise exclusions for seeds 1-5
 * ({@link CibAfterKernelBench#exclusions}); {@code leverage}, with fewer rounds: the leverage cells
 * of the bundled 12-descriptor matrix and the baseline that re-solves every cell at every change in
 * scale until the solution set changes; {@code rules}, with fewer rounds: the exact basins in memory
 * of bench_50x50 (or of the .scw/.csv file {@code rules-matrix}, e.g. a small one to check the
 * command) under each succession rule, global (the blocked successor pass) the baseline of
 * sequential and adjacent (scores kept along an odometer).
 */
public final class CibAfterKernelTimes {
    private CibAfterKernelTimes() {
    }

    private record Case(String name, Supplier<Object> run) {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        List<String> sections = List.of((args.length > 2 ? args[2] : "all").split(","));
        CibMatrix bench;
        try (InputStream in = CibAfterKernelTimes.class.getResourceAsStream("/cib/bench_50x50.scw")) {
            bench = ScwReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "bench_50x50.scw").matrix();
        }
        CibMatrix key;
        try (InputStream in = CibAfterKernelTimes.class
                .getResourceAsStream("/org/micmac4j/data/hdf-industry-2040/cib-matrix.csv")) {
            key = CibCsv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "cib-matrix.csv");
        }
        Cib free = Cib.withDefaults().withThreads(threads);
        if (sections.contains("all") || sections.contains("kernel")) {
            kernel(bench, free, rounds, threads);
        }
        if (sections.contains("all") || sections.contains("leverage")) {
            leverage(key, free, rounds, threads);
        }
        if (sections.contains("all") || sections.contains("rules")) {
            rules(args.length > 3 ? read(Path.of(args[3])) : bench, rounds, threads);
        }
    }

    private static CibMatrix read(Path file) throws IOException {
        return file.toString().endsWith(".scw") ? ScwReader.read(file).matrix() : CibCsv.read(file);
    }

    private static void kernel(CibMatrix bench, Cib free, int rounds, int threads) {
        ScenarioSpace s = bench.space();
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("free", () -> free.solve(bench)));
        for (int d = 0; d < s.descriptorCount(); d++) {
            for (int v = 0; v < s.variantCount(d); v++) {
                String id = s.descriptor(d).id();
                String variant = s.descriptor(d).variant(v).id();
                Cib held = free.withIntervention(Map.of(id, variant));
                cases.add(new Case("fix " + id + "=" + variant, () -> held.solve(bench)));
            }
        }
        for (long seed = 1; seed <= 5; seed++) {
            Cib excluded = free.withConstraints(CibAfterKernelBench.exclusions(s, seed, 10));
            cases.add(new Case("10 exclusions, seed " + seed, () -> excluded.solve(bench)));
        }
        System.out.printf(Locale.ROOT, "bench_50x50, %d threads, %d rounds (ms: fastest round, median round; ratio: "
                + "fastest / fastest free)%n", threads, rounds);
        double[][] t = time(cases, rounds, 3);
        double freeBest = Arrays.stream(t[0]).min().getAsDouble();
        double worst = 0;
        String worstName = "";
        for (int c = 0; c < cases.size(); c++) {
            double best = Arrays.stream(t[c]).min().getAsDouble();
            System.out.printf(Locale.ROOT, "%-24s %8.2f %8.2f %6.2f%n", cases.get(c).name(), best, median(t[c]),
                    best / freeBest);
            if (c > 0 && best / freeBest > worst) {
                worst = best / freeBest;
                worstName = cases.get(c).name();
            }
        }
        System.out.printf(Locale.ROOT, "slowest against free: %s, ratio %.2f%n", worstName, worst);
    }

    private static void leverage(CibMatrix key, Cib free, int rounds, int threads) {
        List<Case> lev = List.of(
                new Case("leverage, bundled key matrix", () -> Leverage.withDefaults().withCib(free).analyze(key)),
                new Case("baseline: re-solve every cell",
                        () -> CibAfterKernelBench.resolveEveryCell(free, key, Leverage.SCALE_DEFAULT)));
        int levRounds = Math.max(3, rounds / 5);
        System.out.printf(Locale.ROOT, "%nbundled 12-descriptor matrix (36 x 36), %d threads, %d rounds%n", threads,
                levRounds);
        double[][] u = time(lev, levRounds, 1);
        for (int c = 0; c < lev.size(); c++) {
            System.out.printf(Locale.ROOT, "%-32s %9.1f %9.1f%n", lev.get(c).name(), Arrays.stream(u[c]).min()
                    .getAsDouble(), median(u[c]));
        }
    }

    /** Exact basins in memory under each succession rule; ratio against the global rule. */
    private static void rules(CibMatrix m, int rounds, int threads) {
        Succession exact = Succession.withDefaults().withWeightMode(WeightMode.EXACT).withThreads(threads)
                .withInMemoryLimit(Succession.EXACT_LIMIT_MAX);
        List<Case> cases = new ArrayList<>();
        SuccessionResult[] last = new SuccessionResult[SuccessionRule.values().length];
        for (SuccessionRule r : SuccessionRule.values()) {
            Succession s = exact.withRule(r);
            cases.add(new Case(r.id(), () -> last[r.ordinal()] = s.weights(m)));
        }
        int n = Math.max(3, rounds / 5);
        System.out.printf(Locale.ROOT, "%nexact basins in memory, %s scenarios, %d threads, %d rounds (ms: fastest, "
                + "median; ratio: fastest / fastest global)%n", m.space().size(), threads, n);
        double[][] t = time(cases, n, 1);
        double global = Arrays.stream(t[0]).min().getAsDouble();
        for (int c = 0; c < cases.size(); c++) {
            double best = Arrays.stream(t[c]).min().getAsDouble();
            SuccessionResult w = last[c];
            System.out.printf(Locale.ROOT, "%-12s %9.1f %9.1f %6.2f  (%d fixed points, %d cycles)%n",
                    cases.get(c).name(), best, median(t[c]), best / global, w.fixedPoints().size(), w.cycles().size());
        }
    }

    /** @return per case, the milliseconds of each round (after {@code warmup} untimed rounds) */
    private static double[][] time(List<Case> cases, int rounds, int warmup) {
        double[][] t = new double[cases.size()][rounds];
        Object sink = null;
        for (int w = 0; w < warmup; w++) {
            for (Case c : cases) {
                sink = c.run().get();
            }
        }
        for (int r = 0; r < rounds; r++) {
            for (int c = 0; c < cases.size(); c++) {
                long t0 = System.nanoTime();
                sink = cases.get(c).run().get();
                t[c][r] = (System.nanoTime() - t0) / 1e6;
            }
        }
        if (sink == null) {
            throw new IllegalStateException();
        }
        return t;
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
