package org.micmac4j.internal.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

import org.micmac4j.InvalidInputException;

/**
 * Runs independent tasks 0..count−1 on several threads: the one parallel mechanism of micmac4j
 * (kernels, cross-impact balance, Monte Carlo draws).
 *
 * <p><b>Thread policy.</b>
 * <ul>
 *   <li>{@link #AUTO} ({@code 0}) means one thread per available processor
 *       ({@link #processors()}, read once); any other count is used as given, at most one per
 *       task. Negative counts are refused by the API before they get here.</li>
 *   <li>The threads are the calling thread plus helpers from one shared
 *       {@link ForkJoinPool} of daemon threads ({@code micmac4j-worker-N}), sized to the
 *       processors and created on first use: no pool per call or per run, nothing that keeps a
 *       JVM alive, and separate from the common pool so that a caller's parallel streams and
 *       micmac4j do not starve each other. A call asking for more threads than the pool has
 *       runs its extra helpers when a pool thread frees up (a helper that finds no task left
 *       ends at once).</li>
 *   <li>Work is split by claiming: each participating thread takes the next unclaimed task
 *       index from one counter until none is left, so a thread slowed by the OS takes fewer
 *       tasks. Callers size tasks (chunks of rows, of ranks, of draws) so that there are several
 *       per thread.</li>
 *   <li>Determinism is the callers' part: a task may depend on its index only, never on the
 *       thread that runs it or on the order tasks run in; per-thread results
 *       ({@link #run(int, int, Supplier, ObjIntConsumer)}) are merged by commutative, exact
 *       operations (integer sums, per-index slots). Every caller's result is then the same for
 *       any thread count.</li>
 *   <li>Failure: the first exception of any task is rethrown in the caller after every
 *       participant has stopped (no task is started after a failure).</li>
 *   <li>Cancellation: interrupting the calling thread stops the run; no task starts after the
 *       interrupt is seen, the running ones finish, then {@link CancellationException} is thrown
 *       with the interrupt status kept. Nothing returns a partial result.</li>
 * </ul>
 *
 * <p>Calls may nest (a task may itself call {@code run}): a pool thread waiting for its helpers
 * runs pool work meanwhile, as fork/join does.
 *
 * <p><b>Back-to-back mode.</b> A loop of calls each lasting microseconds (the steps of a ranking
 * iteration) would spend as long waking helpers as working. {@link #team(int)} gives a
 * {@link Team} for such loops: one part per thread, the same pool and rules, but its helpers spin
 * between calls for up to {@link Team#SPIN_NANOS} before giving their pool thread back.
 */
public final class Workers {
    /** Thread count meaning "one per available processor": {@value}. */
    public static final int AUTO = 0;

    /** Read once: availableProcessors() is a system call, and kernels are built per analysis. */
    private static final int PROCESSORS = Math.max(1, Runtime.getRuntime().availableProcessors());

    private Workers() {
    }

    /** The shared pool, created on first use. */
    private static final class Pool {
        static final ForkJoinPool POOL = new ForkJoinPool(PROCESSORS, pool -> {
            ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            t.setName("micmac4j-worker-" + t.getPoolIndex());
            t.setDaemon(true);
            return t;
        }, null, false);
    }

    /** @return the shared pool (helpers of {@link Team} run on it too) */
    static ForkJoinPool pool() {
        return Pool.POOL;
    }

    /** @return the number of available processors, at least 1 (read once, when this class loads) */
    public static int processors() {
        return PROCESSORS;
    }

    /**
     * @param threads a thread count of the API: {@link #AUTO} or a positive count
     * @return the count to use: {@link #processors()} for {@link #AUTO}, otherwise {@code threads}
     */
    public static int resolve(int threads) {
        return threads == AUTO ? PROCESSORS : threads;
    }

    /**
     * The one check of a thread count given to the API.
     *
     * @param threads a thread count
     * @throws InvalidInputException when negative
     */
    public static void requireValid(int threads) {
        if (threads < 0) {
            throw new InvalidInputException("threads must be at least 0 (0: one per processor), got " + threads);
        }
    }

    /**
     * Runs {@code task} on every index 0..count−1, each exactly once.
     *
     * @param threads {@link #AUTO} or the number of threads, the caller's included
     * @param count the number of tasks, ≥ 0
     * @param task the task; must depend only on its index
     * @throws CancellationException when the calling thread is interrupted
     */
    public static void run(int threads, int count, IntConsumer task) {
        run(threads, count, () -> task, IntConsumer::accept);
    }

    /**
     * Runs {@code task} on every index 0..count−1, each exactly once, each participating thread
     * with its own state, created on its first task.
     *
     * @param <S> the per-thread state (e.g. buffers and partial counts)
     * @param threads {@link #AUTO} or the number of threads, the caller's included
     * @param count the number of tasks, ≥ 0
     * @param state makes the state of a thread
     * @param task the task, given the state of the thread that runs it and the index
     * @return the states of the threads that ran at least one task, in no defined order (merge
     *     them commutatively)
     * @throws CancellationException when the calling thread is interrupted
     */
    public static <S> List<S> run(int threads, int count, Supplier<S> state, ObjIntConsumer<S> task) {
        Job<S> job = new Job<>(count, state, task);
        int workers = Math.max(1, Math.min(resolve(threads), count));
        for (int w = 1; w < workers; w++) {
            pool().execute(job::help);
        }
        job.loop(true);
        job.awaitHelpers();
        job.rethrow();
        return job.states;
    }

    /**
     * The back-to-back mode: a {@link Team} running the parts 0..t−1 of many short calls in a row,
     * its helpers spinning between calls instead of being woken for each (see {@link Team}).
     *
     * @param threads {@link #AUTO} or the number of parts and threads, the caller's included
     * @return a team; one call at a time
     */
    public static Team team(int threads) {
        return new Team(resolve(threads));
    }

    /**
     * @throws CancellationException when the current thread has been interrupted (its interrupt
     *     status is kept): a check for long single-threaded loops
     */
    public static void checkInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("interrupted");
        }
    }

    /**
     * One call's shared state: the next task index, the helpers running, the first failure, the
     * per-thread states.
     *
     * <p>The caller waits for the helpers that hold a task, never for one that has not started:
     * a helper counts itself running before it claims its first index, and every index is
     * claimed when the caller stops claiming, so a helper that starts later finds nothing to do
     * and touches nothing. No thread ever waits for a task still queued, so nested calls cannot
     * deadlock.
     */
    private static final class Job<S> {
        /** Spins before blocking while helpers finish: a kernel step lasts microseconds. */
        private static final int SPINS = 1 << 10;

        private final int count;
        private final Supplier<S> state;
        private final ObjIntConsumer<S> task;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger running = new AtomicInteger();
        private final List<S> states = new ArrayList<>();
        private Throwable failure;

        Job(int count, Supplier<S> state, ObjIntConsumer<S> task) {
            this.count = count;
            this.state = state;
            this.task = task;
        }

        /** A pool thread's part. */
        void help() {
            running.incrementAndGet();
            try {
                loop(false);
            } finally {
                if (running.decrementAndGet() == 0) {
                    synchronized (this) {
                        notifyAll();
                    }
                }
            }
        }

        /** Claims and runs tasks until none is left or the job is stopped. */
        void loop(boolean caller) {
            S mine = null;
            boolean started = false;
            try {
                for (int i = next.getAndIncrement(); i >= 0 && i < count; i = next.getAndIncrement()) {
                    if (caller && Thread.currentThread().isInterrupted()) {
                        cancel();
                        break;
                    }
                    if (!started) {
                        started = true;
                        mine = state.get();
                        synchronized (this) {
                            states.add(mine);
                        }
                    }
                    task.accept(mine, i);
                }
            } catch (RuntimeException | Error e) {
                fail(e);
            }
        }

        /** Waits until no helper holds a task; an interrupt meanwhile cancels the job. */
        void awaitHelpers() {
            for (int spin = 0; spin < SPINS && running.get() > 0; spin++) {
                Thread.onSpinWait();
            }
            boolean interrupted = false;
            synchronized (this) {
                while (running.get() > 0) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        // Stop the others, then keep waiting: no helper may outlive the call.
                        interrupted = true;
                        cancel();
                    }
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        /** No task is claimed after this. */
        void cancel() {
            fail(new CancellationException("interrupted"));
        }

        private synchronized void fail(Throwable t) {
            if (failure == null) {
                failure = t;
            }
            next.set(count);
        }

        synchronized void rethrow() {
            if (failure instanceof RuntimeException r) {
                throw r;
            }
            if (failure instanceof Error e) {
                throw e;
            }
        }
    }
}
