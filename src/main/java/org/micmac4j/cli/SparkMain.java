package org.micmac4j.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Micmac;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.Ensemble;
import org.micmac4j.cib.JudgementNoise;
import org.micmac4j.cib.ShareResult;
import org.micmac4j.cib.Succession;
import org.micmac4j.cib.SuccessionResult;
import org.micmac4j.experts.Panel;
import org.micmac4j.experts.PanelSynthesis;
import org.micmac4j.experts.Robustness;
import org.micmac4j.experts.RobustnessResult;
import org.micmac4j.spark.SparkCib;
import org.micmac4j.spark.SparkRobustness;

/**
 * The application of {@code micmac4j-spark.jar}: the micmac4j command line with its long
 * computations run as Apache Spark jobs: the exact succession weights ({@code micmac cib FILE
 * --weights exact}, ranges of starts as tasks), judgement noise and ensembles ({@code micmac cib
 * --noise}, {@code --ensemble}: ranges of noisy copies or members as tasks) and the Monte Carlo
 * robustness of {@code micmac experts --draws} and {@code micmac analyze --draws} (ranges of draws as
 * tasks), through {@link SparkCib} and {@link SparkRobustness}; everything else as {@code micmac}
 * does it, with the same results. Progress is reported per stage on stderr.
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
            Engine.Current.engine = engine(sc, err);
            status = Main.run(out, err, rest);
        }
        System.exit(status);
    }

    /** The commands' computations as Spark jobs on sc, progress lines on err. */
    static Engine engine(JavaSparkContext sc, PrintWriter err) {
        SparkCib cib = SparkCib.on(sc).withProgress(err::println);
        SparkRobustness robustness = SparkRobustness.on(sc).withProgress(err::println);
        return new Engine() {
            @Override
            public SuccessionResult exactWeights(CibMatrix m, Succession s) {
                return cib.weights(m, s.withThreads(1).withProgress(null));
            }

            @Override
            public ShareResult<JudgementNoise> noise(JudgementNoise config, List<CibMatrix> members) {
                return cib.noise(config, members);
            }

            @Override
            public ShareResult<Ensemble> ensemble(Ensemble config, List<CibMatrix> members) {
                return cib.ensemble(config, members);
            }

            @Override
            public RobustnessResult robustness(Robustness config, Panel panel, PanelSynthesis synthesis) {
                return robustness.run(config, panel, synthesis);
            }

            @Override
            public RobustnessResult robustness(Robustness config, InfluenceMatrix matrix, Micmac micmac) {
                return robustness.run(config, matrix, micmac);
            }
        };
    }
}
