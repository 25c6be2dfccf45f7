package org.micmac4j;

import java.util.Objects;
import java.util.function.LongConsumer;

import org.apache.commons.rng.UniformRandomProvider;
import org.micmac4j.internal.Messages;
import org.micmac4j.internal.parallel.Workers;
import org.micmac4j.internal.random.DrawStreams;

/**
 * How a Monte Carlo analysis draws: the number of draws, the seed, the threads and an optional
 * progress listener. One value type for every Monte Carlo analysis of micmac4j (the experts'
 * {@code Robustness}, CIB {@code JudgementNoise}, sampled {@code Succession} weights, the
 * inconsistency counts of a CIB report, and any later one), configured like the analyses:
 *
 * <pre>{@code
 * Draws d = Draws.withDefaults().withCount(2000).withSeed(7);
 * RobustnessResult r = Robustness.withDefaults().withDraws(d).run(panel, synthesis);
 * }</pre>
 *
 * <p><b>The stream contract.</b> Draw d (0 ≤ d &lt; count) uses its own generator,
 * {@link #stream(long) stream(d)}, which depends on the seed and d alone: not on the count, the
 * threads, the order the draws run in, or the machine. A draw computed alone (as a Spark task
 * computes its share) is the same draw as inside a whole run, and an analysis gives the same
 * result for a seed on any number of threads. The generator is Commons RNG's L64X128MixRandom
 * (LXM family), each draw with its own LCG additive parameter 2d + 1 and a state taken from
 * block d of the seed's SplitMix64 sequence (docs/METHOD.md, "Random draws and threads", gives
 * the formulas and why the draws are independent). Each analysis documents what it draws from
 * its draws' generators, in which order.
 *
 * <p>Threads follow the {@link Threads} policy ({@link Threads#AUTO}: one per processor). The
 * progress listener is told the number of draws done so far, from worker threads.
 *
 * <p>Immutable and thread-safe (the listener is shared, not copied). Serializable, so that a Spark
 * task can carry it; the listener stays behind (a deserialized copy has none).
 */
public final class Draws implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Default number of draws: {@value}; analyses state their own where it differs. */
    public static final long COUNT_DEFAULT = 1000;
    /**
     * Largest number of draws: {@value} (10^8). Beyond it a run takes hours while a probability it
     * estimates is already within ±0.0001 (95 %); an analysis whose draws are costly sets a
     * lower limit of its own.
     */
    public static final long COUNT_MAX = 100_000_000L;
    /** Default seed: {@value}. */
    public static final long SEED_DEFAULT = 1;
    /** Default threads: {@link Threads#AUTO}. */
    public static final int THREADS_DEFAULT = Threads.AUTO;

    private static final Draws DEFAULTS = new Draws(COUNT_DEFAULT, SEED_DEFAULT, THREADS_DEFAULT, null);

    private final long count;
    private final long seed;
    private final int threads;
    private final transient LongConsumer progress; // not carried to a Spark task

    private Draws(long count, long seed, int threads, LongConsumer progress) {
        this.count = count;
        this.seed = seed;
        this.threads = threads;
        this.progress = progress;
    }

    /** @return {@link #COUNT_DEFAULT} draws, seed {@link #SEED_DEFAULT}, {@link Threads#AUTO}, no listener */
    public static Draws withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param n the number of draws, 1..{@link #COUNT_MAX}
     * @return a copy with that number
     * @throws InvalidInputException when out of range
     */
    public Draws withCount(long n) {
        Messages.requireDraws(n, COUNT_MAX);
        return new Draws(n, seed, threads, progress);
    }

    /**
     * @param s the seed (any value)
     * @return a copy with that seed
     */
    public Draws withSeed(long s) {
        return new Draws(count, s, threads, progress);
    }

    /**
     * @param t {@link Threads#AUTO} or the number of threads; never changes results
     * @return a copy with that thread count
     * @throws InvalidInputException when negative
     */
    public Draws withThreads(int t) {
        Workers.requireValid(t);
        return new Draws(count, seed, t, progress);
    }

    /**
     * @param listener told the number of draws done so far, from worker threads (so it must be
     *     thread-safe; values may arrive slightly out of order, and the last is the count), or
     *     null for none; never changes results
     * @return a copy with that listener
     */
    public Draws withProgress(LongConsumer listener) {
        return new Draws(count, seed, threads, listener);
    }

    /** @return the number of draws */
    public long count() {
        return count;
    }

    /** @return the seed */
    public long seed() {
        return seed;
    }

    /** @return the configured threads ({@link Threads#AUTO}: one per processor) */
    public int threads() {
        return threads;
    }

    /** @return the progress listener, or null */
    public LongConsumer progress() {
        return progress;
    }

    /**
     * The generator of one draw: a pure function of {@link #seed()} and {@code draw} (see the
     * class comment), a new instance on every call.
     *
     * @param draw the draw's index, ≥ 0 (it may exceed the count: a larger run's draw)
     * @return the draw's generator
     * @throws InvalidInputException when {@code draw} is negative
     */
    public UniformRandomProvider stream(long draw) {
        Messages.require(draw >= 0, "a draw index is at least 0, got %d", draw);
        return DrawStreams.stream(seed, draw);
    }

    /** Equal when count, seed, threads and listener (by identity) are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Draws d && d.count == count && d.seed == seed && d.threads == threads
                && d.progress == progress;
    }

    @Override
    public int hashCode() {
        return Objects.hash(count, seed, threads, System.identityHashCode(progress));
    }

    @Override
    public String toString() {
        return "Draws[count=" + count + ", seed=" + seed + ", threads=" + threads + "]";
    }
}
