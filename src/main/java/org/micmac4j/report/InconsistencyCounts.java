package org.micmac4j.report;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.micmac4j.cib.CibMatrix;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * How many scenarios of the space have each inconsistency: every scenario when the space holds
 * at most {@link #EXACT_LIMIT}, otherwise a seeded uniform sample of {@link #SAMPLES}.
 *
 * @param counts the count of each inconsistency 0..max
 * @param exact whether every scenario was counted
 * @param scenarios how many scenarios were counted
 */
record InconsistencyCounts(long[] counts, boolean exact, long scenarios) {
    /** Largest space counted exactly: 2^20. */
    static final long EXACT_LIMIT = 1L << 20;
    /** Sample size above it. */
    static final int SAMPLES = 20_000;
    /** Seed of the sample, fixed so that a report is reproducible. */
    static final long SEED = 1L;

    static InconsistencyCounts of(CibMatrix matrix) {
        ScenarioSpace space = matrix.space();
        boolean exact = space.size().compareTo(BigInteger.valueOf(EXACT_LIMIT)) <= 0;
        long n = exact ? space.size().longValue() : SAMPLES;
        long[] counts = new long[8];
        int top = 0;
        SplittableRandom rnd = new SplittableRandom(SEED);
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
        return new InconsistencyCounts(Arrays.copyOf(counts, top + 1), exact, n);
    }
}
