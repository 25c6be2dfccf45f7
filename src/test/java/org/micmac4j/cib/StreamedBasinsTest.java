package org.micmac4j.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.micmac4j.InvalidInputException;
import org.micmac4j.cib.io.ScwReader;
import org.micmac4j.testutil.Basins;
import org.micmac4j.testutil.CibMatrices;
import org.micmac4j.testutil.Resources;

/**
 * Streamed exact basins against the exact basins in memory and against a naive oracle (every
 * start walked with full steps until a scenario repeats), on every shared CIB case and on
 * thousands of small seeded random matrices; parts of random ranges merged back; merges refused.
 */
class StreamedBasinsTest {
    private static final Succession IN_MEMORY = Succession.withDefaults().withWeightMode(WeightMode.EXACT)
            .withInMemoryLimit(Succession.EXACT_LIMIT_MAX);
    private static final Succession STREAMED = IN_MEMORY.withInMemoryLimit(1);

    /** Naive oracle: attractor (canonical ranks) -> starts per phase, from full steps only. */
    static Map<List<Long>, long[]> naive(CibMatrix m) {
        return naive(m, 0, new SuccessionKernel(m).size - 1);
    }

    /** The naive oracle over the starts of ranks first..last only. */
    static Map<List<Long>, long[]> naive(CibMatrix m, long first, long last) {
        SuccessionKernel k = new SuccessionKernel(m);
        Map<List<Long>, long[]> out = new HashMap<>();
        int[] z = new int[k.nd];
        int[] next = new int[k.nd];
        int[] theta = new int[k.n];
        for (long r = first; r <= last; r++) {
            List<Long> seen = new ArrayList<>();
            Map<Long, Integer> at = new HashMap<>();
            long cur = r;
            while (!at.containsKey(cur)) {
                at.put(cur, seen.size());
                seen.add(cur);
                k.decode(cur, z);
                k.step(z, next, theta);
                cur = k.rank(next);
            }
            int enter = at.get(cur);
            List<Long> cycle = seen.subList(enter, seen.size());
            int p = cycle.size();
            int m0 = cycle.indexOf(cycle.stream().min(Long::compare).orElseThrow());
            List<Long> key = new ArrayList<>();
            for (int i = 0; i < p; i++) {
                key.add(cycle.get((m0 + i) % p));
            }
            // at step t = enter the start is at cycle index 0 of the walk, canonical index (0 - m0) mod p;
            // its phase is that index minus t
            int phase = Math.floorMod(-m0 - enter, p);
            out.computeIfAbsent(key, x -> new long[p])[phase]++;
        }
        return out;
    }

    static Map<List<Long>, long[]> asMap(BasinTally t) {
        Map<List<Long>, long[]> out = new HashMap<>();
        for (long[] a : t.attractors()) {
            List<Long> key = new ArrayList<>();
            for (long x : a) {
                key.add(x);
            }
            out.put(key, t.perPhase(a[0]));
        }
        return out;
    }

    private static void assertSameTally(Map<List<Long>, long[]> expected, Map<List<Long>, long[]> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what + ": attractors");
        expected.forEach((key, c) -> assertEquals(Arrays.toString(c), Arrays.toString(actual.get(key)),
                what + ": starts per phase of " + key));
    }

    @Property(tries = 2000)
    void streamedPhasesAndCountsEqualNaiveWalks(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int threads,
            @ForAll @IntRange(min = 0, max = 8) int cacheBits) {
        CibMatrix m = PrunedSearchTest.random(seed);
        SuccessionKernel k = new SuccessionKernel(m);
        BasinTally t = new StreamedBasins(k, threads, cacheBits, null).run(0, k.size - 1);
        assertSameTally(naive(m), asMap(t), "seed " + seed + ", cache bits " + cacheBits);
    }

    /**
     * Ranges cut anywhere (inside a block of the first-step pass too), caches of 1, 2 and 4 entries
     * (every lookup evicts: cycles and fixed points are found again and again) and the default one.
     */
    @Property(tries = 1000)
    void rangesCutAnywhereWithTinyCachesEqualNaiveWalks(@ForAll long seed) {
        CibMatrix m = PrunedSearchTest.random(seed);
        SuccessionKernel k = new SuccessionKernel(m);
        Random r = new Random(seed);
        long a = (long) (r.nextDouble() * k.size);
        long b = a + (long) (r.nextDouble() * (k.size - a));
        Map<List<Long>, long[]> oracle = naive(m, a, b);
        for (int bits : new int[] {0, 1, 2, StreamedBasins.CACHE_BITS_DEFAULT}) {
            BasinTally t = new StreamedBasins(k, 1 + r.nextInt(3), bits, null).run(a, b);
            assertSameTally(oracle, asMap(t), "seed " + seed + ", range " + a + ":" + b + ", cache bits " + bits);
        }
    }

    /**
     * Ranks far beyond an int (3^38 scenarios, about 1.4 · 10^18, ranks in two ints in the first-step
     * pass, cache tags of 40 bits and more): ranges near 2^40, 2^60 and the end of the space.
     */
    @org.junit.jupiter.api.Test
    void ranksBeyondAnIntEqualNaiveWalks() {
        CibMatrix m = CibMatrices.random3(38, 38);
        SuccessionKernel k = new SuccessionKernel(m);
        assertTrue(k.firstSteps() != null && k.firstSteps().loSpan() < k.size / 2, "the pass splits ranks in two ints");
        for (long a : new long[] {1L << 40, (1L << 60) + 12345, k.size - 3000}) {
            long b = Math.min(k.size - 1, a + 2999);
            Map<List<Long>, long[]> oracle = naive(m, a, b);
            for (int bits : new int[] {1, 6, StreamedBasins.CACHE_BITS_DEFAULT}) {
                BasinTally t = new StreamedBasins(k, 2, bits, null).run(a, b);
                assertSameTally(oracle, asMap(t), "range " + a + ":" + b + ", cache bits " + bits);
            }
        }
    }

    @Property(tries = 1000)
    void streamedEqualsInMemoryEqualsMergedRandomRanges(@ForAll long seed) {
        CibMatrix m = PrunedSearchTest.random(seed);
        SuccessionResult mem = IN_MEMORY.weights(m);
        SuccessionResult streamed = STREAMED.weights(m);
        assertEquals(mem.fixedPoints(), streamed.fixedPoints());
        assertEquals(mem.cycles(), streamed.cycles());
        assertEquals(mem.fixedPoints(), merged(m, new Random(seed), 1 + new Random(seed).nextInt(6)).fixedPoints());
        assertEquals(mem.cycles(), merged(m, new Random(seed), 1 + new Random(seed).nextInt(6)).cycles());
    }

    /** The weights of m from {@code parts} random ranges computed apart and merged in a random order. */
    static SuccessionResult merged(CibMatrix m, Random r, int parts) {
        return Basins.merged(STREAMED, m, r, parts);
    }

    @org.junit.jupiter.api.Test
    void theSixtyMillionBenchmarkStreamedEqualsInMemory() throws IOException {
        CibMatrix m = ScwReader.read(Resources.path(CibCasesTest.ROOT + "iaindm-bench-50x50/project.scw")).matrix();
        SuccessionResult mem = IN_MEMORY.weights(m);
        SuccessionResult parts = merged(m, new Random(50), 3);
        assertEquals(mem.fixedPoints(), parts.fixedPoints());
        assertEquals(mem.cycles(), parts.cycles());
    }

    @org.junit.jupiter.api.Test
    void mergeRefusesGapsOverlapsOtherMatricesAndOtherSettings() throws IOException {
        CibMatrix m = CibCasesTest.csv("cibsa-global"); // 36 scenarios
        SuccessionPart a = STREAMED.weights(m, 0, 9).withSource("a.part");
        SuccessionPart b = STREAMED.weights(m, 10, 35).withSource("b.part");
        SuccessionPart gap = STREAMED.weights(m, 12, 35).withSource("c.part");
        SuccessionPart over = STREAMED.weights(m, 9, 35).withSource("d.part");
        assertEquals(IN_MEMORY.weights(m).fixedPoints(), STREAMED.result(m, List.of(b, a)).fixedPoints());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SuccessionPart.merge(List.of(a, gap)));
        assertTrue(e.getMessage().contains("a.part") && e.getMessage().contains("c.part")
                && e.getMessage().contains("gap") && e.getMessage().contains("10:11"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> SuccessionPart.merge(List.of(over, a)));
        assertTrue(e.getMessage().contains("a.part") && e.getMessage().contains("d.part")
                && e.getMessage().contains("overlap") && e.getMessage().contains("9:9"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> STREAMED.result(m, List.of(b)));
        assertTrue(e.getMessage().contains("0:9"), e.getMessage());
        int[][] c = m.toArray();
        c[0][5] += 1;
        CibMatrix other = CibMatrix.of(m.space(), c);
        SuccessionPart foreign = STREAMED.weights(other, 10, 35).withSource("e.part");
        e = assertThrows(InvalidInputException.class, () -> SuccessionPart.merge(List.of(a, foreign)));
        assertTrue(e.getMessage().contains("different matrices") && e.getMessage().contains("e.part"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> STREAMED.result(other, List.of(a, b)));
        assertTrue(e.getMessage().contains("another matrix"), e.getMessage());
        SuccessionPart otherSettings = new SuccessionPart(b.fingerprint(), b.spaceSize(), "succession=sequential",
                b.library(), b.first(), b.last(), b.basins(), "f.part");
        e = assertThrows(InvalidInputException.class, () -> SuccessionPart.merge(List.of(a, otherSettings)));
        assertTrue(e.getMessage().contains("different settings") && e.getMessage().contains("f.part"), e.getMessage());
    }
}
