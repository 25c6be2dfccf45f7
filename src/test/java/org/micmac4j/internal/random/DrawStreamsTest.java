package org.micmac4j.internal.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.L64X128Mix;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * The stream contract: the generator of draw d is a pure function of (seed, d), as documented
 * (checked against the formula computed here by hand), and the draws' generators behave as
 * independent ones on simple statistics.
 */
class DrawStreamsTest {
    private static final long GAMMA = 0x9E3779B97F4A7C15L;

    /** SplitMix64's output function, written here from Steele, Lea &amp; Flood (2014), as the oracle. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long[] first(UniformRandomProvider rng, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = rng.nextLong();
        }
        return out;
    }

    @Property(tries = 200)
    void aDrawIsTheDocumentedGenerator(@ForAll long seed, @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long d) {
        // a = 2d + 1, then SplitMix64 outputs 3d+1, 3d+2, 3d+3 of the seed's sequence.
        long k = 3 * d;
        L64X128Mix expected = new L64X128Mix(2 * d + 1, mix(seed + (k + 1) * GAMMA), mix(seed + (k + 2) * GAMMA),
                mix(seed + (k + 3) * GAMMA));
        assertArrayEquals(first(expected, 8), first(DrawStreams.stream(seed, d), 8));
    }

    @Property(tries = 100)
    void aDrawDependsOnTheSeedAndTheIndexAlone(@ForAll long seed, @ForAll @LongRange(min = 0, max = 1 << 20) long d) {
        // Recomputed after other draws, in another thread: the same numbers.
        long[] alone = first(DrawStreams.stream(seed, d), 16);
        for (long other = 0; other < 5; other++) {
            DrawStreams.stream(seed, other).nextLong();
        }
        long[][] fromThread = new long[1][];
        Thread t = new Thread(() -> fromThread[0] = first(DrawStreams.stream(seed, d), 16));
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        assertArrayEquals(alone, fromThread[0]);
        assertArrayEquals(alone, first(DrawStreams.stream(seed, d), 16));
        assertNotEquals(alone[0], DrawStreams.stream(seed, d + 1).nextLong());
        assertNotEquals(alone[0], DrawStreams.stream(seed + 1, d).nextLong());
    }

    @Test
    void negativeDrawsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> DrawStreams.stream(1, -1));
    }

    /**
     * The first uniform of 200 000 consecutive draws: mean 1/2, variance 1/12, no correlation
     * between neighbours or with the draw's second number, and no two equal first longs. Bounds
     * at about 5 standard errors (the values are fixed by the seed: no flakiness).
     */
    @Test
    void consecutiveDrawsLookIndependent() {
        int n = 200_000;
        double[] u = new double[n];
        double[] v = new double[n];
        Set<Long> firsts = new HashSet<>();
        for (int d = 0; d < n; d++) {
            UniformRandomProvider r = DrawStreams.stream(42, d);
            long x = r.nextLong();
            firsts.add(x);
            u[d] = (x >>> 11) * 0x1.0p-53;
            v[d] = r.nextDouble();
        }
        assertEquals(n, firsts.size());
        double mean = 0;
        for (double x : u) {
            mean += x / n;
        }
        assertEquals(0.5, mean, 5 * Math.sqrt(1.0 / 12 / n));
        double var = 0;
        for (double x : u) {
            var += (x - 0.5) * (x - 0.5) / n;
        }
        assertEquals(1.0 / 12, var, 0.002);
        double bound = 5 / Math.sqrt(n);
        assertEquals(0, correlation(u, 0, u, 1, n - 1), bound, "neighbouring draws");
        assertEquals(0, correlation(u, 0, v, 0, n), bound, "a draw's first and second numbers");
        assertEquals(0, correlation(u, 0, v, 1, n - 1), bound, "a draw's first and the next draw's second");
    }

    /** The first numbers of draws of one seed, in buckets: a chi-square test of uniformity (16 bins). */
    @Test
    void firstNumbersOfTheDrawsAreUniform() {
        int n = 160_000;
        long[] bins = new long[16];
        List<Long> draws = new ArrayList<>();
        for (long d = 0; d < n; d++) {
            draws.add(d * 7919 % n); // any order: the numbers are those of the draws, not of the order
        }
        Collections.shuffle(draws, new java.util.Random(1));
        for (long d : draws) {
            bins[DrawStreams.stream(7, d).nextInt(16)]++;
        }
        double chi2 = 0;
        double expected = n / 16.0;
        for (long b : bins) {
            chi2 += (b - expected) * (b - expected) / expected;
        }
        // 15 degrees of freedom: P(chi2 > 37.7) = 0.001
        assertTrue(chi2 < 37.7, "chi-square " + chi2);
    }

    private static double correlation(double[] a, int fromA, double[] b, int fromB, int n) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[fromA + i] / n;
            mb += b[fromB + i] / n;
        }
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            double x = a[fromA + i] - ma;
            double y = b[fromB + i] - mb;
            sab += x * y;
            saa += x * x;
            sbb += y * y;
        }
        return sab / Math.sqrt(saa * sbb);
    }
}
