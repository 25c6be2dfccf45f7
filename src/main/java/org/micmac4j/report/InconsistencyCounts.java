package org.micmac4j.report;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

import org.micmac4j.Draws;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.internal.random.DrawRunner;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * How many scenarios of the space have each inconsistency: every scenario when the space holds
 * at most {@link #EXACT_LIMIT}, otherwise {@code draws.count()} uniform random scenarios, scenario
 * d drawn from {@link Draws#stream(long) draws.stream(d)} (one {@code nextInt(k_j)} per
 * descriptor j, in order), so the counts depend on the seed alone.
 *
 * @param counts the count of each inconsistency 0..max
 * @param exact whether every scenario was counted
 * @param scenarios how many scenarios were counted
 */
record InconsistencyCounts(long[] counts, boolean exact, long scenarios) {
    /** Largest space counted exactly: 2^20. */
    static final long EXACT_LIMIT = 1L << 20;
    /** The draws above it: 20 000 random scenarios, seed 1. */
    static final Draws DRAWS_DEFAULT = Draws.withDefaults().withCount(20_000);

    static InconsistencyCounts of(CibMatrix matrix, Draws draws) {
        ScenarioSpace space = matrix.space();
        if (space.size().compareTo(BigInteger.valueOf(EXACT_LIMIT)) <= 0) {
            long n = space.size().longValue();
            Tally t = new Tally();
            for (long r = 0; r < n; r++) {
                t.add(matrix.balance(space.scenarioAt(r)).inconsistency());
            }
            return t.result(true, n);
        }
        List<Tally> parts = DrawRunner.run(draws.count(), draws.seed(), draws.threads(), draws.progress(), Tally::new,
                (t, d, rng) -> {
                    int[] z = new int[space.descriptorCount()];
                    for (int j = 0; j < z.length; j++) {
                        z[j] = rng.nextInt(space.variantCount(j));
                    }
                    t.add(matrix.balance(space.scenario(z)).inconsistency());
                });
        Tally all = new Tally();
        parts.forEach(all::merge);
        return all.result(false, draws.count());
    }

    /** Counts per inconsistency, growing as needed. */
    private static final class Tally {
        long[] counts = new long[8];
        int top;

        void add(int ic) {
            add(ic, 1);
        }

        void add(int ic, long count) {
            if (ic >= counts.length) {
                counts = Arrays.copyOf(counts, Math.max(ic + 1, counts.length * 2));
            }
            counts[ic] += count;
            top = Math.max(top, ic);
        }

        void merge(Tally o) {
            for (int ic = 0; ic <= o.top; ic++) {
                if (o.counts[ic] > 0) {
                    add(ic, o.counts[ic]);
                }
            }
        }

        InconsistencyCounts result(boolean exact, long scenarios) {
            return new InconsistencyCounts(Arrays.copyOf(counts, top + 1), exact, scenarios);
        }
    }
}
