package org.micmac4j.internal.kernel;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * Runs the parts 0..t−1 of one short task per call (one ranking step) on several threads, with a
 * hand-off of a microsecond instead of a thread wake-up. Helpers taken from {@link KernelPool}
 * stay awake between calls, spinning for up to {@link #SPIN_NANOS}, so that the steps of an
 * iteration, tens of microseconds each at n = 1000, find them running; after that they return
 * their pool thread. Waking a parked pool thread for every step cost about 50 µs a step on the
 * 2-core machine measured, as long as the step itself on two threads.
 *
 * <p>The caller takes part 0, then any part no helper has claimed, so a call never waits for a
 * helper to be scheduled (on a busy machine it simply does the work alone), and a part is run
 * exactly once, by whichever thread claims it first. What a part computes must therefore depend on
 * its number only, never on the thread: results are then the same whoever runs what.
 *
 * <p>One call at a time: {@link #run} must not be called concurrently on one team.
 */
final class SpinningTeam {
    /** How long an idle helper spins for the next call before returning its thread: 200 µs, several steps at n = 1000. */
    static final long SPIN_NANOS = 200_000L;

    private final int parts;
    /** The call number (high 32 bits) and the next unclaimed part (low 32 bits). */
    private final AtomicLong ticket = new AtomicLong();
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicInteger helpers = new AtomicInteger();
    private volatile IntConsumer task;

    /** @param parts t, at least 1 */
    SpinningTeam(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("a team needs at least one part, got " + parts);
        }
        this.parts = parts;
    }

    /** @return t */
    int parts() {
        return parts;
    }

    /** @return the helpers currently awake (for tests: they leave when idle) */
    int helpers() {
        return helpers.get();
    }

    /**
     * Runs {@code part.accept(k)} once for every k in 0..t−1 and returns when all have returned.
     * An exception thrown by a part is rethrown here (the other parts still complete).
     *
     * @param part the work of part k
     */
    void run(IntConsumer part) {
        Throwable[] failure = new Throwable[1];
        task = k -> {
            try {
                part.accept(k);
            } catch (Throwable e) {
                synchronized (failure) {
                    failure[0] = e;
                }
            }
        };
        finished.set(0);
        long call = (ticket.get() >>> 32) + 1;
        ticket.set(call << 32); // publishes task and finished (volatile writes before it)
        for (int h = helpers.get(); h < parts - 1; h = helpers.get()) {
            if (helpers.compareAndSet(h, h + 1)) {
                KernelPool.get().execute(this::help);
            }
        }
        while (claimAndRun()) {
            // the caller works until no part is left
        }
        for (int spins = 0; finished.get() < parts; spins++) {
            if (spins < 10_000) {
                Thread.onSpinWait();
            } else {
                Thread.yield(); // a helper was descheduled in the middle of its part
            }
        }
        task = null;
        synchronized (failure) {
            if (failure[0] instanceof RuntimeException) {
                throw (RuntimeException) failure[0];
            }
            if (failure[0] instanceof Error) {
                throw (Error) failure[0];
            }
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
                task.accept(k);
                finished.incrementAndGet();
                return true;
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
