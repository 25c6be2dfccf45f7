package org.micmac4j.cib;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.micmac4j.InvalidInputException;
import org.micmac4j.internal.Messages;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * Cross-impact balance analysis (Weimer-Jehle 2006): the exact set of scenarios whose
 * inconsistency is at most K (K = 0: the consistent scenarios, ties counted as consistent), each
 * with its inconsistency, consistency value and total impact score (see {@link ImpactBalance}),
 * sorted by {@link CibScenario#ORDER}.
 *
 * <p>The default {@link Algorithm#PRUNED} first splits the descriptors into independent groups
 * (blocks whose rows are constant cannot change a consistency; see the package documentation),
 * then runs on each group a depth-first branch and bound: scores updated by one matrix row per
 * step, and a lower bound on every assigned descriptor's final gap (each unassigned descriptor
 * contributing its most favourable variant) that cuts a subtree as soon as no completion can reach
 * IC ≤ K. It is exact: a subtree is cut only when every scenario in it has IC &gt; K, and a leaf is
 * kept only when its exact IC is ≤ K. The first levels run in parallel.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * CibResult kernel = Cib.withDefaults().solve(matrix);                          // consistent scenarios
 * CibResult near = Cib.withDefaults().withMaxInconsistency(2).solve(matrix);    // IC <= 2
 * }</pre>
 */
public final class Cib {
    /** Default maximum inconsistency: {@value} (the consistent scenarios). */
    public static final int MAX_INCONSISTENCY_DEFAULT = 0;
    /** Default algorithm: {@link Algorithm#PRUNED}. */
    public static final Algorithm ALGORITHM_DEFAULT = Algorithm.PRUNED;
    /**
     * Default number of scenarios listed: {@value}. A larger set is no error: it is counted exactly
     * and only its first scenarios are listed ({@link CibResult#isComplete()}).
     */
    public static final int LIMIT_DEFAULT = 10_000_000;
    /** Default splitting into independent descriptor groups: {@value}. */
    public static final boolean SPLIT_DEFAULT = true;
    /** Default enumeration limit of the sweeps: {@link ScenarioSpace#ENUMERATION_LIMIT_DEFAULT}. */
    public static final long ENUMERATION_LIMIT_DEFAULT = ScenarioSpace.ENUMERATION_LIMIT_DEFAULT;
    /** Threads value meaning "one per available processor": {@value}. */
    public static final int THREADS_AUTO = 0;

    private static final Cib DEFAULTS = new Cib(MAX_INCONSISTENCY_DEFAULT, ALGORITHM_DEFAULT, THREADS_AUTO,
            LIMIT_DEFAULT, SPLIT_DEFAULT, ENUMERATION_LIMIT_DEFAULT);

    private final int maxInconsistency;
    private final Algorithm algorithm;
    private final int threads;
    private final int limit;
    private final boolean split;
    private final long enumerationLimit;

    private Cib(int maxInconsistency, Algorithm algorithm, int threads, int limit, boolean split,
            long enumerationLimit) {
        this.maxInconsistency = maxInconsistency;
        this.algorithm = algorithm;
        this.threads = threads;
        this.limit = limit;
        this.split = split;
        this.enumerationLimit = enumerationLimit;
    }

    /** @return the defaults: K = 0, pruned search, all processors, groups split */
    public static Cib withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param k the largest inconsistency kept, ≥ 0
     * @return a copy with that K
     * @throws InvalidInputException when negative
     */
    public Cib withMaxInconsistency(int k) {
        Messages.require(k >= 0, "the maximum inconsistency must be at least 0, got %d", k);
        return new Cib(k, algorithm, threads, limit, split, enumerationLimit);
    }

    /**
     * @param a the algorithm
     * @return a copy using it
     */
    public Cib withAlgorithm(Algorithm a) {
        return new Cib(maxInconsistency, Objects.requireNonNull(a, "algorithm"), threads, limit, split,
                enumerationLimit);
    }

    /**
     * @param t worker threads, ≥ 1, or {@link #THREADS_AUTO}
     * @return a copy using that many
     * @throws InvalidInputException when negative
     */
    public Cib withThreads(int t) {
        Messages.require(t >= 0, "threads must be at least 0 (0: one per processor), got %d", t);
        return new Cib(maxInconsistency, algorithm, t, limit, split, enumerationLimit);
    }

    /**
     * @param newLimit how many scenarios to list, ≥ 0 (the count is exact whatever the limit)
     * @return a copy with that limit
     * @throws InvalidInputException when negative
     */
    public Cib withLimit(int newLimit) {
        Messages.require(newLimit >= 0, "the limit of listed scenarios must be >= 0, got %d", newLimit);
        return new Cib(maxInconsistency, algorithm, threads, newLimit, split, enumerationLimit);
    }

    /**
     * @param splitGroups whether the pruned search first splits independent descriptor groups
     * @return a copy with that setting
     */
    public Cib withSplitting(boolean splitGroups) {
        return new Cib(maxInconsistency, algorithm, threads, limit, splitGroups, enumerationLimit);
    }

    /**
     * @param limit the largest space the sweeps ({@link Algorithm#SWEEP}, {@link Algorithm#PLAIN}) enumerate
     * @return a copy with that limit
     * @throws InvalidInputException when below 1
     */
    public Cib withEnumerationLimit(long newLimit) {
        Messages.require(newLimit >= 1, "the enumeration limit must be at least 1, got %d", newLimit);
        return new Cib(maxInconsistency, algorithm, threads, limit, split, newLimit);
    }

    /** @return K */
    public int maxInconsistency() {
        return maxInconsistency;
    }

    /** @return the algorithm */
    public Algorithm algorithm() {
        return algorithm;
    }

    /** @return the configured threads ({@link #THREADS_AUTO}: one per processor) */
    public int threads() {
        return threads;
    }

    /** @return how many scenarios are listed */
    public int limit() {
        return limit;
    }

    /** @return whether independent groups are split */
    public boolean splitting() {
        return split;
    }

    /** @return the enumeration limit of the sweeps */
    public long enumerationLimit() {
        return enumerationLimit;
    }

    int effectiveThreads() {
        return threads == THREADS_AUTO ? Runtime.getRuntime().availableProcessors() : threads;
    }

    /**
     * Every scenario with inconsistency at most K, counted exactly, the first {@link #limit()}
     * listed.
     *
     * @param matrix the judgement matrix
     * @return the solution set, sorted by {@link CibScenario#ORDER}
     * @throws InvalidInputException when a sweep's space exceeds the enumeration limit, or one
     *         independent group alone has more than {@link Islands#GROUP_LIMIT} solutions
     */
    public CibResult solve(CibMatrix matrix) {
        Objects.requireNonNull(matrix, "matrix");
        int t = effectiveThreads();
        List<Solutions> found;
        switch (algorithm) {
            case SWEEP -> {
                matrix.space().requireAtMost(enumerationLimit, "the incremental sweep");
                found = new Sweep(matrix, maxInconsistency, limit).incremental(t);
            }
            case PLAIN -> {
                matrix.space().requireAtMost(enumerationLimit, "the plain enumeration");
                found = new Sweep(matrix, maxInconsistency, limit).plain(t);
            }
            default -> {
                List<int[]> parts = split ? Components.of(matrix) : List.of(all(matrix.space().descriptorCount()));
                if (parts.size() > 1) {
                    Islands.Listing l = Islands.kernel(matrix, parts, maxInconsistency, limit, t);
                    return new CibResult(this, matrix.space(), l.listed(), l.count(), l.groups());
                }
                found = new PrunedSearch(matrix, SearchOrder.greedy(matrix), maxInconsistency, limit).run(t);
            }
        }
        long count = Solutions.count(found);
        List<String> ids = matrix.space().descriptors().stream().map(d -> d.id()).toList();
        return new CibResult(this, matrix.space(), Solutions.first(found, matrix, limit), BigInteger.valueOf(count),
                List.of(new DescriptorGroup(ids, matrix.space().size(), count)));
    }

    private static int[] all(int nd) {
        int[] a = new int[nd];
        for (int i = 0; i < nd; i++) {
            a[i] = i;
        }
        return a;
    }

    /**
     * The impact balance of one scenario (a convenience for {@link CibMatrix#balance(Scenario)}).
     *
     * @param matrix the matrix
     * @param scenario the scenario
     * @return its balance
     */
    public static ImpactBalance balance(CibMatrix matrix, Scenario scenario) {
        return matrix.balance(scenario);
    }

    @Override
    public String toString() {
        return "Cib[maxInconsistency=" + maxInconsistency + ", algorithm=" + algorithm + ", threads=" + threads
                + ", limit=" + limit + ", splitting=" + split + ", enumerationLimit=" + enumerationLimit + "]";
    }
}
