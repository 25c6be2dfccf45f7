package org.micmac4j.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Step messages on stderr for long runs. Silent when stderr is not a terminal (scripts and pipes
 * get clean streams) and for small runs (an instant answer needs no progress).
 */
final class Progress {
    /** Work measure (n² times the order) above which a run is considered long. */
    public static final long LONG_RUN = 5_000_000L;

    private final PrintWriter err;
    private final long start = System.nanoTime();

    private Progress(PrintWriter err) {
        this.err = err;
    }

    /**
     * @param err standard error
     * @param work the size measure of the run
     * @return a reporter, silent unless stderr is a terminal ({@code System.console() != null})
     *     and {@code work >= LONG_RUN}
     */
    static Progress onTerminal(PrintWriter err, long work) {
        return new Progress(System.console() != null && work >= LONG_RUN ? err : null);
    }

    /**
     * Reports the start of a step.
     *
     * @param step what is being done, e.g. "indirect iteration"
     */
    public void step(String step) {
        if (err != null) {
            err.printf(Locale.ROOT, "[%6.1fs] %s...%n", (System.nanoTime() - start) / 1e9, step);
            err.flush();
        }
    }
}
