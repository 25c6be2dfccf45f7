package org.micmac4j.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/** A real Spark in local mode for the tests: loopback only, no web UI, one context per test class. */
final class SparkSessions {
    private SparkSessions() {
    }

    /**
     * @param master e.g. {@code local[2]}, or {@code local[4,2]} (4 threads, a task may fail once and be retried)
     * @return a new context; the caller stops it
     */
    static JavaSparkContext local(String master) {
        SparkConf conf = new SparkConf().setMaster(master).setAppName("micmac4j-test")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.ui.showConsoleProgress", "false")
                .set("spark.sql.shuffle.partitions", "4");
        return new JavaSparkContext(conf);
    }
}
