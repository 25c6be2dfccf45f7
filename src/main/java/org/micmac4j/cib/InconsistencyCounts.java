package org.micmac4j.cib;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

import org.micmac4j.Draws;
import org.micmac4j.internal.Messages;
import org.micmac4j.internal.random.DrawRunner;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * How many scenarios of a space have each inconsistency (the inconsistency histogram of a CIB
 * report): every scenario when the space holds at most {@link #EXACT_LIMIT}, otherwise
 * {@code draws.count()} uniform random scenarios (default {@link #DRAWS_DEFAULT}), scenario d
 * drawn from {@link Draws#stream(long) draws.stream(d)} (one {@code nextInt(k_j)} per descriptor
 * j, in order), so that the same seed gives the same histogram on any number of threads.
 *
 * <pre>{@code
 * InconsistencyCounts c = InconsistencyCounts.of(matrix, Draws.withDefaults()
 *         .withCount(InconsistencyCounts.DRAWS_DEFAULT).withSeed(seed));
 * c.counts()[0];   // consistent scenarios (counted, or in the sample)
 * }</pre>
 *
 * @param counts the count of each inconsistency 0..max
 * @param exact whether every scenario was counted
 * @param scenarios how many scenarios were counted
 * @param seed the seed of the sample (reported as given when {@code exact})
 */
public record InconsistencyCounts(long[] counts, boolean exact, long scenarios, long seed) {
    /** Largest space counted exactly: 2^20. */
    public static final long EXACT_LIMIT = 1L << 20;
    /** Default number of random scenarios above it: {@value}. */
    public static final long DRAWS_DEFAULT = 20_000;

    /**
     * Copies the counts.
     *
     * @param counts the count of each inconsistency
     * @param exact whether every scenario was counted
     * @param scenarios how many scenarios were counted
     * @param seed the seed of the sample
     */
    public InconsistencyCounts {
        counts = counts.clone();
        Messages.require(scenarios >= 0, "scenarios must be >= 0, got %d", scenarios);
    }

    /** @return the count of each inconsistency 0..max (a copy) */
    @Override
    public long[] counts() {
        return counts.clone();
    }

    /**
     * @param matrix a judgement matrix
     * @param draws the random scenarios, when the space is larger than {@link #EXACT_LIMIT}: count,
     *     seed, threads, progress
     * @return the counts of every scenario, or of the random ones
     */
    public static InconsistencyCounts of(CibMatrix matrix, Draws draws) {
        ScenarioSpace space = matrix.space();
        if (space.size().compareTo(BigInteger.valueOf(EXACT_LIMIT)) <= 0) {
            long n = space.size().longValue();
            Tally t = new Tally();
            for (long r = 0; r < n; r++) {
                t.add(matrix.balance(space.scenarioAt(r)).inconsistency(), 1);
            }
            return t.result(true, n, draws.seed());
        }
        List<Tally> parts = DrawRunner.run(draws.count(), draws.seed(), draws.threads(), draws.progress(), Tally::new,
                (t, d, rng) -> {
                    int[] z = new int[space.descriptorCount()];
                    for (int j = 0; j < z.length; j++) {
                        z[j] = rng.nextInt(space.variantCount(j));
                    }
                    t.add(matrix.balance(space.scenario(z)).inconsistency(), 1);
                });
        Tally all = new Tally();
        for (Tally t : parts) {
            for (int ic = 0; ic <= t.top; ic++) {
                all.add(ic, t.counts[ic]);
            }
        }
        return all.result(false, draws.count(), draws.seed());
    }

    /** Counts per inconsistency, growing as needed. */
    private static final class Tally {
        long[] counts = new long[8];
        int top;

        void add(int ic, long count) {
            if (ic >= counts.length) {
                counts = Arrays.copyOf(counts, Math.max(ic + 1, counts.length * 2));
            }
            counts[ic] += count;
            top = Math.max(top, ic);
        }

        InconsistencyCounts result(boolean exact, long scenarios, long seed) {
            return new InconsistencyCounts(Arrays.copyOf(counts, top + 1), exact, scenarios, seed);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InconsistencyCounts c && Arrays.equals(counts, c.counts) && exact == c.exact
                && scenarios == c.scenarios && seed == c.seed;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(counts) + Long.hashCode(scenarios) + Long.hashCode(seed) + (exact ? 1 : 0);
    }

    @Override
    public String toString() {
        return "InconsistencyCounts[counts=" + Arrays.toString(counts) + ", exact=" + exact + ", scenarios="
                + scenarios + ", seed=" + seed + "]";
    }
}
