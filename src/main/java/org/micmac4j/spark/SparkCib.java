package org.micmac4j.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.Ensemble;
import org.micmac4j.cib.JudgementNoise;
import org.micmac4j.cib.ShareResult;
import org.micmac4j.cib.Succession;
import org.micmac4j.cib.SuccessionPart;
import org.micmac4j.cib.SuccessionResult;
import org.micmac4j.cib.io.CibCsv;
import org.micmac4j.cib.io.SuccessionParts;
import org.micmac4j.scenario.Scenario;

/**
 * The CIB analyses of micmac4j as Apache Spark jobs: the same results as the single-machine
 * engine, bit for bit, whatever the number of partitions, executors or task retries.
 *
 * <ul>
 * <li>{@link #weights}: exact succession basins, the scenario space cut into ranges of starts, one
 *     task each ({@link Succession#weights(CibMatrix, long, long)}, streamed, one thread per task),
 *     merged exactly on the driver ({@link Succession#result}).</li>
 * <li>{@link #noise}: judgement noise, the noisy copies cut into ranges of positions, one task each
 *     ({@link JudgementNoise#solutionSets}: copy p drawn from {@code draws().stream(p)} alone), the
 *     shares counted on the driver ({@link JudgementNoise#result}).</li>
 * <li>{@link #ensemble}: an ensemble, the members cut into ranges ({@link Ensemble#solutionSets},
 *     {@link Ensemble#result}).</li>
 * </ul>
 *
 * <p>Tasks are pure functions of their inputs (matrices travel as CSV text, configurations by Java
 * serialization without their progress listeners, results come back as text or variant indices),
 * so a retried or speculative task gives the same answer, and the driver's merge does not depend on
 * which task finished first. A task that fails on bad input (a noisy copy too large to count, say)
 * fails the job with that input's one-line message ({@link org.micmac4j.InvalidInputException}).
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().appName("cib").getOrCreate();
 * SuccessionResult w = SparkCib.on(spark).weights(matrix, Succession.withDefaults());
 * ShareResult<JudgementNoise> n = SparkCib.on(spark).noise(JudgementNoise.withDefaults(), List.of(matrix));
 * }</pre>
 *
 * <p>Immutable; the context is the caller's (not stopped here).
 */
public final class SparkCib {
    /** Default number of tasks per core of the cluster ({@link JavaSparkContext#defaultParallelism()}): {@value}. */
    public static final int TASKS_PER_CORE_DEFAULT = Jobs.TASKS_PER_CORE_DEFAULT;

    private final Jobs jobs;

    private SparkCib(Jobs jobs) {
        this.jobs = jobs;
    }

    /**
     * @param sc the Spark context
     * @return the analyses on that context, {@link #TASKS_PER_CORE_DEFAULT} tasks per core
     */
    public static SparkCib on(JavaSparkContext sc) {
        return new SparkCib(new Jobs(sc, 0, null, null));
    }

    /**
     * @param spark a Spark session (classic, with a driver-side context; not Spark Connect)
     * @return the analyses on its context, {@link #TASKS_PER_CORE_DEFAULT} tasks per core
     */
    public static SparkCib on(SparkSession spark) {
        return on(JavaSparkContext.fromSparkContext(spark.sparkContext()));
    }

    /**
     * @param n the number of tasks per job, ≥ 1 (0: {@link #TASKS_PER_CORE_DEFAULT} per core);
     *     results do not depend on it
     * @return a copy
     */
    public SparkCib withTasks(int n) {
        return new SparkCib(jobs.withTasks(n));
    }

    /**
     * @param listener receives one line per finished task and stage (on the driver); null for none
     * @return a copy
     */
    public SparkCib withProgress(Consumer<String> listener) {
        return new SparkCib(jobs.withProgress(listener));
    }

    SparkCib withTaskHook(Jobs.TaskHook h) {
        return new SparkCib(jobs.withTaskHook(h));
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
        // a task rebuilds its settings: exact weights depend on the matrix and the rule only (settings())
        org.micmac4j.cib.SuccessionRule rule = config.rule();
        String csv = Jobs.csv(matrix);
        List<String> texts = jobs.run("exact basins of " + size + " starts", size, (first, last) -> {
            CibMatrix m = CibCsv.parse(csv, "matrix");
            return SuccessionParts.format(Succession.withDefaults().withRule(rule).withThreads(1)
                    .weights(m, first, last), m);
        });
        List<SuccessionPart> parts = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            parts.add(SuccessionParts.parse(texts.get(i), "task " + i).part());
        }
        return config.result(matrix, parts);
    }

    /**
     * Judgement noise as Spark tasks: ranges of noisy copies (positions member · draws + draw), each
     * task drawing its copies from {@code draws().stream(p)} and solving them on one thread.
     *
     * @param config the noise (σ, draws and seed, zeros, how each copy is solved)
     * @param members the matrices, all over equal scenario spaces (one for a single matrix)
     * @return what {@code config.analyze(members)} gives
     * @throws org.micmac4j.InvalidInputException as {@link JudgementNoise#analyze(List)}
     */
    public ShareResult<JudgementNoise> noise(JudgementNoise config, List<CibMatrix> members) {
        long copies = config.copies(members);
        JudgementNoise task = config.withDraws(config.draws().withThreads(1).withProgress(null));
        List<String> csv = members.stream().map(Jobs::csv).toList();
        List<List<int[]>> sets = flatten(jobs.run("judgement noise: " + copies + " noisy copies", copies,
                (first, last) -> variants(task.solutionSets(parse(csv), first, last))));
        return config.result(members, scenarios(sets));
    }

    /**
     * An ensemble as Spark tasks: ranges of members, each solved in its task.
     *
     * @param config how each member is solved
     * @param members the matrices, all over equal scenario spaces
     * @return what {@code config.analyze(members)} gives
     * @throws org.micmac4j.InvalidInputException as {@link Ensemble#analyze(List)}
     */
    public ShareResult<Ensemble> ensemble(Ensemble config, List<CibMatrix> members) {
        config.result(members, members.stream().map(m -> List.<Scenario>of()).toList()); // checks the members
        Ensemble task = config.withProgress(null).withCib(config.cib().withThreads(1));
        List<String> csv = members.stream().map(Jobs::csv).toList();
        List<List<int[]>> sets = flatten(jobs.run("ensemble of " + members.size() + " members", members.size(),
                (first, last) -> variants(task.solutionSets(parse(csv), (int) first, (int) last))));
        return config.result(members, scenarios(sets));
    }

    private static List<CibMatrix> parse(List<String> csv) {
        List<CibMatrix> out = new ArrayList<>();
        for (int i = 0; i < csv.size(); i++) {
            out.add(CibCsv.parse(csv.get(i), "member " + (i + 1)));
        }
        return out;
    }

    /** Solution sets as variant indices (how they travel back from a task). */
    private static ArrayList<List<int[]>> variants(List<List<Scenario>> sets) {
        ArrayList<List<int[]>> out = new ArrayList<>();
        for (List<Scenario> set : sets) {
            out.add(new ArrayList<>(set.stream().map(Scenario::variants).toList()));
        }
        return out;
    }

    private static List<List<Scenario>> scenarios(List<List<int[]>> sets) {
        return sets.stream().map(set -> set.stream().map(Scenario::of).toList()).toList();
    }

    private static <T> List<T> flatten(List<? extends List<T>> parts) {
        List<T> out = new ArrayList<>();
        parts.forEach(out::addAll);
        return out;
    }
}
