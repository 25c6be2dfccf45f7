package org.micmac4j.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.micmac4j.cib.io.CibCsv;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * Leverage cells against brute force: for every cell between two descriptors, every change in
 * scale tried in the defined order (|k| ascending, decrease first), the solution set of the changed
 * matrix enumerated from the definitions ({@link BruteForce}), the first change that alters it
 * expected with what it gains and loses; cells with none expected absent. With K, interventions and
 * constraints. Every reported change is also re-solved with the library's solver.
 */
class LeverageTest {

    /** 2-4 descriptors of 2-3 variants, cells in −r..r (r 1..4), own blocks sometimes set. */
    static CibMatrix small(long seed) {
        Random r = new Random(seed);
        ScenarioSpace s = CibPropertiesTest.randomSpace(r, 2 + r.nextInt(3), 3);
        int n = s.totalVariants();
        int range = 1 + r.nextInt(4);
        boolean own = r.nextInt(4) == 0;
        int[][] c = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if ((own || s.descriptorOf(i) != s.descriptorOf(j)) && r.nextInt(3) > 0) {
                    c[i][j] = r.nextInt(2 * range + 1) - range;
                }
            }
        }
        return CibMatrix.of(s, c);
    }

    record Expected(int change, List<Scenario> gained, List<Scenario> lost) {
    }

    static Map<List<Integer>, Expected> oracle(CibMatrix m, int k, int[] fixed, BruteForce.RandomRules rules,
            int scale) {
        ScenarioSpace s = m.space();
        int n = m.size();
        int[][] c = m.toArray();
        int range = scale;
        for (int[] row : c) {
            for (int x : row) {
                range = Math.max(range, Math.abs(x));
            }
        }
        Set<Scenario> base = BruteForce.solve(m, k, fixed, rules.feasible()).keySet();
        Map<List<Integer>, Expected> out = new HashMap<>();
        for (int r = 0; r < n; r++) {
            for (int col = 0; col < n; col++) {
                if (s.descriptorOf(r) == s.descriptorOf(col)) {
                    continue;
                }
                for (int mag = 1; mag <= 2 * range; mag++) {
                    Expected found = null;
                    for (int delta : new int[] {-mag, mag}) {
                        int v = c[r][col] + delta;
                        if (v < -range || v > range) {
                            continue;
                        }
                        int[][] changed = m.toArray();
                        changed[r][col] = v;
                        Set<Scenario> now = BruteForce.solve(CibMatrix.of(s, changed), k, fixed, rules.feasible())
                                .keySet();
                        if (!now.equals(base)) {
                            found = new Expected(delta, minus(now, base), minus(base, now));
                            break;
                        }
                    }
                    if (found != null) {
                        out.put(List.of(r, col), found);
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static List<Scenario> minus(Set<Scenario> a, Set<Scenario> b) {
        List<Scenario> out = new ArrayList<>();
        a.stream().filter(x -> !b.contains(x)).forEach(out::add);
        out.sort(null);
        return out;
    }

    @Property(tries = 1500)
    void everyCellEqualsTryingEveryChange(@ForAll long seed, @ForAll @IntRange(min = 0, max = 2) int k) {
        CibMatrix m = small(seed);
        Random r = new Random(seed + 17 * k);
        ScenarioSpace s = m.space();
        int[] fixed = r.nextInt(3) == 0 ? BruteForce.randomHeld(s, r) : BruteForce.free(m);
        BruteForce.RandomRules rules = BruteForce.rules(s, r, r.nextInt(3) == 0 ? 1 + r.nextInt(3) : 0);
        int scale = r.nextInt(4) == 0 ? 1 + r.nextInt(5) : Leverage.SCALE_DEFAULT;
        Map<List<Integer>, Expected> want = oracle(m, k, fixed, rules, scale);
        Cib cib = Cib.withDefaults().withMaxInconsistency(k).withThreads(1 + r.nextInt(2))
                .withIntervention(BruteForce.heldMap(s, fixed)).withConstraints(rules.constraints());
        LeverageResult got = Leverage.withDefaults().withCib(cib).withScale(scale).analyze(m);
        Map<List<Integer>, Expected> gotMap = new HashMap<>();
        for (LeverageResult.Cell c : got.cells()) {
            assertEquals(m.cell(c.from(), c.to()), c.value());
            Expected before = gotMap.put(List.of(c.from(), c.to()),
                    new Expected(c.change(), c.effect().gained(), c.effect().lost()));
            assertEquals(null, before, "listed twice");
        }
        assertEquals(want, gotMap);
        List<LeverageResult.Cell> sorted = new ArrayList<>(got.cells());
        sorted.sort(LeverageResult.FRAGILE_FIRST);
        assertEquals(sorted, got.cells());
    }

    /** The bundled study's 12-descriptor matrix: every reported change re-solved, no cell left out. */
    @Test
    void bundledStudyMatrixEveryReportedChangeResolves() throws Exception {
        CibMatrix m = CibCsv.read(Path.of("examples/hdf-industry-2040/cib-matrix.csv"));
        Cib cib = Cib.withDefaults();
        CibResult base = cib.solve(m);
        LeverageResult r = Leverage.withDefaults().analyze(m);
        assertTrue(r.cells().size() > 0);
        Set<List<Integer>> listed = new HashSet<>();
        for (LeverageResult.Cell c : r.cells()) {
            listed.add(List.of(c.from(), c.to()));
            int[][] changed = m.toArray();
            changed[c.from()][c.to()] += c.change();
            assertEquals(c.effect(), KernelChange.between(base, cib.solve(CibMatrix.of(m.space(), changed))),
                    m.space().label(c.from()) + " -> " + m.space().label(c.to()));
            // nothing smaller in scale changes it: the change one step closer to 0, and the opposite direction
            int step = c.change() < 0 ? 1 : -1;
            for (int d = c.change() + step; d != 0; d += step) {
                assertTrue(unchanged(cib, base, m, c.from(), c.to(), d, r.scale()));
                assertTrue(unchanged(cib, base, m, c.from(), c.to(), -d, r.scale()));
            }
            if (c.change() > 0) {
                assertTrue(unchanged(cib, base, m, c.from(), c.to(), -c.change(), r.scale()));
            }
        }
        // no cell left out: a sample of unlisted cells tried at every change in scale
        Random rnd = new Random(5);
        ScenarioSpace s = m.space();
        int tried = 0;
        while (tried < 40) {
            int from = rnd.nextInt(m.size());
            int to = rnd.nextInt(m.size());
            if (s.descriptorOf(from) == s.descriptorOf(to) || listed.contains(List.of(from, to))) {
                continue;
            }
            tried++;
            for (int d = -2 * r.scale(); d <= 2 * r.scale(); d++) {
                assertTrue(unchanged(cib, base, m, from, to, d, r.scale()), s.label(from) + " -> " + s.label(to));
            }
        }
    }

    private static boolean unchanged(Cib cib, CibResult base, CibMatrix m, int from, int to, int delta, int scale) {
        int v = m.cell(from, to) + delta;
        if (delta == 0 || v < -scale || v > scale) {
            return true;
        }
        int[][] changed = m.toArray();
        changed[from][to] = v;
        return KernelChange.between(base, cib.solve(CibMatrix.of(m.space(), changed))).isEmpty();
    }
}
