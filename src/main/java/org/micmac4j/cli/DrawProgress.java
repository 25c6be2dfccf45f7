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
    private final long start = System.nanoTime();
    private long last = start;

    private DrawProgress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
    }

    /** @return a listener, or null when the run is short or stderr is not a terminal */
    static DrawProgress onTerminal(PrintWriter err, int draws, int n) {
        boolean on = System.console() != null && (long) draws * n * n >= Progress.LONG_RUN;
        return on ? new DrawProgress(err, draws) : null;
    }

    @Override
    public synchronized void accept(int done) {
        long now = System.nanoTime();
        if (now - last >= 1_000_000_000L || done == total) {
            last = now;
            err.printf(Locale.ROOT, "[%6.1fs] draws %d/%d%n", (now - start) / 1e9, done, total);
            err.flush();
        }
    }
}
