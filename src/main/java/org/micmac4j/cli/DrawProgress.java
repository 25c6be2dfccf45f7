package org.micmac4j.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * Progress of Monte Carlo draws on stderr: one line at most every second, only when stderr is a
 * terminal and the run is long (draws x n² at least {@link Progress#LONG_RUN}). Thread-safe.
 */
final class DrawProgress implements IntConsumer {
    private final PrintWriter err;
    private final int total;
    private final String unit;
    private final long start = System.nanoTime();
    private long last = start;

    private DrawProgress(PrintWriter err, int total, String unit) {
        this.err = err;
        this.total = total;
        this.unit = unit;
    }

    /** @return a listener, or null when the run is short or stderr is not a terminal */
    static DrawProgress onTerminal(PrintWriter err, int draws, int n) {
        return onTerminal(err, draws, (long) draws * n * n, "draws");
    }

    /**
     * @param count the number of items (draws, members)
     * @param work the size measure of the whole run, compared with {@link Progress#LONG_RUN}
     * @param unit what is counted, e.g. "members"
     * @return a listener, or null when the run is short or stderr is not a terminal
     */
    static DrawProgress onTerminal(PrintWriter err, int count, long work, String unit) {
        boolean on = System.console() != null && work >= Progress.LONG_RUN;
        return on ? new DrawProgress(err, count, unit) : null;
    }

    @Override
    public synchronized void accept(int done) {
        long now = System.nanoTime();
        if (now - last >= 1_000_000_000L || done == total) {
            last = now;
            err.printf(Locale.ROOT, "[%6.1fs] %s %d/%d%n", (now - start) / 1e9, unit, done, total);
            err.flush();
        }
    }
}
