package org.micmac4j.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (SIGINT, or SIGTERM) during a run of the command line: the JVM runs this shutdown hook,
 * which interrupts the thread running the command and gives it {@link #GRACE_SECONDS} to stop at
 * its next piece of work (the analyses check for interrupts; a report being written is abandoned
 * and its temporary files deleted, so nothing partial is left under a report's name), then
 * prints one line, {@code micmac: interrupted}. The JVM then exits with 128 + the signal number
 * (130 for Ctrl-C). After a normal end the hook does nothing.
 */
final class Interruption {
    /** How long the hook waits for the command to stop before the JVM exits anyway. */
    static final long GRACE_SECONDS = 5;

    private static volatile boolean requested;
    private static volatile boolean ownStop;

    private final Thread worker = Thread.currentThread();
    private final CountDownLatch finished = new CountDownLatch(1);

    private Interruption() {
    }

    /**
     * Installs the hook for the command run by the calling thread.
     *
     * @param err where the line goes
     * @return the handle, to call {@link #finished()} on when the command returns
     */
    static Interruption install(PrintWriter err) {
        Interruption i = new Interruption();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> i.stop(err), "micmac-interrupt"));
        return i;
    }

    /** @return whether a signal asked the run to stop (errors are then not reported) */
    static boolean requested() {
        return requested;
    }

    /**
     * For a command whose normal end is a signal ({@code micmac serve}, which closes the server
     * in a hook of its own): the hook then stays out of its way.
     */
    static void stopHandledByTheCommand() {
        ownStop = true;
    }

    /** The command returned: the hook, if it runs (at exit), has nothing to stop. */
    void finished() {
        finished.countDown();
    }

    private void stop(PrintWriter err) {
        if (finished.getCount() == 0 || ownStop) {
            return;
        }
        requested = true;
        worker.interrupt();
        try {
            finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        err.println("micmac: interrupted");
        err.flush();
    }
}
