package org.micmac4j.morph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.micmac4j.scenario.Descriptor;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * The search against brute force (every configuration tested pair by pair) on small random
 * fields, and its symmetries.
 */
class MorphPropertiesTest {
    /** A random field: 1..6 parameters of 1..4 values (some of 65..70 for multi-word masks), random scores. */
    record Case(MorphologicalField field, long seed) {
        @Override
        public String toString() {
            return "Case(seed=" + seed + ", " + field + ")";
        }
    }

    @Provide
    Arbitrary<Case> fields() {
        return Arbitraries.longs().map(seed -> new Case(random(new Random(seed)), seed));
    }

    static MorphologicalField random(Random rnd) {
        int n = 1 + rnd.nextInt(6);
        boolean wide = rnd.nextInt(10) == 0;
        List<Descriptor> ds = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            int k = wide && p == 0 ? 65 + rnd.nextInt(6) : 1 + rnd.nextInt(4);
            String[] ids = new String[k];
            for (int v = 0; v < k; v++) {
                ids[v] = "v" + v;
            }
            ds.add(Descriptor.ofIds("P" + p, ids));
        }
        ScenarioSpace space = ScenarioSpace.of(ds);
        PairScale scale = rnd.nextBoolean() ? PairScale.BINARY : PairScale.ORDINAL;
        double exclude = rnd.nextDouble() * 0.6;
        int total = space.totalVariants();
        int[][] s = new int[total][total];
        for (int a = 0; a < total; a++) {
            for (int b = a + 1; b < total; b++) {
                int score;
                if (scale == PairScale.BINARY) {
                    score = rnd.nextDouble() < exclude ? 0 : 1;
                } else {
                    score = rnd.nextDouble() < exclude ? -2 : -1 + rnd.nextInt(4);
                }
                s[a][b] = score;
                s[b][a] = score;
            }
        }
        MorphologicalField f = MorphologicalField.of(space, scale, s);
        for (int g = 0; g < total; g++) {
            if (rnd.nextInt(12) == 0) {
                int p = space.descriptorOf(g);
                f = f.withExcluded("P" + p, space.descriptor(p).variant(g - space.offset(p)).id());
            }
        }
        return f;
    }

    /** Oracle: every configuration, every pair tested. Returns them in lexicographic order. */
    static List<Scenario> bruteForce(MorphologicalField f) {
        ScenarioSpace space = f.space();
        long size = space.requireAtMost(1_000_000, "brute force");
        List<Scenario> out = new ArrayList<>();
        for (long r = 0; r < size; r++) {
            Scenario s = space.scenarioAt(r);
            if (consistent(f, s)) {
                out.add(s);
            }
        }
        return out;
    }

    static boolean consistent(MorphologicalField f, Scenario s) {
        ScenarioSpace space = f.space();
        int n = space.descriptorCount();
        for (int p = 0; p < n; p++) {
            int a = space.offset(p) + s.variant(p);
            if (!f.isAllowed(a)) {
                return false;
            }
            for (int q = p + 1; q < n; q++) {
                int b = space.offset(q) + s.variant(q);
                int score = f.score(a, b);
                if (f.scale() == PairScale.BINARY ? score == 0 : score <= -2) {
                    return false;
                }
            }
        }
        return true;
    }

    static int score(MorphologicalField f, Scenario s) {
        ScenarioSpace space = f.space();
        int sum = 0;
        for (int p = 0; p < space.descriptorCount(); p++) {
            for (int q = p + 1; q < space.descriptorCount(); q++) {
                sum += f.score(space.offset(p) + s.variant(p), space.offset(q) + s.variant(q));
            }
        }
        return sum;
    }

    @Property(tries = 600)
    void countSurvivalAndListEqualBruteForce(@ForAll("fields") Case c) {
        MorphologicalField f = c.field();
        List<Scenario> all = bruteForce(f);
        MorphologicalResult r = MorphologicalAnalysis.withDefaults().withLimit(50).analyze(f);
        assertEquals(BigInteger.valueOf(all.size()), r.count());
        ScenarioSpace space = f.space();
        for (int g = 0; g < space.totalVariants(); g++) {
            int p = space.descriptorOf(g);
            int v = g - space.offset(p);
            long expected = all.stream().filter(s -> s.variant(p) == v).count();
            assertEquals(BigInteger.valueOf(expected), r.survival(g), f.label(g));
        }
        List<Scenario> expectedList;
        if (f.scale() == PairScale.BINARY) {
            expectedList = all.subList(0, Math.min(50, all.size()));
        } else {
            expectedList = all.stream()
                    .sorted(Comparator.comparingInt((Scenario s) -> -score(f, s))
                    .thenComparing(Comparator.naturalOrder())).limit(50).toList();
            for (Configuration conf : r.configurations()) {
                assertEquals(score(f, conf.scenario()), conf.score().getAsInt());
            }
        }
        assertEquals(expectedList, r.configurations().stream().map(Configuration::scenario).toList());
    }

    @Property(tries = 300)
    void permutingParametersPermutesTheSolutions(@ForAll("fields") Case c, @ForAll long seed) {
        MorphologicalField f = c.field();
        ScenarioSpace space = f.space();
        int n = space.descriptorCount();
        List<Integer> perm = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            perm.add(p);
        }
        java.util.Collections.shuffle(perm, new Random(seed));
        List<Descriptor> ds = perm.stream().map(space::descriptor).toList();
        ScenarioSpace ps = ScenarioSpace.of(ds);
        int total = space.totalVariants();
        int[][] s = new int[total][total];
        for (int a = 0; a < total; a++) {
            for (int b = 0; b < total; b++) {
                int pa = ps.descriptorOf(a);
                int pb = ps.descriptorOf(b);
                if (pa != pb) {
                    s[a][b] = f.score(orig(space, ps, perm, a), orig(space, ps, perm, b));
                }
            }
        }
        MorphologicalField pf = MorphologicalField.of(ps, f.scale(), s);
        for (int a = 0; a < total; a++) {
            if (!f.isAllowed(orig(space, ps, perm, a))) {
                int pa = ps.descriptorOf(a);
                pf = pf.withExcluded(ps.descriptor(pa).id(), ps.descriptor(pa).variant(a - ps.offset(pa)).id());
            }
        }
        MorphologicalAnalysis all = MorphologicalAnalysis.withDefaults().withLimit(MorphologicalAnalysis.LIMIT_MAX);
        MorphologicalResult original = all.analyze(f);
        assertTrue(original.isComplete(), "every configuration listed");
        Set<List<String>> expected = new HashSet<>();
        for (Configuration conf : original.configurations()) {
            List<String> ids = space.labels(conf.scenario());
            expected.add(perm.stream().map(ids::get).toList());
        }
        Set<List<String>> actual = new HashSet<>();
        for (Configuration conf : all.analyze(pf).configurations()) {
            actual.add(ps.labels(conf.scenario()));
        }
        assertEquals(expected, actual);
    }

    private static int orig(ScenarioSpace space, ScenarioSpace ps, List<Integer> perm, int flatInPermuted) {
        int p = ps.descriptorOf(flatInPermuted);
        return space.offset(perm.get(p)) + flatInPermuted - ps.offset(p);
    }

    @Property(tries = 300)
    void inferenceEqualsFilteringTheFullList(@ForAll("fields") Case c, @ForAll long seed) {
        MorphologicalField f = c.field();
        ScenarioSpace space = f.space();
        Random rnd = new Random(seed);
        Map<String, String> fixed = new LinkedHashMap<>();
        Map<Integer, Integer> fixedIdx = new LinkedHashMap<>();
        for (int p = 0; p < space.descriptorCount(); p++) {
            if (rnd.nextInt(3) == 0) {
                int v = rnd.nextInt(space.variantCount(p));
                fixed.put(space.descriptor(p).id(), space.descriptor(p).variant(v).id());
                fixedIdx.put(p, v);
            }
        }
        List<Scenario> kept = bruteForce(f).stream()
                .filter(s -> fixedIdx.entrySet().stream().allMatch(e -> s.variant(e.getKey()) == e.getValue()))
                .toList();
        MorphologicalResult r = MorphologicalAnalysis.withDefaults().infer(f, fixed);
        assertEquals(BigInteger.valueOf(kept.size()), r.count());
        for (int p = 0; p < space.descriptorCount(); p++) {
            int pp = p;
            List<String> possible = kept.stream().map(s -> s.variant(pp)).distinct().sorted()
                    .map(v -> space.descriptor(pp).variant(v).id()).toList();
            assertEquals(possible, r.possibleValues(p).stream().map(v -> v.id()).toList());
        }
    }
}
