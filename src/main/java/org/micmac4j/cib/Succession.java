package org.micmac4j.cib;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;

import org.micmac4j.Draws;
import org.micmac4j.InvalidInputException;
import org.micmac4j.Threads;
import org.micmac4j.internal.LibraryVersion;
import org.micmac4j.internal.Messages;
import org.micmac4j.internal.parallel.Workers;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * Succession (Weimer-Jehle): from a scenario, descriptors move toward variants of maximal impact
 * score by the configured {@link SuccessionRule} ({@link #withRule}): by default
 * {@link SuccessionRule#GLOBAL}, every descriptor at once to a variant of maximal impact score; a
 * descriptor whose variant is already maximal keeps it, otherwise it takes the first maximal variant
 * (in variant order). {@link SuccessionRule#SEQUENTIAL} moves one descriptor at a time in
 * descriptor order (Gauss–Seidel), {@link SuccessionRule#ADJACENT} every descriptor one variant
 * toward its best. Iterated, the succession ends in a fixed point (under every rule exactly the
 * consistent scenarios) or a cycle. The basin size of a fixed point over all starts is
 * ScenarioWizard's "volume weight". Everything below (trajectories, exact basins in memory or
 * streamed, ranges and their merge, sampled basins) follows the configured rule.
 *
 * <p>{@link #weights(CibMatrix)} counts the starts ending in each attractor. {@link WeightMode#EXACT}:
 * over every scenario, for any space whose size fits a {@code long}: in memory (4 bytes per
 * scenario, two passes) up to {@link #inMemoryLimit()} scenarios, streamed beyond (memory bounded
 * by the threads, not by the space; see {@link #weights(CibMatrix, long, long)}).
 * {@link WeightMode#AUTO}: exact up to {@link #exactLimit()} scenarios, sampled beyond.
 * {@link WeightMode#SAMPLED} (and AUTO beyond its limit): from {@link #draws()}:
 * {@code draws().count()} uniform random starts, start d drawn from
 * {@link Draws#stream(long) draws().stream(d)} (one {@code nextInt(k_j)} per descriptor j, in
 * descriptor order), on {@code draws().threads()}. A start depends on (seed, d) alone, so the
 * weights are the same on any number of threads, and a range of starts computed elsewhere (a
 * Spark task) adds up to the same counts.
 *
 * <p>Ranges of starts can be computed apart ({@link #weights(CibMatrix, long, long)}, e.g. on
 * several machines) and merged exactly ({@link #result(CibMatrix, List)}).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * SuccessionResult w = Succession.withDefaults().weights(matrix);
 * w.weightOf(space.scenario("A3", "B1", "C3", "D2", "E1", "F1"));
 * w.cycleStarts();
 * Trajectory t = Succession.withDefaults().withRule(SuccessionRule.SEQUENTIAL)
 *         .trajectory(matrix, space.scenario("A1", "B1", "C1", "D1", "E1", "F1"));
 * }</pre>
 */
public final class Succession {
    /** Default weight mode: {@link WeightMode#AUTO}. */
    public static final WeightMode WEIGHT_MODE_DEFAULT = WeightMode.AUTO;
    /** Default largest space weighed exactly in {@link WeightMode#AUTO}: 2^28 scenarios. */
    public static final long EXACT_LIMIT_DEFAULT = 1L << 28;
    /** Largest exact limit accepted, and largest space weighed in memory: the largest Java array. */
    public static final long EXACT_LIMIT_MAX = Integer.MAX_VALUE - 8;
    /**
     * Default number of random starts when sampling: {@value} (weights to about ±0.003 of the
     * starts, 95 %), seed 1, all processors.
     */
    public static final long DRAWS_DEFAULT = 100_000L;
    /** Default threads of the exact weights: {@link Threads#AUTO}. */
    public static final int THREADS_DEFAULT = Threads.AUTO;
    /**
     * In-memory limit meaning "as the heap allows": the largest space whose successor array (4
     * bytes per scenario) takes at most a quarter of the JVM's maximum heap, and at most
     * {@link #EXACT_LIMIT_MAX}.
     */
    public static final long IN_MEMORY_AUTO = 0;

    /** Default rule: {@link SuccessionRule#GLOBAL}. */
    public static final SuccessionRule RULE_DEFAULT = SuccessionRule.DEFAULT;

    private static final Succession DEFAULTS = new Succession(RULE_DEFAULT, WEIGHT_MODE_DEFAULT, EXACT_LIMIT_DEFAULT,
            Draws.withDefaults().withCount(DRAWS_DEFAULT), THREADS_DEFAULT, IN_MEMORY_AUTO, null);

    /** The settings' tie rule, the same for every rule. */
    private static final String TIES = " ties=keep-if-maximal-else-first";

    private final SuccessionRule rule;

    private final WeightMode mode;
    private final long exactLimit;
    private final Draws draws;
    private final int threads;
    private final long inMemoryLimit;
    private final LongConsumer progress;

    private Succession(SuccessionRule rule, WeightMode mode, long exactLimit, Draws draws, int threads,
            long inMemoryLimit,
            LongConsumer progress) {
        this.rule = rule;
        this.mode = mode;
        this.exactLimit = exactLimit;
        this.draws = draws;
        this.threads = threads;
        this.inMemoryLimit = inMemoryLimit;
        this.progress = progress;
    }

    /**
     * @return the defaults: the global rule, {@link WeightMode#AUTO}, exact up to 2^28 scenarios, in memory as the
     *     heap allows, else 100 000 random starts, seed 1
     */
    public static Succession withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param r the succession rule (trajectories, basins and the settings of partial results)
     * @return a copy using it
     */
    public Succession withRule(SuccessionRule r) {
        return new Succession(Objects.requireNonNull(r, "rule"), mode, exactLimit, draws, threads, inMemoryLimit,
                progress);
    }

    /**
     * @param m the weight mode
     * @return a copy using it
     */
    public Succession withWeightMode(WeightMode m) {
        return new Succession(rule, Objects.requireNonNull(m, "mode"), exactLimit, draws, threads, inMemoryLimit,
                progress);
    }

    /**
     * @param limit the largest space {@link WeightMode#AUTO} weighs exactly, 1..{@link #EXACT_LIMIT_MAX}
     * @return a copy with that limit
     * @throws InvalidInputException when out of range
     */
    public Succession withExactLimit(long limit) {
        Messages.require(limit >= 1 && limit <= EXACT_LIMIT_MAX, "the exact limit must be in 1..%d, got %d",
                EXACT_LIMIT_MAX, limit);
        return new Succession(rule, mode, limit, draws, threads, inMemoryLimit, progress);
    }

    /**
     * @param limit the largest space whose exact weights are computed in memory (4 bytes per
     *     scenario), 1..{@link #EXACT_LIMIT_MAX}, or {@link #IN_MEMORY_AUTO}; larger spaces are streamed.
     *     Both give the same weights; in memory is about twice as fast.
     * @return a copy with that limit
     * @throws InvalidInputException when out of range
     */
    public Succession withInMemoryLimit(long limit) {
        Messages.require(limit >= 0 && limit <= EXACT_LIMIT_MAX, "the in-memory limit must be in 0..%d, got %d",
                EXACT_LIMIT_MAX, limit);
        return new Succession(rule, mode, exactLimit, draws, threads, limit, progress);
    }

    /**
     * @param d the random starts of the sampled weights: their number (1..{@link Draws#COUNT_MAX}),
     *     seed, threads and progress listener (told the number of starts followed so far)
     * @return a copy with those draws
     */
    public Succession withDraws(Draws d) {
        return new Succession(rule, mode, exactLimit, Objects.requireNonNull(d, "draws"), threads, inMemoryLimit,
                progress);
    }

    /**
     * @param t {@link Threads#AUTO} or the number of threads of the exact weights (the sampled ones
     *     run on {@code draws().threads()}); never changes results
     * @return a copy using that many
     * @throws InvalidInputException when negative
     */
    public Succession withThreads(int t) {
        Workers.requireValid(t);
        return new Succession(rule, mode, exactLimit, draws, t, inMemoryLimit, progress);
    }

    /**
     * @param listener called from worker threads with the number of starts done so far by a
     *     streamed exact run (the sampled weights report to {@code draws().progress()}) (thread-safe
     *     listeners only; results do not depend on it); null for none
     * @return a copy
     */
    public Succession withProgress(LongConsumer listener) {
        return new Succession(rule, mode, exactLimit, draws, threads, inMemoryLimit, listener);
    }

    /** @return the succession rule */
    public SuccessionRule rule() {
        return rule;
    }

    /** @return the weight mode */
    public WeightMode weightMode() {
        return mode;
    }

    /** @return the largest space {@link WeightMode#AUTO} weighs exactly */
    public long exactLimit() {
        return exactLimit;
    }

    /** @return the in-memory limit as configured ({@link #IN_MEMORY_AUTO}: as the heap allows) */
    public long inMemoryLimit() {
        return inMemoryLimit;
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
     * What exact weights depend on besides the matrix, as recorded in partial results: the rule
     * and its tie rule. Parts of other settings refuse to merge.
     *
     * @return e.g. {@code succession=global ties=keep-if-maximal-else-first}
     */
    public String settings() {
        return "succession=" + rule.id() + TIES;
    }

    /**
     * The rule that settings of a partial result name, to merge it with the same rule.
     *
     * @param settings {@link #settings()} of some configuration
     * @return its rule
     * @throws InvalidInputException when these are no settings this library writes
     */
    public static SuccessionRule ruleOf(String settings) {
        for (SuccessionRule r : SuccessionRule.values()) {
            if (DEFAULTS.withRule(r).settings().equals(settings)) {
                return r;
            }
        }
        throw new InvalidInputException("unknown succession settings '" + settings + "' (expected succession=global, "
                + "sequential or adjacent with" + TIES + ")");
    }

    /** @return the largest space weighed in memory under this configuration and heap */
    long effectiveInMemoryLimit() {
        if (inMemoryLimit != IN_MEMORY_AUTO) {
            return inMemoryLimit;
        }
        return Math.min(EXACT_LIMIT_MAX, Runtime.getRuntime().maxMemory() / 16);
    }

    /**
     * One step of the rule.
     *
     * @param matrix the matrix
     * @param scenario the current scenario
     * @return the next scenario (the same one iff it is consistent)
     */
    public Scenario next(CibMatrix matrix, Scenario scenario) {
        matrix.space().check(scenario);
        SuccessionKernel k = new SuccessionKernel(matrix, rule);
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
        SuccessionKernel k = new SuccessionKernel(matrix, rule);
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
     * @throws InvalidInputException when {@link WeightMode#EXACT} is asked for a space whose size
     *     does not fit a {@code long}
     */
    public SuccessionResult weights(CibMatrix matrix) {
        ScenarioSpace space = matrix.space();
        boolean exact = switch (mode) {
            case EXACT -> true;
            case SAMPLED -> false;
            case AUTO -> space.size().compareTo(BigInteger.valueOf(exactLimit)) <= 0;
        };
        if (!exact) {
            return sampled(matrix);
        }
        long size = space.requireAtMost(Long.MAX_VALUE, "the exact succession weights (a long index per scenario)");
        if (size <= effectiveInMemoryLimit()) {
            return inMemory(matrix);
        }
        return result(matrix, List.of(weights(matrix, 0, size - 1)));
    }

    private SuccessionResult inMemory(CibMatrix matrix) {
        SuccessionKernel k = new SuccessionKernel(matrix, rule);
        List<Basin> basins = new ArrayList<>();
        long[] counts = k.exact(Workers.resolve(threads));
        List<long[]> atts = k.attractors();
        for (int code = 1; code <= atts.size(); code++) {
            long w = code < counts.length ? counts[code] : 0;
            if (w > 0) {
                basins.add(new Basin(attractor(k, atts.get(code - 1)), w));
            }
        }
        return result(matrix.space(), WeightMode.EXACT, matrix.space().size().longValue(), basins);
    }

    private SuccessionResult sampled(CibMatrix matrix) {
        SuccessionKernel k = new SuccessionKernel(matrix, rule);
        List<Basin> basins = new ArrayList<>();
        for (Map.Entry<List<int[]>, Long> e : k.sampled(draws)) {
            basins.add(new Basin(new Attractor(e.getKey().stream().map(Scenario::of).toList()), e.getValue()));
        }
        return result(matrix.space(), WeightMode.SAMPLED, draws.count(), basins);
    }

    private SuccessionResult result(ScenarioSpace space, WeightMode used, long starts, List<Basin> basins) {
        List<Basin> fixed = new ArrayList<>();
        List<Basin> cycles = new ArrayList<>();
        for (Basin b : basins) {
            (b.attractor().isFixedPoint() ? fixed : cycles).add(b);
        }
        fixed.sort(SuccessionResult.ORDER);
        cycles.sort(SuccessionResult.ORDER);
        return new SuccessionResult(this, space, used, starts, fixed, cycles);
    }

    private static Attractor attractor(SuccessionKernel k, long[] ranks) {
        int[] z = new int[k.nd];
        List<Scenario> ss = new ArrayList<>();
        for (long r : ranks) {
            k.decode(r, z);
            ss.add(Scenario.of(z));
        }
        return new Attractor(ss);
    }

    /**
     * Exact basins of the starts of ranks {@code first} to {@code last} (0-based, both included, in
     * the order of {@link ScenarioSpace}), streamed: memory bounded by the threads (a 32 MiB cache
     * each) and by the number of attractors, not by the space. Each start is followed to its
     * attractor; first steps are computed for a block of consecutive starts at once, later steps
     * in full, and a cache of scenarios already resolved ends most successions after one step.
     *
     * @param matrix the matrix
     * @param first the first start's rank, ≥ 0
     * @param last the last start's rank, first ≤ last &lt; the space's size
     * @return the part: the attractors reached from the range with their numbers of starts
     * @throws InvalidInputException when the range is not within the space, or its size does not fit a long
     */
    public SuccessionPart weights(CibMatrix matrix, long first, long last) {
        long size = matrix.space().requireAtMost(Long.MAX_VALUE,
                "the exact succession weights (a long index per scenario)");
        Messages.require(first >= 0 && first <= last && last < size,
                "the range %d:%d is not within the %d scenarios (0-based ranks, both ends included)", first, last,
                size);
        SuccessionKernel k = new SuccessionKernel(matrix, rule);
        BasinTally t = new StreamedBasins(k, Workers.resolve(threads), StreamedBasins.CACHE_BITS_DEFAULT, progress)
                .run(first, last);
        List<Basin> basins = new ArrayList<>();
        for (long[] ranks : t.attractors()) {
            basins.add(new Basin(attractor(k, ranks), t.weight(ranks[0])));
        }
        return new SuccessionPart(matrix.fingerprint(), size, settings(), LibraryVersion.get(), first, last, basins,
                null);
    }

    /**
     * The exact weights of the whole space from parts computed apart.
     *
     * @param matrix the matrix they were computed from
     * @param parts parts covering every start exactly once, in any order
     * @return the weights, as {@link #weights(CibMatrix)} in {@link WeightMode#EXACT} gives them
     * @throws InvalidInputException naming the parts when they are of another matrix or other
     *     settings, overlap, or leave a gap (the start or the end of the space included)
     */
    public SuccessionResult result(CibMatrix matrix, List<SuccessionPart> parts) {
        SuccessionPart all = SuccessionPart.merge(parts);
        String fp = matrix.fingerprint();
        Messages.require(all.fingerprint().equals(fp), "%s was computed from another matrix (%s, not %s)",
                all.source(), all.fingerprint(), fp);
        Messages.require(all.settings().equals(settings()), "%s was computed with other settings (%s, not %s)",
                all.source(), all.settings(), settings());
        Messages.require(all.first() == 0, "starts 0:%d are in no part", all.first() - 1);
        Messages.require(all.last() == all.spaceSize() - 1, "starts %d:%d are in no part", all.last() + 1,
                all.spaceSize() - 1);
        for (Basin b : all.basins()) {
            b.attractor().scenarios().forEach(matrix.space()::check);
        }
        return result(matrix.space(), WeightMode.EXACT, all.spaceSize(), all.basins());
    }

    @Override
    public String toString() {
        return "Succession[rule=" + rule.id() + ", mode=" + mode + ", exactLimit=" + exactLimit + ", inMemoryLimit="
                + inMemoryLimit + ", "
                + draws + ", threads=" + threads + "]";
    }
}
