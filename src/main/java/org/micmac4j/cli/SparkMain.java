package org.micmac4j.cli;

import java.io.PrintWriter;
import java.util.Arrays;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.micmac4j.spark.SparkCib;

/**
 * The application of {@code micmac4j-spark.jar}: the micmac4j command line with the exact
 * succession weights ({@code micmac cib FILE --weights exact}) computed as Apache Spark jobs, the
 * scenario space cut into ranges of starts, one task each ({@link SparkCib}); everything else as
 * {@code micmac} does it. Progress is reported per stage on stderr.
 *
 * <pre>
 * spark-submit --master yarn --class org.micmac4j.cli.SparkMain micmac4j-spark.jar cib model.scw --weights exact --json
 * target/bin/micmac-spark --master local[2] cib model.scw --weights exact      # Spark from the Maven repository
 * </pre>
 *
 * A leading {@code --master M} sets the master when spark-submit has not; without either, local[*].
 */
public final class SparkMain {
    private SparkMain() {
    }

    /**
     * @param args {@code [--master M] COMMAND ARGS...}, the commands and options of {@code micmac}
     */
    public static void main(String[] args) {
        String[] rest = args;
        SparkConf conf = new SparkConf().setAppName("micmac4j");
        if (rest.length >= 2 && rest[0].equals("--master")) {
            conf.setMaster(rest[1]);
            rest = Arrays.copyOfRange(rest, 2, rest.length);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (!conf.contains("spark.ui.showConsoleProgress")) {
            conf.set("spark.ui.showConsoleProgress", "false"); // our own progress lines per stage
        }
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int status;
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            CibCommand.exactWeights = (m, s) -> SparkCib.on(sc).withProgress(err::println)
                    .weights(m, s.withThreads(1).withProgress(null));
            status = Main.run(out, err, rest);
        }
        System.exit(status);
    }
}
