package org.micmac4j.spark;

import java.util.Locale;
import java.util.function.Consumer;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Progress of a job's stages as lines: one when a stage starts, one per finished task (at most one
 * a second), one when it ends, one per failed task that Spark retries. Called on Spark's listener
 * thread, which may deliver the last events after the job has returned (they are then dropped).
 */
final class StageProgress extends SparkListener {
    private final String job;
    private final Consumer<String> out;
    private final long start = System.nanoTime();
    private int stage = -1;
    private int tasks;
    private int done;
    private long last;

    StageProgress(String job, Consumer<String> out) {
        this.job = job;
        this.out = out;
    }

    @Override
    public synchronized void onStageSubmitted(SparkListenerStageSubmitted e) {
        stage = e.stageInfo().stageId();
        tasks = e.stageInfo().numTasks();
        done = 0;
        line(String.format(Locale.ROOT, "stage %d started: %d tasks", stage, tasks));
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd e) {
        if (e.stageId() != stage || !"Success".equals(String.valueOf(e.reason()))) {
            if (e.stageId() == stage) {
                line(String.format(Locale.ROOT, "stage %d: a task failed and is retried (%s)", stage, e.reason()));
            }
            return;
        }
        done++;
        long now = System.nanoTime();
        if (now - last >= 1_000_000_000L || done == tasks) {
            last = now;
            line(String.format(Locale.ROOT, "stage %d: %d/%d tasks done", stage, done, tasks));
        }
    }

    @Override
    public synchronized void onStageCompleted(SparkListenerStageCompleted e) {
        line(String.format(Locale.ROOT, "stage %d %s", e.stageInfo().stageId(),
                e.stageInfo().failureReason().isDefined() ? "failed: " + e.stageInfo().failureReason().get() : "done"));
    }

    private void line(String s) {
        out.accept(String.format(Locale.ROOT, "[%6.1fs] %s: %s", (System.nanoTime() - start) / 1e9, job, s));
    }
}
