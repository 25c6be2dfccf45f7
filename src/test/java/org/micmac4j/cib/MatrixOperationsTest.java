package org.micmac4j.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.micmac4j.InvalidInputException;
import org.micmac4j.scenario.Descriptor;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;

/** The matrix operations of {@link CibMatrix}, cell by cell and through their solution sets (brute force). */
class MatrixOperationsTest {

    @Property(tries = 500)
    void scalingByAPositiveFactorScalesEveryInconsistency(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 9) int f) {
        CibMatrix m = CibPropertiesTest.random(seed);
        CibMatrix s = m.scaled(f);
        for (int r = 0; r < m.size(); r++) {
            for (int c = 0; c < m.size(); c++) {
                assertEquals(f * m.cell(r, c), s.cell(r, c));
            }
        }
        var all = BruteForce.solve(m, Integer.MAX_VALUE / 16, BruteForce.free(m), z -> true);
        var scaled = BruteForce.solve(s, Integer.MAX_VALUE / 16, BruteForce.free(m), z -> true);
        all.forEach((z, x) -> {
            assertEquals(f * x.inconsistency(), scaled.get(z).inconsistency());
            assertEquals(f * x.consistencyValue(), scaled.get(z).consistencyValue());
        });
        assertEquals(Cib.withDefaults().solve(m).scenarios().stream().map(CibScenario::scenario).toList(),
                Cib.withDefaults().solve(s).scenarios().stream().map(CibScenario::scenario).toList());
        assertEquals(m.scaled(-1).scaled(-1), m);
    }

    @Test
    void scalingBeyondTheLimitIsRefusedNamingTheCell() {
        ScenarioSpace s = ScenarioSpace.of(Descriptor.ofIds("A", "a1", "a2"), Descriptor.ofIds("B", "b1", "b2"));
        int[][] c = new int[4][4];
        c[0][2] = 3;
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CibMatrix.of(s, c).scaled(1 << 29));
        assertTrue(e.getMessage().contains("A:a1") && e.getMessage().contains("B:b1"), e.getMessage());
    }

    @Property(tries = 300)
    void transposingSwapsRowsAndColumnsAndTwiceIsTheIdentity(@ForAll long seed) {
        CibMatrix m = CibPropertiesTest.random(seed);
        CibMatrix t = m.transposed();
        for (int r = 0; r < m.size(); r++) {
            for (int c = 0; c < m.size(); c++) {
                assertEquals(m.cell(c, r), t.cell(r, c));
            }
        }
        assertEquals(m, t.transposed());
        assertEquals(m.space(), t.space());
    }

    @Property(tries = 300)
    void sumAndMeanCellByCell(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int count) {
        CibMatrix m = CibPropertiesTest.random(seed);
        Random r = new Random(seed);
        List<CibMatrix> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int[][] c = m.toArray();
            for (int[] row : c) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = r.nextInt(7) - 3;
                }
            }
            members.add(CibMatrix.of(m.space(), c));
        }
        CibMatrix sum = CibMatrix.sum(members);
        CibMatrix mean = CibMatrix.mean(members);
        for (int x = 0; x < m.size(); x++) {
            for (int y = 0; y < m.size(); y++) {
                int total = 0;
                for (CibMatrix k : members) {
                    total += k.cell(x, y);
                }
                assertEquals(total, sum.cell(x, y));
                double exact = total / (double) count;
                long rounded = (long) Math.signum(exact) * Math.round(Math.abs(exact)); // halves away from zero
                assertEquals(rounded, mean.cell(x, y), total + "/" + count);
            }
        }
        // the sum's solution set is the exact mean's: scores summed over members
        var want = new ArrayList<Scenario>();
        for (long rank = 0; rank < m.space().size().longValue(); rank++) {
            int[] z = m.space().scenarioAt(rank).variants();
            long[] theta = new long[m.size()];
            for (CibMatrix k : members) {
                int[] t = BruteForce.scores(k, z);
                for (int i = 0; i < t.length; i++) {
                    theta[i] += t[i];
                }
            }
            boolean consistent = true;
            for (int j = 0; j < z.length; j++) {
                for (int b = 0; b < m.space().variantCount(j); b++) {
                    consistent &= theta[m.space().flatIndex(j, b)] <= theta[m.space().flatIndex(j, z[j])];
                }
            }
            if (consistent) {
                want.add(Scenario.of(z));
            }
        }
        assertEquals(want.stream().sorted().toList(),
                Cib.withDefaults().solve(sum).scenarios().stream().map(CibScenario::scenario).sorted().toList());
    }

    @Test
    void meanRoundsHalvesAwayFromZero() {
        ScenarioSpace s = ScenarioSpace.of(Descriptor.ofIds("A", "a1"), Descriptor.ofIds("B", "b1"));
        CibMatrix one = CibMatrix.of(s, new int[][] {{0, 1}, {-1, 0}});
        CibMatrix two = CibMatrix.of(s, new int[][] {{0, 2}, {-2, 0}});
        CibMatrix mean = CibMatrix.mean(List.of(one, two));
        assertEquals(2, mean.cell(0, 1));
        assertEquals(-2, mean.cell(1, 0));
        assertThrows(InvalidInputException.class, () -> CibMatrix.sum(List.of()));
    }

    @Property(tries = 300)
    void subMatrixKeepsTheChosenRowsAndColumnsInOrder(@ForAll long seed) {
        CibMatrix m = CibPropertiesTest.random(seed);
        ScenarioSpace s = m.space();
        Random r = new Random(seed);
        List<Integer> chosen = new ArrayList<>();
        for (int d = 0; d < s.descriptorCount(); d++) {
            if (r.nextBoolean() || d == s.descriptorCount() - 1 && chosen.isEmpty()) {
                chosen.add(r.nextBoolean() ? chosen.size() : 0, d);
            }
        }
        CibMatrix sub = m.restrictedTo(chosen.stream().map(d -> s.descriptor(d).id()).toList());
        ScenarioSpace ss = sub.space();
        assertEquals(chosen.size(), ss.descriptorCount());
        for (int a = 0; a < chosen.size(); a++) {
            for (int b = 0; b < chosen.size(); b++) {
                for (int v = 0; v < ss.variantCount(a); v++) {
                    for (int w = 0; w < ss.variantCount(b); w++) {
                        assertEquals(m.impact(chosen.get(a), v, chosen.get(b), w), sub.impact(a, v, b, w));
                    }
                }
            }
        }
    }

    @Test
    void subMatrixNamesUnknownAndRepeatedDescriptors() {
        CibMatrix m = CibPropertiesTest.random(3);
        String first = m.space().descriptor(0).id();
        assertThrows(InvalidInputException.class, () -> m.restrictedTo(List.of("nope")));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> m.restrictedTo(List.of(first, first)));
        assertTrue(e.getMessage().contains("listed twice"), e.getMessage());
    }
}
