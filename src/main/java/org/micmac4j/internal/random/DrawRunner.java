package org.micmac4j.internal.random;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import org.apache.commons.rng.UniformRandomProvider;
import org.micmac4j.internal.parallel.Workers;

/**
 * Runs the draws of a Monte Carlo analysis on {@link Workers}: draw d runs once, on whichever
 * thread claims its block, with the generator {@link DrawStreams#stream(long, long)
 * stream(seed, d)} and the state of that thread.
 *
 * <p>The draws are cut into blocks of consecutive indices (several per thread, so that threads
 * finish together); the cut changes nothing but speed, since a draw's generator depends on
 * (seed, d) only. An analysis is then the same for every thread count and every cut, provided
 * that it merges the per-thread states by commutative exact operations (counts, per-draw slots).
 */
public final class DrawRunner {
    /** Blocks per thread: enough for the threads to end together, few enough to cost nothing. */
    private static final int BLOCKS_PER_THREAD = 64;
    /**
     * Most draws per block: a thread notices a cancellation (and reports progress) between
     * blocks, so a block stays short even when the draws are many.
     */
    private static final long GRAIN_MAX = 256;

    private DrawRunner() {
    }

    /**
     * One draw.
     *
     * @param <S> the state of the thread that runs it
     */
    @FunctionalInterface
    public interface Draw<S> {
        /**
         * @param state the running thread's state (buffers, partial counts)
         * @param draw the draw's index
         * @param rng the draw's generator, {@code stream(seed, draw)}, used by this draw only
         */
        void run(S state, long draw, UniformRandomProvider rng);
    }

    /**
     * Runs draws 0..count−1.
     *
     * @param <S> per-thread state
     * @param count the number of draws, ≥ 0
     * @param seed the seed
     * @param threads {@link Workers#AUTO} or a thread count
     * @param progress called with the number of draws done so far after each block (from worker
     *     threads, with counts that may arrive out of order, and once with {@code count} at the
     *     end), or null
     * @param state makes a thread's state
     * @param draw the draw
     * @return the states of the threads that ran draws, in no defined order
     * @throws CancellationException when the calling thread is interrupted
     */
    public static <S> List<S> run(long count, long seed, int threads, LongConsumer progress, Supplier<S> state,
            Draw<S> draw) {
        return range(0, count, seed, threads, progress, state, draw);
    }

    /**
     * Runs draws from..to−1, cut into blocks as {@link #run(long, long, int, LongConsumer, Supplier, Draw)}
     * cuts a whole run: what a task of a distributed run computes.
     *
     * @param <S> per-thread state
     * @param from the first draw, ≥ 0
     * @param to one past the last draw, ≥ from
     * @param seed the seed
     * @param threads {@link Workers#AUTO} or a thread count
     * @param progress called with the number of draws of the range done so far, or null
     * @param state makes a thread's state
     * @param draw the draw
     * @return the states of the threads that ran draws, in no defined order
     * @throws CancellationException when the calling thread is interrupted
     */
    public static <S> List<S> range(long from, long to, long seed, int threads, LongConsumer progress,
            Supplier<S> state, Draw<S> draw) {
        long count = to - from;
        long blocks = Math.min(count, (long) BLOCKS_PER_THREAD * Workers.resolve(threads));
        long grain = blocks <= 0 ? 1 : Math.min(GRAIN_MAX, (count + blocks - 1) / blocks);
        return run(from, to, grain, seed, threads, progress, state, draw);
    }

    /**
     * Runs draws from..to−1 in blocks of {@code grain} (tests vary the cut; Spark-style callers
     * run a range).
     *
     * @param <S> per-thread state
     * @param from the first draw
     * @param to one past the last draw
     * @param grain draws per block, ≥ 1
     * @param seed the seed
     * @param threads {@link Workers#AUTO} or a thread count
     * @param progress called with the number of draws of the range done so far, or null
     * @param state makes a thread's state
     * @param draw the draw
     * @return the states of the threads that ran draws, in no defined order
     * @throws CancellationException when the calling thread is interrupted
     */
    public static <S> List<S> run(long from, long to, long grain, long seed, int threads, LongConsumer progress,
            Supplier<S> state, Draw<S> draw) {
        if (from < 0 || to < from || grain < 1) {
            throw new IllegalArgumentException("draws " + from + ".." + to + " in blocks of " + grain);
        }
        long blocks = (to - from + grain - 1) / grain;
        if (blocks > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many blocks: " + blocks);
        }
        AtomicLong done = new AtomicLong();
        return Workers.run(threads, (int) blocks, state, (s, b) -> {
            long lo = from + b * grain;
            long hi = Math.min(to, lo + grain);
            for (long d = lo; d < hi; d++) {
                draw.run(s, d, DrawStreams.stream(seed, d));
            }
            long now = done.addAndGet(hi - lo);
            if (progress != null) {
                progress.accept(now);
            }
        });
    }
}
