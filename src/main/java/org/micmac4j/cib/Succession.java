package org.micmac4j.cib;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.micmac4j.Draws;
import org.micmac4j.InvalidInputException;
import org.micmac4j.Threads;
import org.micmac4j.internal.Messages;
import org.micmac4j.internal.parallel.Workers;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * Global succession (Weimer-Jehle): from a scenario, every descriptor moves at once to a variant of
 * maximal impact score; a descriptor whose variant is already maximal keeps it, otherwise it takes
 * the first maximal variant (in variant order). Iterated, the succession ends in a fixed point
 * (exactly the consistent scenarios) or a cycle. The basin size of a fixed point over all starts is
 * ScenarioWizard's "volume weight".
 *
 * <p>{@link #weights(CibMatrix)} counts the starts ending in each attractor: exactly over every
 * scenario when the space is at most {@link #exactLimit()} (mode {@link WeightMode#AUTO} or
 * {@link WeightMode#EXACT}; memory: 4 bytes per scenario, on {@link #threads()}), otherwise from
 * {@link #draws()}: {@code draws().count()} uniform random starts, start d drawn from
 * {@link Draws#stream(long) draws().stream(d)} (one {@code nextInt(k_j)} per descriptor j, in
 * descriptor order), on {@code draws().threads()}. A start depends on (seed, d) alone, so the
 * weights are the same on any number of threads, and a range of starts computed elsewhere (a
 * Spark task) adds up to the same counts.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * SuccessionResult w = Succession.withDefaults().weights(matrix);
 * w.weightOf(space.scenario("A3", "B1", "C3", "D2", "E1", "F1"));
 * w.cycleStarts();
 * }</pre>
 */
public final class Succession {
    /** Default weight mode: {@link WeightMode#AUTO}. */
    public static final WeightMode WEIGHT_MODE_DEFAULT = WeightMode.AUTO;
    /** Default largest space weighed exactly: 2^28 scenarios (1 GiB of successor array). */
    public static final long EXACT_LIMIT_DEFAULT = 1L << 28;
    /** Largest exact limit accepted: the largest Java array. */
    public static final long EXACT_LIMIT_MAX = Integer.MAX_VALUE - 8;
    /**
     * Default number of random starts when sampling: {@value} (weights to about ±0.003 of the
     * starts, 95 %), seed 1, all processors.
     */
    public static final long DRAWS_DEFAULT = 100_000L;
    /** Default threads of the exact weights: {@link Threads#AUTO}. */
    public static final int THREADS_DEFAULT = Threads.AUTO;

    private static final Succession DEFAULTS = new Succession(WEIGHT_MODE_DEFAULT, EXACT_LIMIT_DEFAULT,
            Draws.withDefaults().withCount(DRAWS_DEFAULT), THREADS_DEFAULT);

    private final WeightMode mode;
    private final long exactLimit;
    private final Draws draws;
    private final int threads;

    private Succession(WeightMode mode, long exactLimit, Draws draws, int threads) {
        this.mode = mode;
        this.exactLimit = exactLimit;
        this.draws = draws;
        this.threads = threads;
    }

    /** @return the defaults: {@link WeightMode#AUTO}, exact up to 2^28 scenarios, else 100 000 random starts, seed 1 */
    public static Succession withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param m the weight mode
     * @return a copy using it
     */
    public Succession withWeightMode(WeightMode m) {
        return new Succession(Objects.requireNonNull(m, "mode"), exactLimit, draws, threads);
    }

    /**
     * @param limit the largest space weighed exactly, 1..{@link #EXACT_LIMIT_MAX}
     * @return a copy with that limit
     * @throws InvalidInputException when out of range
     */
    public Succession withExactLimit(long limit) {
        Messages.require(limit >= 1 && limit <= EXACT_LIMIT_MAX, "the exact limit must be in 1..%d, got %d",
                EXACT_LIMIT_MAX, limit);
        return new Succession(mode, limit, draws, threads);
    }

    /**
     * @param d the random starts of the sampled weights: their number (1..{@link Draws#COUNT_MAX}),
     *     seed, threads and progress listener (told the number of starts followed so far)
     * @return a copy with those draws
     */
    public Succession withDraws(Draws d) {
        return new Succession(mode, exactLimit, Objects.requireNonNull(d, "draws"), threads);
    }

    /**
     * @param t {@link Threads#AUTO} or the number of threads of the exact weights (the sampled ones
     *     run on {@code draws().threads()}); never changes results
     * @return a copy using that many
     * @throws InvalidInputException when negative
     */
    public Succession withThreads(int t) {
        Workers.requireValid(t);
        return new Succession(mode, exactLimit, draws, t);
    }

    /** @return the weight mode */
    public WeightMode weightMode() {
        return mode;
    }

    /** @return the largest space weighed exactly */
    public long exactLimit() {
        return exactLimit;
    }

    /** @return the random starts of the sampled weights */
    public Draws draws() {
        return draws;
    }

    /** @return the threads of the exact weights ({@link Threads#AUTO}: one per processor) */
    public int threads() {
        return threads;
    }

    /**
     * One global step.
     *
     * @param matrix the matrix
     * @param scenario the current scenario
     * @return the next scenario (the same one iff it is consistent)
     */
    public Scenario next(CibMatrix matrix, Scenario scenario) {
        matrix.space().check(scenario);
        SuccessionKernel k = new SuccessionKernel(matrix);
        int[] next = new int[k.nd];
        k.step(scenario.variants(), next, new int[k.n]);
        return Scenario.of(next);
    }

    /**
     * The succession from one start to its attractor.
     *
     * @param matrix the matrix
     * @param start the start scenario
     * @return the path and the attractor
     */
    public Trajectory trajectory(CibMatrix matrix, Scenario start) {
        matrix.space().check(start);
        SuccessionKernel k = new SuccessionKernel(matrix);
        List<int[]> path = new ArrayList<>();
        int at = k.trajectory(start.variants(), path, new int[k.nd], new int[k.n]);
        List<Scenario> p = path.stream().map(Scenario::of).toList();
        List<int[]> cycle = SuccessionKernel.canonical(path.subList(at, path.size()));
        return new Trajectory(p, new Attractor(cycle.stream().map(Scenario::of).toList()));
    }

    /**
     * Basin weights of every attractor.
     *
     * @param matrix the matrix
     * @return the fixed points and cycles with the number of starts ending in each
     * @throws InvalidInputException when {@link WeightMode#EXACT} is asked for a space above the exact limit
     */
    public SuccessionResult weights(CibMatrix matrix) {
        ScenarioSpace space = matrix.space();
        boolean fits = space.size().compareTo(BigInteger.valueOf(exactLimit)) <= 0;
        if (mode == WeightMode.EXACT && !fits) {
            space.requireAtMost(exactLimit, "the exact succession weights");
        }
        SuccessionKernel k = new SuccessionKernel(matrix);
        List<Basin> fixed = new ArrayList<>();
        List<Basin> cycles = new ArrayList<>();
        WeightMode used;
        long starts;
        if (mode != WeightMode.SAMPLED && fits) {
            used = WeightMode.EXACT;
            starts = space.size().longValue();
            long[] counts = k.exact(Workers.resolve(threads));
            List<long[]> atts = k.attractors();
            int[] z = new int[k.nd];
            for (int code = 1; code <= atts.size(); code++) {
                long[] ranks = atts.get(code - 1);
                List<Scenario> ss = new ArrayList<>();
                for (long r : ranks) {
                    k.decode(r, z);
                    ss.add(Scenario.of(z));
                }
                Basin b = new Basin(new Attractor(ss), code < counts.length ? counts[code] : 0);
                (ranks.length == 1 ? fixed : cycles).add(b);
            }
        } else {
            used = WeightMode.SAMPLED;
            starts = draws.count();
            for (Map.Entry<List<int[]>, Long> e : k.sampled(draws)) {
                Basin b = new Basin(new Attractor(e.getKey().stream().map(Scenario::of).toList()), e.getValue());
                (e.getKey().size() == 1 ? fixed : cycles).add(b);
            }
        }
        Comparator<Basin> order = Comparator.comparingLong(Basin::weight).reversed()
                .thenComparing(b -> b.attractor().scenarios().get(0));
        fixed.sort(order);
        cycles.sort(order);
        return new SuccessionResult(this, space, used, starts, fixed, cycles);
    }

    @Override
    public String toString() {
        return "Succession[mode=" + mode + ", exactLimit=" + exactLimit + ", " + draws + ", threads=" + threads + "]";
    }
}
