package org.micmac4j.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * Progress of counted work on stderr (Monte Carlo draws, ensemble members, the starts of streamed
 * exact basins): one line at most every second with the time left at the rate so far, only when
 * stderr is a terminal and the run is long (its work at least {@link Progress#LONG_RUN}).
 * Thread-safe.
 */
final class DrawProgress implements IntConsumer, java.util.function.LongConsumer {
    private final PrintWriter err;
    private final long total;
    private final String unit;
    private final long start = System.nanoTime();
    private long last = start;

    private DrawProgress(PrintWriter err, long total, String unit) {
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
    static DrawProgress onTerminal(PrintWriter err, long count, long work, String unit) {
        boolean on = System.console() != null && work >= Progress.LONG_RUN;
        return on ? new DrawProgress(err, count, unit) : null;
    }

    @Override
    public void accept(int done) {
        accept((long) done);
    }

    @Override
    public synchronized void accept(long done) {
        long now = System.nanoTime();
        if (now - last >= 1_000_000_000L || done == total) {
            last = now;
            double elapsed = (now - start) / 1e9;
            String left = done == total || done == 0 ? ""
                    : String.format(Locale.ROOT, ", about %s left", duration(elapsed * (total - done) / done));
            err.printf(Locale.ROOT, "[%6.1fs] %s %d/%d (%.1f %%)%s%n", elapsed, unit, done, total,
                    100.0 * done / total, left);
            err.flush();
        }
    }

    /** @return seconds as e.g. {@code 42 s}, {@code 12 min}, {@code 3.5 h} or {@code 2.1 days} */
    static String duration(double seconds) {
        if (seconds < 120) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        if (seconds < 7200) {
            return String.format(Locale.ROOT, "%.0f min", seconds / 60);
        }
        if (seconds < 172_800) {
            return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
        }
        return String.format(Locale.ROOT, "%.1f days", seconds / 86_400);
    }
}
