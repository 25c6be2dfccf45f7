package org.micmac4j.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Micmac;
import org.micmac4j.cib.Cib;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.Succession;
import org.micmac4j.cib.WeightMode;
import org.micmac4j.cib.io.ScwReader;
import org.micmac4j.experts.Robustness;
import org.micmac4j.internal.kernel.KernelChoice;
import org.micmac4j.internal.kernel.Kernels;
import org.micmac4j.internal.kernel.MatrixPowers;
import org.micmac4j.internal.store.Stores;

/**
 * Two builds of micmac4j timed in one JVM, call after call: on a shared, loaded machine the load
 * then falls on both alike, which separate JMH runs cannot promise. Each build is loaded with its
 * own class loader (its library jar first, then this jar for the dependencies and
 * {@link Workloads}); every round times each workload once per build, alternating which goes
 * first, and the report gives per build the median and best time and the median of the paired
 * ratios new / old.
 *
 * <pre>
 * java -Xmx8g -cp benchmarks/target/benchmarks.jar org.micmac4j.bench.ABCompare OLD.jar NEW.jar [ROUNDS]
 * </pre>
 *
 * OLD.jar and NEW.jar are library jars ({@code target/micmac4j-0.1.0-SNAPSHOT.jar} of each
 * build). The workloads use API common to both (CIB kernel and basins of the 60-million space, the
 * parallel ranking kernels, matrix powers, the sparse kernel), and configure the Monte Carlo ones
 * (sampled basins, robustness) by reflection through whichever API the build has.
 */
public final class ABCompare {
    private ABCompare() {
    }

    /**
     * @param args OLD.jar NEW.jar [rounds, default 10]
     * @throws Exception when a jar cannot be loaded
     */
    public static void main(String[] args) throws Exception {
        URL self = ABCompare.class.getProtectionDomain().getCodeSource().getLocation();
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Object[] builds = new Object[2];
        Method[] run = new Method[2];
        List<String> names = null;
        for (int b = 0; b < 2; b++) {
            ClassLoader loader = new ChildFirst(new URL[] {Path.of(args[b]).toUri().toURL(), self});
            Class<?> w = Class.forName(Workloads.class.getName(), true, loader);
            builds[b] = w.getConstructor().newInstance();
            run[b] = w.getMethod("run", String.class);
            @SuppressWarnings("unchecked")
            List<String> n = (List<String>) w.getMethod("names").invoke(builds[b]);
            names = n;
        }
        Map<String, double[][]> times = new LinkedHashMap<>();
        for (String name : names) {
            for (int b = 0; b < 2; b++) { // warm-up: compile, touch memory
                for (int i = 0; i < 3; i++) {
                    run[b].invoke(builds[b], name);
                }
            }
            double[][] t = new double[2][rounds];
            for (int r = 0; r < rounds; r++) {
                for (int k = 0; k < 2; k++) {
                    int b = (r + k) % 2; // alternate which build goes first
                    long start = System.nanoTime();
                    run[b].invoke(builds[b], name);
                    t[b][r] = (System.nanoTime() - start) / 1e6;
                }
            }
            times.put(name, t);
            System.out.println(line(name, t));
        }
        System.out.println("load (1, 5, 15 min): " + String.join(" ", java.nio.file.Files.readString(
                Path.of("/proc/loadavg")).split(" ", 4)[0]));
    }

    private static String line(String name, double[][] t) {
        double[] ratios = new double[t[0].length];
        for (int r = 0; r < ratios.length; r++) {
            ratios[r] = t[1][r] / t[0][r];
        }
        return String.format(Locale.ROOT, "%-32s old median %9.2f ms (best %9.2f)   new median %9.2f ms (best %9.2f)"
                + "   new/old paired median %.3f [%.3f..%.3f]", name, median(t[0]), min(t[0]), median(t[1]),
                min(t[1]), median(ratios), min(ratios), max(ratios));
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }

    /** Loads its own URLs first, so that each build's classes stay apart. */
    private static final class ChildFirst extends URLClassLoader {
        ChildFirst(URL[] urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }
    }

    /**
     * The workloads, loaded once per build. Public for reflection; uses only API that both builds
     * have.
     */
    public static final class Workloads {
        private final Map<String, Supplier<Object>> work = new LinkedHashMap<>();

        /**
         * Builds the inputs.
         *
         * @throws IOException when a resource is missing
         */
        public Workloads() throws IOException {
            CibMatrix bench = scw("bench_50x50.scw");
            Cib two = Cib.withDefaults().withThreads(2);
            Cib one = Cib.withDefaults().withThreads(1);
            Succession basins = Succession.withDefaults().withThreads(2);
            work.put("cib kernel 60M, 2 threads", () -> two.solve(bench));
            work.put("cib kernel 60M, 1 thread", () -> one.solve(bench));
            work.put("cib basins 60M, 2 threads", () -> basins.weights(bench));
            for (int n : new int[] {1000, 5000}) {
                Iteration it = new Iteration(Kernels.ranking(Stores.of(Data.dense(n), n)));
                work.put("ranking k=7 n=" + n + " auto", () -> it.run(7));
            }
            Data.Edges e = Data.sparse(1_000_000, 10);
            Iteration sparse = new Iteration(Kernels.ranking(Stores.sparse(1_000_000, e.from, e.to, e.w),
                    KernelChoice.AUTO, 0));
            work.put("sparse ranking k=7 n=1e6 auto", () -> sparse.run(7));
            double[] a = Data.dense(1000);
            work.put("power MDI^7 n=1000", () -> MatrixPowers.power(a, 1000, 7));
            // Monte Carlo: configured by whichever API the build has (int counts before Draws).
            Succession sampled = draws(Succession.withDefaults().withWeightMode(WeightMode.SAMPLED), 100_000, 2);
            work.put("sampled basins 60M, 1e5 starts", () -> sampled.weights(bench));
            double[] d29 = Data.dense(29);
            double[][] rows = new double[29][];
            for (int i = 0; i < 29; i++) {
                d29[i * 29 + i] = 0;
                rows[i] = Arrays.copyOfRange(d29, i * 29, (i + 1) * 29);
            }
            InfluenceMatrix m29 = InfluenceMatrix.of(rows);
            Robustness mc = draws(Robustness.withDefaults().withPerturbation(0.1, 0.02), 10_000, 2);
            work.put("robustness n=29, 1e4 draws", () -> mc.run(m29, Micmac.withDefaults()));
        }

        /** The analysis with {@code count} draws on {@code threads}, through the build's API. */
        @SuppressWarnings("unchecked")
        private static <T> T draws(T analysis, long count, int threads) {
            try {
                Class<?> c = analysis.getClass();
                try {
                    Class<?> drawsType = Class.forName("org.micmac4j.Draws", true, c.getClassLoader());
                    c.getMethod("withDraws", drawsType); // the Draws API
                    Object d = drawsType.getMethod("withDefaults").invoke(null);
                    d = drawsType.getMethod("withCount", long.class).invoke(d, count);
                    d = drawsType.getMethod("withThreads", int.class).invoke(d, threads);
                    return (T) c.getMethod("withDraws", drawsType).invoke(analysis, d);
                } catch (NoSuchMethodException | ClassNotFoundException before) {
                    Object t = c.getMethod("withThreads", int.class).invoke(analysis, threads);
                    try {
                        return (T) c.getMethod("withDraws", int.class).invoke(t, (int) count);
                    } catch (NoSuchMethodException samples) {
                        return (T) c.getMethod("withSamples", long.class).invoke(t, count);
                    }
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        private static CibMatrix scw(String name) throws IOException {
            try (InputStream in = Workloads.class.getResourceAsStream("/cib/" + name)) {
                return ScwReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name).matrix();
            }
        }

        /** @return the workloads' names, in order */
        public List<String> names() {
            return new ArrayList<>(work.keySet());
        }

        /**
         * @param name a workload
         * @return its result (kept so that nothing is optimised away)
         */
        public Object run(String name) {
            return work.get(name).get();
        }
    }
}
