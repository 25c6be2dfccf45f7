package org.micmac4j.cib;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.micmac4j.internal.Messages;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * How many scenarios of a space have each inconsistency (the inconsistency histogram of a CIB
 * report): every scenario when the space holds at most {@link #EXACT_LIMIT}, otherwise a uniform
 * random sample of {@link #SAMPLES} scenarios drawn from the caller's seed, so that the same seed
 * gives the same histogram.
 *
 * <pre>{@code
 * InconsistencyCounts c = InconsistencyCounts.of(matrix, seed);
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
    /** Sample size above it. */
    public static final int SAMPLES = 20_000;

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
     * @param seed the seed of the sample, when the space is larger than {@link #EXACT_LIMIT}
     * @return the counts of every scenario, or of the sample
     */
    public static InconsistencyCounts of(CibMatrix matrix, long seed) {
        ScenarioSpace space = matrix.space();
        boolean exact = space.size().compareTo(BigInteger.valueOf(EXACT_LIMIT)) <= 0;
        long n = exact ? space.size().longValue() : SAMPLES;
        long[] counts = new long[8];
        int top = 0;
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] z = new int[space.descriptorCount()];
        for (long r = 0; r < n; r++) {
            Scenario s;
            if (exact) {
                s = space.scenarioAt(r);
            } else {
                for (int d = 0; d < z.length; d++) {
                    z[d] = rnd.nextInt(space.variantCount(d));
                }
                s = space.scenario(z);
            }
            int ic = matrix.balance(s).inconsistency();
            if (ic >= counts.length) {
                counts = Arrays.copyOf(counts, Math.max(ic + 1, counts.length * 2));
            }
            counts[ic]++;
            top = Math.max(top, ic);
        }
        return new InconsistencyCounts(Arrays.copyOf(counts, top + 1), exact, n, seed);
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
