package org.micmac4j.cib;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.micmac4j.InvalidInputException;
import org.micmac4j.internal.Messages;
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
 * {@link WeightMode#EXACT}; memory: 4 bytes per scenario), otherwise from {@link #samples()}
 * uniform random starts drawn from a generator seeded with {@link #seed()} (the same seed gives the
 * same weights on any number of threads).
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
    /** Default number of random starts when sampling: {@value}. */
    public static final long SAMPLES_DEFAULT = 100_000L;
    /** Default seed: {@value}. */
    public static final long SEED_DEFAULT = 1L;

    private static final Succession DEFAULTS = new Succession(WEIGHT_MODE_DEFAULT, EXACT_LIMIT_DEFAULT,
            SAMPLES_DEFAULT, SEED_DEFAULT, Cib.THREADS_AUTO);

    private final WeightMode mode;
    private final long exactLimit;
    private final long samples;
    private final long seed;
    private final int threads;

    private Succession(WeightMode mode, long exactLimit, long samples, long seed, int threads) {
        this.mode = mode;
        this.exactLimit = exactLimit;
        this.samples = samples;
        this.seed = seed;
        this.threads = threads;
    }

    /** @return the defaults: {@link WeightMode#AUTO}, exact up to 2^28 scenarios, 100 000 samples, seed 1 */
    public static Succession withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param m the weight mode
     * @return a copy using it
     */
    public Succession withWeightMode(WeightMode m) {
        return new Succession(Objects.requireNonNull(m, "mode"), exactLimit, samples, seed, threads);
    }

    /**
     * @param limit the largest space weighed exactly, 1..{@link #EXACT_LIMIT_MAX}
     * @return a copy with that limit
     * @throws InvalidInputException when out of range
     */
    public Succession withExactLimit(long limit) {
        Messages.require(limit >= 1 && limit <= EXACT_LIMIT_MAX, "the exact limit must be in 1..%d, got %d",
                EXACT_LIMIT_MAX, limit);
        return new Succession(mode, limit, samples, seed, threads);
    }

    /**
     * @param n the number of random starts, ≥ 1
     * @return a copy with that number
     * @throws InvalidInputException when below 1
     */
    public Succession withSamples(long n) {
        Messages.require(n >= 1, "the number of samples must be at least 1, got %d", n);
        return new Succession(mode, exactLimit, n, seed, threads);
    }

    /**
     * @param s the seed of the random starts
     * @return a copy with that seed
     */
    public Succession withSeed(long s) {
        return new Succession(mode, exactLimit, samples, s, threads);
    }

    /**
     * @param t worker threads, ≥ 1, or {@link Cib#THREADS_AUTO}
     * @return a copy using that many
     * @throws InvalidInputException when negative
     */
    public Succession withThreads(int t) {
        Messages.require(t >= 0, "threads must be at least 0 (0: one per processor), got %d", t);
        return new Succession(mode, exactLimit, samples, seed, t);
    }

    /** @return the weight mode */
    public WeightMode weightMode() {
        return mode;
    }

    /** @return the largest space weighed exactly */
    public long exactLimit() {
        return exactLimit;
    }

    /** @return the number of random starts when sampling */
    public long samples() {
        return samples;
    }

    /** @return the seed */
    public long seed() {
        return seed;
    }

    /** @return the configured threads */
    public int threads() {
        return threads;
    }

    private int effectiveThreads() {
        return threads == Cib.THREADS_AUTO ? Runtime.getRuntime().availableProcessors() : threads;
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
            long[] counts = k.exact(effectiveThreads());
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
            starts = samples;
            for (Map.Entry<List<int[]>, Long> e : k.sampled(samples, seed, effectiveThreads())) {
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
        return "Succession[mode=" + mode + ", exactLimit=" + exactLimit + ", samples=" + samples + ", seed=" + seed
                + ", threads=" + threads + "]";
    }
}
