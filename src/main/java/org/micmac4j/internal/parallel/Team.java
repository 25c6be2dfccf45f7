package org.micmac4j.internal.parallel;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * The back-to-back mode of {@link Workers}: the parts 0..t−1 of many short calls in a row (the
 * steps of a ranking iteration, tens of microseconds each at n = 1000), with a hand-off of about a
 * microsecond instead of a thread wake-up. Made by {@link Workers#team(int)}; same pool, thread
 * count, failure and cancellation rules as {@link Workers#run(int, int, IntConsumer)}.
 *
 * <p>What differs: a helper that has run a part stays awake, spinning on the pool thread for up to
 * {@link #SPIN_NANOS}, so that the next call finds it running; after that it gives its pool thread
 * back (and the next call asks the pool again). Waking a parked pool thread for every step cost
 * about 50 µs a step on the 2-core machine measured, as long as the step itself on two threads.
 * The price is up to {@value #SPIN_NANOS} ns of a spinning core after the last call.
 *
 * <p>The caller takes part 0, then any part no helper has claimed, so a call never waits for a
 * helper to be scheduled (on a busy machine it simply does the work alone), and a part runs
 * exactly once, by whichever thread claims it first: what it computes must depend on its number
 * only. One call at a time: {@link #run} must not be called concurrently on one team.
 */
public final class Team {
    /** How long an idle helper spins for the next call before leaving: {@value} ns, several steps at n = 1000. */
    public static final long SPIN_NANOS = 200_000L;
    /** Spins of the caller waiting for a helper's part before it yields its core. */
    private static final int CALLER_SPINS = 10_000;

    private final int parts;
    /** The call number (high 32 bits) and the next unclaimed part (low 32 bits). */
    private final AtomicLong ticket = new AtomicLong();
    /** Parts of the current call run or skipped after a failure. */
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicInteger helpers = new AtomicInteger();
    private volatile IntConsumer task;
    private volatile Throwable failure;

    /** @param parts t, at least 1 */
    Team(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("a team needs at least one part, got " + parts);
        }
        this.parts = parts;
    }

    /** @return t */
    public int parts() {
        return parts;
    }

    /** @return the helpers currently awake (for tests: they leave when idle) */
    int helpers() {
        return helpers.get();
    }

    /**
     * Runs {@code part.accept(k)} once for every k in 0..t−1 and returns when all have returned.
     * The first exception of a part is rethrown here, after every running part has returned; no
     * part starts after it.
     *
     * @param part the work of part k
     * @throws CancellationException when the calling thread is interrupted (no part starts after
     *     the interrupt is seen; its status is kept)
     */
    public void run(IntConsumer part) {
        Workers.checkInterrupted(); // before any helper is called in
        failure = null;
        task = part;
        finished.set(0);
        long call = (ticket.get() >>> 32) + 1;
        ticket.set(call << 32); // publishes task, failure and finished (volatile writes before it)
        for (int h = helpers.get(); h < parts - 1; h = helpers.get()) {
            if (helpers.compareAndSet(h, h + 1)) {
                Workers.pool().execute(this::help);
            }
        }
        Thread me = Thread.currentThread();
        while (true) {
            if (me.isInterrupted()) {
                stop(new CancellationException("interrupted"));
            }
            if (!claimAndRun()) {
                break;
            }
        }
        for (int spins = 0; finished.get() < parts; spins++) {
            if (spins < CALLER_SPINS) {
                Thread.onSpinWait();
            } else {
                Thread.yield(); // a helper was descheduled in the middle of its part
            }
        }
        task = null;
        Throwable f = failure;
        if (f instanceof RuntimeException r) {
            throw r;
        }
        if (f instanceof Error e) {
            throw e;
        }
    }

    /** Claims the next part of the current call and runs it; false when none is left. */
    private boolean claimAndRun() {
        while (true) {
            long t = ticket.get();
            int k = (int) t;
            if (k >= parts) {
                return false;
            }
            if (ticket.compareAndSet(t, t + 1)) {
                try {
                    task.accept(k);
                } catch (RuntimeException | Error e) {
                    stop(e);
                } finally {
                    finished.incrementAndGet();
                }
                return true;
            }
        }
    }

    /** Keeps the first failure and marks every unclaimed part of the call as finished. */
    private void stop(Throwable t) {
        synchronized (this) {
            if (failure == null) {
                failure = t;
            }
        }
        while (true) {
            long s = ticket.get();
            int k = (int) s;
            if (k >= parts) {
                return;
            }
            if (ticket.compareAndSet(s, s - k + parts)) {
                finished.addAndGet(parts - k);
                return;
            }
        }
    }

    /** A helper: runs parts as calls come, and leaves after {@link #SPIN_NANOS} without work. */
    private void help() {
        long idleSince = System.nanoTime();
        while (true) {
            if (claimAndRun()) {
                idleSince = System.nanoTime();
            } else if (System.nanoTime() - idleSince > SPIN_NANOS) {
                helpers.decrementAndGet();
                return; // a call posted from now on is done by the caller, or by new helpers
            } else {
                Thread.onSpinWait();
            }
        }
    }
}
