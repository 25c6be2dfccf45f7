package org.micmac4j.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.Succession;
import org.micmac4j.cib.SuccessionPart;
import org.micmac4j.cib.SuccessionResult;
import org.micmac4j.cib.io.CibCsv;
import org.micmac4j.cib.io.SuccessionParts;
import org.micmac4j.internal.Messages;

/**
 * The CIB analyses of micmac4j as Apache Spark jobs: the same results as the single-machine
 * engine, bit for bit, whatever the number of partitions, executors or task retries.
 *
 * <ul>
 * <li>{@link #weights}: exact succession basins, the scenario space cut into ranges of starts, one
 *     task each ({@link Succession#weights(CibMatrix, long, long)}, streamed, one thread per task),
 *     merged exactly on the driver ({@link Succession#result}).</li>
 * </ul>
 *
 * <p>Tasks are pure functions of their inputs (the matrix travels as CSV text, results come back as
 * text or variant indices), so a retried or speculative task gives the same answer, and the
 * driver's merge does not depend on which task finished first.
 *
 * <pre>{@code
 * JavaSparkContext sc = new JavaSparkContext(new SparkConf().setAppName("cib"));
 * SuccessionResult w = SparkCib.on(sc).weights(matrix, Succession.withDefaults());
 * // from a SparkSession (spark-sql): SparkCib.on(JavaSparkContext.fromSparkContext(spark.sparkContext()))
 * }</pre>
 *
 * <p>Immutable; the context is the caller's (not stopped here).
 */
public final class SparkCib {
    /** Default number of tasks per core of the cluster ({@link JavaSparkContext#defaultParallelism()}): {@value}. */
    public static final int TASKS_PER_CORE_DEFAULT = 4;

    private final JavaSparkContext sc;
    private final int tasks;
    private final Consumer<String> progress;
    private final TaskHook hook;

    /** Runs at the start of every task (tests inject failures with it); serializable. */
    interface TaskHook extends Serializable {
        /** @param context the running task */
        void atStart(TaskContext context);
    }

    private SparkCib(JavaSparkContext sc, int tasks, Consumer<String> progress, TaskHook hook) {
        this.sc = sc;
        this.tasks = tasks;
        this.progress = progress;
        this.hook = hook;
    }

    /**
     * @param sc the Spark context
     * @return the analyses on that context, {@link #TASKS_PER_CORE_DEFAULT} tasks per core
     */
    public static SparkCib on(JavaSparkContext sc) {
        return new SparkCib(Objects.requireNonNull(sc, "spark context"), 0, null, null);
    }

    /**
     * @param n the number of tasks per job, ≥ 1 (0: {@link #TASKS_PER_CORE_DEFAULT} per core);
     *     results do not depend on it
     * @return a copy
     */
    public SparkCib withTasks(int n) {
        Messages.require(n >= 0, "the number of tasks must be >= 0, got %d", n);
        return new SparkCib(sc, n, progress, hook);
    }

    /**
     * @param listener receives one line per finished task and stage (on the driver); null for none
     * @return a copy
     */
    public SparkCib withProgress(Consumer<String> listener) {
        return new SparkCib(sc, tasks, listener, hook);
    }

    SparkCib withTaskHook(TaskHook h) {
        return new SparkCib(sc, tasks, progress, h);
    }

    private int taskCount(long work) {
        int t = tasks > 0 ? tasks : TASKS_PER_CORE_DEFAULT * Math.max(1, sc.defaultParallelism());
        return (int) Math.max(1, Math.min(t, work));
    }

    /**
     * Exact succession basins of the whole space: ranges of starts as tasks.
     *
     * @param matrix the matrix
     * @param config the succession settings (its threads apply within a task; 1 is usual)
     * @return what {@code config.withWeightMode(EXACT).weights(matrix)} gives
     * @throws org.micmac4j.InvalidInputException when the space's size does not fit a long
     */
    public SuccessionResult weights(CibMatrix matrix, Succession config) {
        long size = matrix.space().requireAtMost(Long.MAX_VALUE, "the exact succession weights on Spark");
        int n = taskCount(size);
        List<long[]> ranges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long first = java.math.BigInteger.valueOf(size).multiply(java.math.BigInteger.valueOf(i))
                    .divide(java.math.BigInteger.valueOf(n)).longValueExact();
            ranges.add(new long[] {first, 0});
        }
        for (int i = 0; i < n; i++) {
            ranges.get(i)[1] = i + 1 < n ? ranges.get(i + 1)[0] - 1 : size - 1;
        }
        String csv = csv(matrix);
        // a task rebuilds its settings: exact weights depend on the matrix and the rule only (settings())
        org.micmac4j.cib.SuccessionRule rule = config.rule();
        TaskHook h = hook;
        List<String> texts = this.<List<String>>track("exact basins of " + size + " starts in " + n + " ranges", () -> sc
                .parallelize(ranges, n).map(r -> {
                    if (h != null) {
                        h.atStart(TaskContext.get());
                    }
                    CibMatrix m = CibCsv.parse(csv, "matrix");
                    return SuccessionParts.format(
                            Succession.withDefaults().withRule(rule).withThreads(1).weights(m, r[0], r[1]), m);
                }).collect());
        List<SuccessionPart> parts = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            parts.add(SuccessionParts.parse(texts.get(i), "task " + i).part());
        }
        return config.result(matrix, parts);
    }

    private <T> T track(String job, java.util.function.Supplier<T> run) {
        if (progress == null) {
            return run.get();
        }
        StageProgress listener = new StageProgress(job, progress);
        sc.sc().addSparkListener(listener);
        try {
            return run.get();
        } finally {
            sc.sc().removeSparkListener(listener);
        }
    }

    static String csv(CibMatrix m) {
        StringWriter w = new StringWriter();
        try {
            CibCsv.write(m, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
