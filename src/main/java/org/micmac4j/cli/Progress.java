package org.micmac4j.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * Progress of a long run on stderr, the one mechanism of every command: step messages
 * ({@link #step(String)}) and counts of work items done (draws, random starts, members) as a
 * thread-safe listener ({@link #accept(long)}).
 *
 * <ul>
 *   <li><b>When.</b> Only for long runs, decided up front by a size measure of the work
 *       ({@link #LONG_RUN}), so that a short run prints nothing, deterministically. A long run
 *       prints whatever stderr is (a terminal, a file, a pipe): a script or a CI log sees it
 *       too. {@code --json} changes nothing, since the JSON document goes to stdout.</li>
 *   <li><b>How often.</b> Counts print at most once a second, with the share done and an
 *       estimate of the time left (elapsed × remaining / done), and once at the end.</li>
 *   <li><b>Format.</b> One line each, e.g. {@code [   3.0s] draws 4000/10000 (40 %), about 4 s
 *       left}.</li>
 * </ul>
 */
final class Progress implements LongConsumer {
    /** Work measure (e.g. n² times the draws) from which a run is long: {@value}. */
    public static final long LONG_RUN = 5_000_000L;

    private static final long SECOND = 1_000_000_000L;

    private final PrintWriter err;
    private final String unit;
    private final long total;
    /** Whether {@link #total} is a limit that the run may never reach (the time left is then an upper bound). */
    private final boolean limit;
    private final long start = System.nanoTime();
    private long last = start;
    private long shown = -1;

    private Progress(PrintWriter err, String unit, long total, boolean limit) {
        this.err = err;
        this.unit = unit;
        this.total = total;
        this.limit = limit;
    }

    /**
     * @param err standard error
     * @param work the size measure of the run
     * @return a reporter of steps, silent when {@code work < LONG_RUN}
     */
    static Progress steps(PrintWriter err, long work) {
        return new Progress(work >= LONG_RUN ? err : null, null, 0, false);
    }

    /**
     * @param err standard error
     * @param unit what is counted, e.g. "draws"
     * @param total how many there are
     * @param work the size measure of the whole run
     * @return a listener of counts, silent when {@code work < LONG_RUN}
     */
    static Progress counts(PrintWriter err, String unit, long total, long work) {
        return new Progress(work >= LONG_RUN ? err : null, unit, total, false);
    }

    /**
     * Counts of work that stops at a limit it need not reach (search steps): the lines say
     * "at most" for the time left, and nothing is printed at the end.
     *
     * @param err standard error
     * @param unit what is counted, e.g. "search steps"
     * @param limit the most there can be
     * @param work the size measure of the run
     * @return a listener of counts, silent when {@code work < LONG_RUN}
     */
    static Progress upTo(PrintWriter err, String unit, long limit, long work) {
        return new Progress(work >= LONG_RUN ? err : null, unit, limit, true);
    }

    /**
     * Reports the start of a step.
     *
     * @param step what is being done, e.g. "indirect iteration"
     */
    public synchronized void step(String step) {
        if (err != null) {
            err.printf(Locale.ROOT, "[%7.1fs] %s...%n", seconds(System.nanoTime()), step);
            err.flush();
        }
    }

    /**
     * Reports the number of items done; thread-safe, counts may arrive out of order (the largest
     * so far is shown).
     *
     * @param done items done so far
     */
    @Override
    public synchronized void accept(long done) {
        if (err == null || done <= shown || limit && done >= total) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - last < SECOND) {
            return;
        }
        last = now;
        shown = done;
        double elapsed = seconds(now);
        String tail = done >= total ? String.format(Locale.ROOT, ", done in %s", duration(elapsed))
                : done == 0 ? "" : (limit ? ", at most " : ", about ") + duration(elapsed * (total - done) / done)
                + " left";
        err.printf(Locale.ROOT, "[%7.1fs] %s %d/%d (%d %%)%s%n", elapsed, unit, done, total,
                (int) (100.0 * done / total), tail);
        err.flush();
    }

    /**
     * @param a a non-negative size
     * @param b another
     * @return a · b, or {@code Long.MAX_VALUE} when that overflows (a work measure only)
     */
    static long work(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }

    private double seconds(long now) {
        return (now - start) / 1e9;
    }

    /** "0.4 s", "42 s", "7 min 5 s", "3 h 20 min". */
    static String duration(double seconds) {
        if (seconds < 10) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min " + s % 60 + " s";
        }
        return s / 3600 + " h " + s % 3600 / 60 + " min";
    }
}
