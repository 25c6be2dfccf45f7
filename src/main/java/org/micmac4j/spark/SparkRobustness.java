package org.micmac4j.spark;

import java.util.List;
import java.util.function.Consumer;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Micmac;
import org.micmac4j.experts.Panel;
import org.micmac4j.experts.PanelSynthesis;
import org.micmac4j.experts.Robustness;
import org.micmac4j.experts.RobustnessPart;
import org.micmac4j.experts.RobustnessResult;

/**
 * The experts' Monte Carlo robustness (docs/METHOD.md §9.3) as Apache Spark jobs: the draws cut into
 * ranges, one task each ({@link Robustness#part}: draw d from {@code draws().stream(d)} alone, one
 * thread per task), the tallies merged on the driver ({@link Robustness#result}). The result is the
 * single-machine {@link Robustness#run}'s, bit for bit, whatever the partitions or task retries:
 * the tallies are integer counts.
 *
 * <p>The panel, matrix and configurations travel to the tasks by Java serialization (without the
 * draws' progress listener).
 *
 * <pre>{@code
 * RobustnessResult r = SparkRobustness.on(spark).run(Robustness.withDefaults().withDraws(draws), panel,
 *         PanelSynthesis.withDefaults());
 * }</pre>
 *
 * <p>Immutable; the context is the caller's (not stopped here).
 */
public final class SparkRobustness {
    private final Jobs jobs;

    private SparkRobustness(Jobs jobs) {
        this.jobs = jobs;
    }

    /**
     * @param sc the Spark context
     * @return the analysis on that context, {@link SparkCib#TASKS_PER_CORE_DEFAULT} tasks per core
     */
    public static SparkRobustness on(JavaSparkContext sc) {
        return new SparkRobustness(new Jobs(sc, 0, null, null));
    }

    /**
     * @param spark a Spark session (classic, with a driver-side context; not Spark Connect)
     * @return the analysis on its context
     */
    public static SparkRobustness on(SparkSession spark) {
        return on(JavaSparkContext.fromSparkContext(spark.sparkContext()));
    }

    /**
     * @param n the number of tasks per job, ≥ 1 (0: {@link SparkCib#TASKS_PER_CORE_DEFAULT} per core);
     *     results do not depend on it
     * @return a copy
     */
    public SparkRobustness withTasks(int n) {
        return new SparkRobustness(jobs.withTasks(n));
    }

    /**
     * @param listener receives one line per finished task and stage (on the driver); null for none
     * @return a copy
     */
    public SparkRobustness withProgress(Consumer<String> listener) {
        return new SparkRobustness(jobs.withProgress(listener));
    }

    SparkRobustness withTaskHook(Jobs.TaskHook h) {
        return new SparkRobustness(jobs.withTaskHook(h));
    }

    /**
     * @param config the robustness settings and draws
     * @param panel the panel
     * @param synthesis the aggregation rule and the MICMAC configuration
     * @return what {@code config.run(panel, synthesis)} gives
     * @throws org.micmac4j.InvalidInputException as {@link Robustness#run(Panel, PanelSynthesis)}
     */
    public RobustnessResult run(Robustness config, Panel panel, PanelSynthesis synthesis) {
        Robustness task = task(config);
        task.part(panel, synthesis, 0, 0); // bad settings fail here, in one line, before any task
        List<RobustnessPart> parts = jobs.run("robustness: " + config.draws().count() + " draws",
                config.draws().count(), (first, last) -> task.part(panel, synthesis, first, last));
        return config.result(panel, synthesis, parts);
    }

    /**
     * @param config the robustness settings and draws (a perturbation, a P weight range or split rules)
     * @param matrix the matrix
     * @param micmac the analysis configuration
     * @return what {@code config.run(matrix, micmac)} gives
     * @throws org.micmac4j.InvalidInputException as {@link Robustness#run(InfluenceMatrix, Micmac)}
     */
    public RobustnessResult run(Robustness config, InfluenceMatrix matrix, Micmac micmac) {
        Robustness task = task(config);
        task.part(matrix, micmac, 0, 0);
        List<RobustnessPart> parts = jobs.run("robustness: " + config.draws().count() + " draws",
                config.draws().count(), (first, last) -> task.part(matrix, micmac, first, last));
        return config.result(matrix, micmac, parts);
    }

    private static Robustness task(Robustness config) {
        return config.withDraws(config.draws().withThreads(1).withProgress(null));
    }
}
