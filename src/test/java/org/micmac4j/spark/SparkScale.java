package org.micmac4j.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.Succession;
import org.micmac4j.cib.SuccessionResult;
import org.micmac4j.cib.WeightMode;
import org.micmac4j.testutil.CibMatrices;

/**
 * Timed harness for Spark's overhead (issue 18): a random space of 3^EXPONENT scenarios weighed
 * exactly, streamed on 2 threads, then on Spark local[2] and local[1], each run checked equal to
 * the first. Single timed calls, each printed with the load average. Here, in the test sources,
 * because Spark is a provided dependency of the library's build (the benchmarks module builds on
 * the library jar, which has no Spark). Run: {@code benchmarks/spark-scale.sh EXPONENT}.
 */
public final class SparkScale {
    private SparkScale() {
    }

    public static void main(String[] args) throws Exception {
        int exponent = Integer.parseInt(args[0]);
        CibMatrix m = CibMatrices.random3(exponent, 20);
        double size = m.space().size().doubleValue();
        Succession streamed = Succession.withDefaults().withWeightMode(WeightMode.EXACT).withInMemoryLimit(1);
        String l0 = load();
        SuccessionResult[] r = new SuccessionResult[2];
        double t = time(() -> r[0] = streamed.withThreads(2).weights(m));
        System.out.printf(Locale.ROOT, "spark 3^%d: streamed, 2 threads: %.1f s (%.1f M/s); load %s -> %s%n",
                exponent, t, size / t / 1e6, l0, load());
        for (String master : new String[] {"local[2]", "local[1]"}) {
            SparkConf conf = new SparkConf().setMaster(master).setAppName("basins").set("spark.ui.enabled", "false")
                    .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
            try (JavaSparkContext sc = new JavaSparkContext(conf)) {
                String l1 = load();
                double ts = time(() -> r[1] = SparkCib.on(sc).weights(m, streamed.withThreads(1)));
                if (!r[0].fixedPoints().equals(r[1].fixedPoints()) || !r[0].cycles().equals(r[1].cycles())) {
                    throw new IllegalStateException("Spark and single-machine weights differ");
                }
                System.out.printf(Locale.ROOT, "spark 3^%d: Spark %s: %.1f s (%.1f M/s), %.2f x the streamed run; "
                        + "load %s -> %s%n", exponent, master, ts, size / ts / 1e6, ts / t, l1, load());
            }
        }
    }

    private static String load() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    private static double time(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1e9;
    }
}
