package org.micmac4j.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * The pruned search with and without its bitset suffix join, at every join size, built from the
 * start or during the search, against the brute-force oracle of {@link CibPropertiesTest} (every
 * scenario enumerated, every score summed).
 */
class PrunedSearchTest {

    /** 1-6 descriptors of 1-4 variants, or 1-3 descriptors of up to 9; cells in -r..r, own blocks sometimes set. */
    static CibMatrix random(long seed) {
        Random r = new Random(seed);
        boolean wide = r.nextInt(4) == 0;
        ScenarioSpace s = CibPropertiesTest.randomSpace(r, 1 + r.nextInt(wide ? 3 : 6), wide ? 9 : 4);
        int n = s.totalVariants();
        int range = 1 + r.nextInt(5);
        boolean own = r.nextInt(4) == 0;
        int[][] c = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (own || s.descriptorOf(i) != s.descriptorOf(j)) {
                    c[i][j] = r.nextInt(2 * range + 1) - range;
                }
            }
        }
        return CibMatrix.of(s, c);
    }

    static Map<Scenario, Integer> search(CibMatrix m, int k, int joinCombinations, long budget, int threads) {
        List<Solutions> found = new PrunedSearch(m, SearchOrder.greedy(m), k, Integer.MAX_VALUE, joinCombinations,
                budget).run(threads);
        Map<Scenario, Integer> out = new HashMap<>();
        for (int[] z : found.stream().flatMap(f -> f.all().stream()).toList()) {
            Scenario s = Scenario.of(z);
            Integer before = out.put(s, m.balance(s).inconsistency());
            assertEquals(null, before, "found twice: " + s);
        }
        return out;
    }

    @Property(tries = 1500)
    void everyJoinSizeEqualsBruteForce(@ForAll long seed, @ForAll @IntRange(min = 0, max = 4) int k) {
        CibMatrix m = random(seed);
        Map<Scenario, Integer> want = CibPropertiesTest.oracle(m, k);
        for (int join : new int[] {0, 4, 9, 27, 100, PrunedSearch.JOIN_COMBINATIONS_DEFAULT}) {
            assertEquals(want, search(m, k, join, 0, 1), "join " + join + " from the start");
        }
        // the join built mid-search (after 256 nodes, the first budget check): part one by one, part joined
        assertEquals(want, search(m, k, 9, 1, 1), "join 9 after the first nodes");
        assertEquals(want, search(m, k, 27, -1, 1), "join 27, default budget");
        assertEquals(want, search(m, k, 9, 0, 3), "join 9, 3 threads");
    }
}
