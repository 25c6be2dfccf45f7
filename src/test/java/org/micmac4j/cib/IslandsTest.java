package org.micmac4j.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.micmac4j.scenario.Descriptor;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * Independent descriptor groups ("islands"): matrices made of planted groups, coupled across
 * groups only by blocks in which one descriptor has no say over another (rows that are constant,
 * or equal to the first row plus a constant), so that their solution sets are products. The count
 * and the first scenarios listed are checked against the plain enumeration of the whole space
 * (brute force), and the count of a 10^30 space against the product of its groups enumerated
 * apart.
 */
class IslandsTest {

    /**
     * Groups of consecutive or interleaved descriptors; within a group random cells, across groups
     * blocks whose rows are a random base row plus a per-row constant.
     */
    static CibMatrix planted(long seed, int[] groupOf, int[] variants, int range) {
        Random r = new Random(seed);
        List<Descriptor> ds = new ArrayList<>();
        for (int d = 0; d < variants.length; d++) {
            String[] v = new String[variants[d]];
            for (int i = 0; i < v.length; i++) {
                v[i] = "v" + i;
            }
            ds.add(Descriptor.ofIds("D" + d, v));
        }
        ScenarioSpace s = ScenarioSpace.of(ds);
        int n = s.totalVariants();
        int[][] c = new int[n][n];
        for (int i = 0; i < variants.length; i++) {
            for (int j = 0; j < variants.length; j++) {
                if (i == j) {
                    continue;
                }
                int[] base = new int[variants[j]];
                for (int b = 0; b < base.length; b++) {
                    base[b] = r.nextInt(2 * range + 1) - range;
                }
                for (int v = 0; v < variants[i]; v++) {
                    int shift = r.nextInt(5) - 2;
                    for (int b = 0; b < variants[j]; b++) {
                        c[s.offset(i) + v][s.offset(j) + b] = groupOf[i] == groupOf[j]
                                ? r.nextInt(2 * range + 1) - range : base[b] + shift;
                    }
                }
            }
        }
        return CibMatrix.of(s, c);
    }

    @Property(tries = 300)
    void splitCountAndFirstListedEqualBruteForce(@ForAll long seed, @ForAll @IntRange(min = 0, max = 2) int k,
            @ForAll @IntRange(min = 1, max = 30) int limit) {
        Random r = new Random(seed);
        int nd = 2 + r.nextInt(5);
        int[] groupOf = new int[nd];
        int[] variants = new int[nd];
        int groups = 1 + r.nextInt(nd);
        for (int d = 0; d < nd; d++) {
            groupOf[d] = r.nextInt(groups);
            variants[d] = 1 + r.nextInt(4);
        }
        CibMatrix m = planted(seed, groupOf, variants, 1 + r.nextInt(3));
        Cib split = Cib.withDefaults().withMaxInconsistency(k).withLimit(limit);
        CibResult got = split.solve(m);
        CibResult brute = Cib.withDefaults().withMaxInconsistency(k).withAlgorithm(Algorithm.PLAIN).solve(m);
        assertEquals(brute.count(), got.count());
        List<CibScenario> first = brute.scenarios().subList(0, Math.min(limit, brute.size()));
        assertEquals(first, got.scenarios());
        BigInteger product = got.groups().stream().map(g -> BigInteger.valueOf(g.count()))
                .reduce(BigInteger.ONE, BigInteger::multiply);
        assertEquals(got.count(), product);
        assertTrue(got.groups().size() >= 1);
    }

    @Test
    void aThirtyDigitSpaceOfIndependentGroupsIsCountedExactly() {
        // 100 descriptors of 2 variants: 10 interleaved groups of 5 and 50 descriptors on which
        // nobody has a say (every score ties: both variants consistent); 2^100 ≈ 1.27·10^30 scenarios
        int nd = 100;
        int[] groupOf = new int[nd];
        int[] variants = new int[nd];
        for (int d = 0; d < nd; d++) {
            groupOf[d] = d < 50 ? d % 10 : d;
            variants[d] = 2;
        }
        int[][] c = planted(30, groupOf, variants, 3).toArray();
        for (int r = 0; r < 2 * nd; r++) {
            for (int col = 100; col < 2 * nd; col++) {
                c[r][col] = 0;
            }
        }
        CibMatrix m = CibMatrix.of(planted(30, groupOf, variants, 3).space(), c);
        assertEquals(BigInteger.TWO.pow(100), m.space().size());
        CibResult r = Cib.withDefaults().withLimit(1000).solve(m);
        // the oracle: each group's descriptors enumerated apart on the whole matrix (brute force)
        BigInteger expected = BigInteger.ONE;
        for (int g = 0; g < 10; g++) {
            List<Integer> ds = new ArrayList<>();
            for (int d = g; d < 50; d += 10) {
                ds.add(d);
            }
            expected = expected.multiply(bruteCount(m, ds));
        }
        for (int d = 50; d < nd; d++) {
            expected = expected.multiply(bruteCount(m, List.of(d)));
        }
        assertEquals(expected, r.count());
        assertTrue(r.count().compareTo(BigInteger.TEN.pow(15)) > 0, "a large kernel: " + r.count());
        assertEquals(60, r.groups().size());
        assertEquals(1000, r.size());
        for (int i = 1; i < r.size(); i++) {
            assertTrue(CibScenario.ORDER.compare(r.scenarios().get(i - 1), r.scenarios().get(i)) < 0);
        }
        r.scenarios().forEach(x -> assertEquals(0, m.balance(x.scenario()).inconsistency()));
    }

    /**
     * Consistent scenarios of the sub-matrix of some descriptors: every combination checked on
     * the whole matrix with the other descriptors at variant 0 (they add the same to every score
     * of the group's descriptors, so the group's consistency does not depend on them).
     */
    private static BigInteger bruteCount(CibMatrix m, List<Integer> ds) {
        int nd = m.space().descriptorCount();
        long count = 0;
        for (int mask = 0; mask < 1 << ds.size(); mask++) {
            int[] z = new int[nd];
            for (int q = 0; q < ds.size(); q++) {
                z[ds.get(q)] = mask >> q & 1;
            }
            int[] theta = m.balance(m.space().scenario(z)).scores();
            boolean ok = true;
            for (int d : ds) {
                int o = m.space().offset(d);
                ok &= theta[o + z[d]] >= theta[o + 1 - z[d]];
            }
            count += ok ? 1 : 0;
        }
        return BigInteger.valueOf(count);
    }
}
