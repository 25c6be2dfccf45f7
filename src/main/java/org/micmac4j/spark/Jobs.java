package org.micmac4j.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.micmac4j.InvalidInputException;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.io.CibCsv;
import org.micmac4j.internal.Messages;

/**
 * What every job of this package shares: the context, the number of tasks, the progress lines per
 * stage, a hook run at the start of each task (tests inject failures with it), and the cut of a
 * range of work (scenario ranks, draws, members) into one contiguous range per task.
 *
 * <p>A job is {@code parallelize(ranges).map(task).collect()}: {@code collect} returns the tasks'
 * results in range order whichever task finished first or was retried, so a merge over them in
 * that order does not depend on the scheduling.
 */
final class Jobs {
    /** Default number of tasks per core of the cluster ({@link JavaSparkContext#defaultParallelism()}). */
    static final int TASKS_PER_CORE_DEFAULT = 4;

    /** Runs at the start of every task; serializable. */
    interface TaskHook extends Serializable {
        /** @param context the running task */
        void atStart(TaskContext context);
    }

    /** The work of one task: a pure function of its range (0-based, both ends included). */
    interface Task<R> extends Serializable {
        /**
         * @param first the first unit
         * @param last the last unit
         * @return the range's result
         * @throws Exception on failure (Spark retries the task)
         */
        R run(long first, long last) throws Exception;
    }

    private final JavaSparkContext sc;
    private final int tasks;
    private final Consumer<String> progress;
    private final TaskHook hook;

    Jobs(JavaSparkContext sc, int tasks, Consumer<String> progress, TaskHook hook) {
        this.sc = Objects.requireNonNull(sc, "spark context");
        Messages.require(tasks >= 0, "the number of tasks must be >= 0, got %d", tasks);
        this.tasks = tasks;
        this.progress = progress;
        this.hook = hook;
    }

    Jobs withTasks(int n) {
        return new Jobs(sc, n, progress, hook);
    }

    Jobs withProgress(Consumer<String> listener) {
        return new Jobs(sc, tasks, listener, hook);
    }

    Jobs withTaskHook(TaskHook h) {
        return new Jobs(sc, tasks, progress, h);
    }

    /**
     * @param size the number of units, ≥ 1
     * @return contiguous ranges {first, last} covering 0..size−1 in order, one per task
     */
    List<long[]> ranges(long size) {
        int t = tasks > 0 ? tasks : TASKS_PER_CORE_DEFAULT * Math.max(1, sc.defaultParallelism());
        int n = (int) Math.max(1, Math.min(t, size));
        List<long[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long first = BigInteger.valueOf(size).multiply(BigInteger.valueOf(i)).divide(BigInteger.valueOf(n))
                    .longValueExact();
            out.add(new long[] {first, 0});
        }
        for (int i = 0; i < n; i++) {
            out.get(i)[1] = i + 1 < n ? out.get(i + 1)[0] - 1 : size - 1;
        }
        return out;
    }

    /**
     * Runs one task per range of 0..size−1 and returns their results in range order.
     *
     * @param job what the job does, for the progress lines
     * @param size the number of units, ≥ 1
     * @param task the task
     * @return the tasks' results, in range order
     * @throws InvalidInputException when a task failed on bad input (its message, not Spark's)
     */
    <R> List<R> run(String job, long size, Task<R> task) {
        List<long[]> ranges = ranges(size);
        TaskHook h = hook;
        Function<long[], R> f = r -> {
            if (h != null) {
                h.atStart(TaskContext.get());
            }
            return task.run(r[0], r[1]);
        };
        return track(job + " in " + ranges.size() + " tasks", () -> {
            try {
                return sc.parallelize(ranges, ranges.size()).map(f).collect();
            } catch (Exception e) { // Spark throws its checked SparkException without declaring it
                InvalidInputException bad = badInput(e);
                throw bad != null ? bad : Jobs.<RuntimeException>unchecked(e);
            }
        });
    }

    /**
     * A task's InvalidInputException, unwrapped from Spark's exception (as the cause, or as text in
     * its message when it travelled as text only), or null.
     */
    private static InvalidInputException badInput(Exception e) {
        String name = InvalidInputException.class.getName() + ": ";
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException bad) {
                return new InvalidInputException(bad.getMessage(), e);
            }
            String m = t.getMessage();
            int at = m == null ? -1 : m.indexOf(name);
            if (at >= 0) {
                String rest = m.substring(at + name.length());
                return new InvalidInputException(rest.lines().findFirst().orElse(rest), e);
            }
        }
        return null;
    }

    /** Rethrows e as it is (Spark's own exception types stay visible to the caller). */
    @SuppressWarnings("unchecked")
    private static <E extends Exception> E unchecked(Exception e) throws E {
        throw (E) e;
    }

    private <T> T track(String job, Supplier<T> run) {
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

    /** A matrix as CSV text: how a matrix travels to the tasks (they parse it back). */
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
