package org.micmac4j.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/** A real Spark in local mode for the tests: loopback only, no web UI, one context per test class. */
final class SparkSessions {
    private SparkSessions() {
    }

    /**
     * @param master e.g. {@code local[2]}, or {@code local[4,2]} (4 threads, a task may fail once and be retried)
     * @return a new context; the caller stops it
     */
    static JavaSparkContext local(String master) {
        return new JavaSparkContext(conf(master));
    }

    /**
     * @param master as {@link #local(String)}
     * @return a new session on a new context; the caller stops it
     */
    static SparkSession session(String master) {
        return SparkSession.builder().config(conf(master)).getOrCreate();
    }

    private static SparkConf conf(String master) {
        return new SparkConf().setMaster(master).setAppName("micmac4j-test")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.ui.showConsoleProgress", "false")
                .set("spark.sql.shuffle.partitions", "4");
    }
}
