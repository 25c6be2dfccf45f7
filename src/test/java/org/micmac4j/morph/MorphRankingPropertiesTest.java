package org.micmac4j.morph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import org.micmac4j.scenario.Descriptor;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * The ordinal ranking (branch and bound) against a full enumeration followed by a sort (score
 * descending, ties in lexicographic order), on small random ordinal fields of up to 8 parameters,
 * with every exclusion threshold and list length.
 */
class MorphRankingPropertiesTest {

    /** A random ordinal field: 2..8 parameters of 1..4 values, scores −2..+2, some unary exclusions. */
    static MorphologicalField randomOrdinal(long seed) {
        Random rnd = new Random(seed);
        int n = 2 + rnd.nextInt(7);
        List<Descriptor> ds = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            int k = 1 + rnd.nextInt(4);
            String[] ids = new String[k];
            for (int v = 0; v < k; v++) {
                ids[v] = "v" + v;
            }
            ds.add(Descriptor.ofIds("P" + p, ids));
        }
        ScenarioSpace space = ScenarioSpace.of(ds);
        int total = space.totalVariants();
        boolean fewScores = rnd.nextBoolean(); // many ties
        int[][] s = new int[total][total];
        for (int a = 0; a < total; a++) {
            for (int b = a + 1; b < total; b++) {
                int score = fewScores ? rnd.nextInt(2) : -2 + rnd.nextInt(5);
                s[a][b] = score;
                s[b][a] = score;
            }
        }
        MorphologicalField f = MorphologicalField.of(space, PairScale.ORDINAL, s);
        for (int g = 0; g < total; g++) {
            if (rnd.nextInt(15) == 0) {
                int p = space.descriptorOf(g);
                f = f.withExcluded("P" + p, space.descriptor(p).variant(g - space.offset(p)).id());
            }
        }
        return f;
    }

    /** Oracle: every configuration, consistent under the threshold, sorted by score then lexicographically. */
    static List<Scenario> enumerateAndSort(MorphologicalField f, int threshold, int k) {
        ScenarioSpace space = f.space();
        long size = space.requireAtMost(1_000_000, "brute force");
        List<Scenario> all = new ArrayList<>();
        for (long r = 0; r < size; r++) {
            Scenario s = space.scenarioAt(r);
            if (consistent(f, s, threshold)) {
                all.add(s);
            }
        }
        return all.stream().sorted(Comparator.comparingInt((Scenario s) -> -MorphPropertiesTest.score(f, s))
                .thenComparing(Comparator.naturalOrder())).limit(k).toList();
    }

    private static boolean consistent(MorphologicalField f, Scenario s, int threshold) {
        ScenarioSpace space = f.space();
        for (int p = 0; p < space.descriptorCount(); p++) {
            int a = space.offset(p) + s.variant(p);
            if (!f.isAllowed(a)) {
                return false;
            }
            for (int q = p + 1; q < space.descriptorCount(); q++) {
                if (f.score(a, space.offset(q) + s.variant(q)) <= threshold) {
                    return false;
                }
            }
        }
        return true;
    }

    @Property(tries = 1500)
    void branchAndBoundEqualsEnumerationAndSort(@ForAll long seed, @ForAll @IntRange(min = 1, max = 25) int k,
            @ForAll @IntRange(min = -2, max = 0) int threshold) {
        MorphologicalField f = randomOrdinal(seed);
        MorphologicalResult r = MorphologicalAnalysis.withDefaults().withLimit(k).withOrdinalExclusion(threshold)
                .analyze(f);
        List<Scenario> want = enumerateAndSort(f, threshold, k);
        assertEquals(want, r.configurations().stream().map(Configuration::scenario).toList());
        for (Configuration c : r.configurations()) {
            assertEquals(MorphPropertiesTest.score(f, c.scenario()), c.score().getAsInt());
        }
    }

    /** One field analysed under several thresholds in turn (its kernel is cached per pair table). */
    @Property(tries = 200)
    void thresholdsInTurnOnOneFieldAndItsCopies(@ForAll long seed) {
        MorphologicalField f = randomOrdinal(seed);
        MorphologicalField fixed = f.withFixed("P0", "v0"); // shares the pair table
        for (int t : new int[] {-2, 0, -1, -2}) {
            MorphologicalAnalysis a = MorphologicalAnalysis.withDefaults().withLimit(5).withOrdinalExclusion(t);
            assertEquals(enumerateAndSort(f, t, 5),
                    a.analyze(f).configurations().stream().map(Configuration::scenario).toList());
            assertEquals(enumerateAndSort(fixed, t, 5),
                    a.analyze(fixed).configurations().stream().map(Configuration::scenario).toList());
        }
    }

    /** The bound does cut: the best configuration of a large field is found without reaching most of them. */
    @Property(tries = 20)
    void theBoundPrunes(@ForAll long seed) {
        Random rnd = new Random(seed);
        int n = 10;
        List<Descriptor> ds = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            ds.add(Descriptor.ofIds("P" + p, "a", "b", "c", "d"));
        }
        ScenarioSpace space = ScenarioSpace.of(ds);
        int total = space.totalVariants();
        int[][] s = new int[total][total];
        for (int a = 0; a < total; a++) {
            for (int b = a + 1; b < total; b++) {
                s[a][b] = -1 + rnd.nextInt(4);
                s[b][a] = s[a][b];
            }
        }
        MorphologicalField f = MorphologicalField.of(space, PairScale.ORDINAL, s);
        FieldSearch search = new FieldSearch(space.variantCounts(), allCompatible(space));
        RankedSearch ranked = new RankedSearch(search, f.scoreTable(), allCompatible(space));
        long[] domain = new long[search.words()];
        for (int p = 0; p < n; p++) {
            domain[p] = 0b1111;
        }
        List<RankedSearch.Ranked> top = ranked.top(domain, 1, new SearchBudget(Long.MAX_VALUE, null));
        assertEquals(1, top.size());
        assertTrue(ranked.leavesReached() < space.size().longValue() / 10, ranked.leavesReached() + " leaves");
    }

    private static long[][] allCompatible(ScenarioSpace space) {
        long[][] m = new long[space.totalVariants()][space.descriptorCount()];
        for (long[] row : m) {
            for (int p = 0; p < space.descriptorCount(); p++) {
                row[p] = (1L << space.variantCount(p)) - 1;
            }
        }
        return m;
    }
}
