package org.micmac4j.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
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
import org.micmac4j.Draws;
import org.micmac4j.InvalidInputException;
import org.micmac4j.scenario.Descriptor;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;
import org.micmac4j.scenario.Variant;

/**
 * Properties of the CIB engine on small random matrices, against an oracle written here from the
 * definitions (every scenario enumerated, every score summed from the cells).
 */
class CibPropertiesTest {

    /** nd descriptors of 1..maxVariants variants each, named D0.., v0... */
    static ScenarioSpace randomSpace(Random r, int nd, int maxVariants) {
        List<Descriptor> ds = new ArrayList<>();
        for (int d = 0; d < nd; d++) {
            int k = 1 + r.nextInt(maxVariants);
            List<Variant> vs = new ArrayList<>();
            for (int v = 0; v < k; v++) {
                vs.add(Variant.of("v" + v));
            }
            ds.add(Descriptor.of("D" + d, vs));
        }
        return ScenarioSpace.of(ds);
    }

    /** A random matrix: 1-5 descriptors of 1-4 variants, cells in -3..3, own blocks sometimes non-zero. */
    static CibMatrix random(long seed) {
        Random r = new Random(seed);
        ScenarioSpace s = randomSpace(r, 1 + r.nextInt(5), 4);
        int n = s.totalVariants();
        boolean own = r.nextInt(4) == 0;
        boolean sparse = r.nextBoolean();
        int[][] c = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                boolean sameDescriptor = s.descriptorOf(i) == s.descriptorOf(j);
                if ((!sameDescriptor || own) && !(sparse && r.nextInt(3) == 0)) {
                    c[i][j] = r.nextInt(7) - 3;
                }
            }
        }
        return CibMatrix.of(s, c);
    }

    /** Oracle: IC of every scenario from the definition; returns scenario -> IC for IC <= k. */
    static Map<Scenario, Integer> oracle(CibMatrix m, int k) {
        ScenarioSpace s = m.space();
        int[][] c = m.toArray();
        Map<Scenario, Integer> out = new HashMap<>();
        for (long rank = 0; rank < s.size().longValue(); rank++) {
            Scenario z = s.scenarioAt(rank);
            int ic = 0;
            for (int j = 0; j < s.descriptorCount(); j++) {
                int[] score = new int[s.variantCount(j)];
                for (int b = 0; b < score.length; b++) {
                    for (int i = 0; i < s.descriptorCount(); i++) {
                        score[b] += c[s.flatIndex(i, z.variant(i))][s.flatIndex(j, b)];
                    }
                }
                for (int b = 0; b < score.length; b++) {
                    ic = Math.max(ic, score[b] - score[z.variant(j)]);
                }
            }
            if (ic <= k) {
                out.put(z, ic);
            }
        }
        return out;
    }

    static Map<Scenario, Integer> solved(Cib cib, CibMatrix m) {
        Map<Scenario, Integer> out = new HashMap<>();
        cib.solve(m).scenarios().forEach(s -> out.put(s.scenario(), s.inconsistency()));
        return out;
    }

    @Property(tries = 3000)
    void exactSolverEqualsBruteForce(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3) int k) {
        CibMatrix m = random(seed);
        Map<Scenario, Integer> want = oracle(m, k);
        Cib cib = Cib.withDefaults().withMaxInconsistency(k).withThreads(1);
        assertEquals(want, solved(cib, m));
        assertEquals(want, solved(cib.withIndependentGroups(false), m));
        assertEquals(want, solved(cib.withAlgorithm(Algorithm.SWEEP), m));
    }

    @Property(tries = 300)
    void parallelEqualsSequential(@ForAll long seed, @ForAll @IntRange(min = 0, max = 2) int k) {
        CibMatrix m = random(seed);
        Cib cib = Cib.withDefaults().withMaxInconsistency(k);
        assertEquals(cib.withThreads(1).solve(m).scenarios(), cib.withThreads(3).solve(m).scenarios());
    }

    @Property(tries = 500)
    void permutingDescriptorsAndVariantsPermutesTheSolutionSet(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 2) int k) {
        CibMatrix m = random(seed);
        ScenarioSpace s = m.space();
        Random r = new Random(seed ^ 0x5DEECE66DL);
        int nd = s.descriptorCount();
        List<Integer> dperm = new ArrayList<>();
        for (int d = 0; d < nd; d++) {
            dperm.add(d);
        }
        Collections.shuffle(dperm, r);
        List<int[]> vperm = new ArrayList<>();
        List<Descriptor> ds = new ArrayList<>();
        List<Integer> flat = new ArrayList<>(); // new flat index -> old flat index
        for (int nd2 = 0; nd2 < nd; nd2++) {
            int d = dperm.get(nd2);
            List<Integer> vp = new ArrayList<>();
            for (int v = 0; v < s.variantCount(d); v++) {
                vp.add(v);
            }
            Collections.shuffle(vp, r);
            vperm.add(vp.stream().mapToInt(Integer::intValue).toArray());
            ds.add(Descriptor.of(s.descriptor(d).id(), vp.stream().map(v -> s.descriptor(d).variant(v)).toList()));
            vp.forEach(v -> flat.add(s.flatIndex(d, v)));
        }
        int n = s.totalVariants();
        int[][] c = m.toArray();
        int[][] pc = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                pc[i][j] = c[flat.get(i)][flat.get(j)];
            }
        }
        CibMatrix pm = CibMatrix.of(ScenarioSpace.of(ds), pc);
        Cib cib = Cib.withDefaults().withMaxInconsistency(k).withThreads(1);
        Set<List<String>> a = new HashSet<>();
        cib.solve(m).scenarios().forEach(x -> {
            List<String> ids = new ArrayList<>();
            for (int d : dperm) {
                ids.add(s.descriptor(d).variant(x.scenario().variant(d)).id() + "/" + x.inconsistency());
            }
            a.add(ids);
        });
        Set<List<String>> b = new HashSet<>();
        cib.solve(pm).scenarios().forEach(x -> {
            List<String> ids = new ArrayList<>();
            for (int d = 0; d < nd; d++) {
                ids.add(pm.space().variantIds(x.scenario()).get(d) + "/" + x.inconsistency());
            }
            b.add(ids);
        });
        assertEquals(a, b);
    }

    @Property(tries = 500)
    void addingAConstantToOneRowOfABlockChangesNoConsistency(@ForAll long seed,
            @ForAll @IntRange(min = -5, max = 5) int constant, @ForAll @IntRange(min = 0, max = 2) int k) {
        CibMatrix m = random(seed);
        ScenarioSpace s = m.space();
        Random r = new Random(~seed);
        int row = r.nextInt(s.totalVariants());
        int j = r.nextInt(s.descriptorCount());
        int[][] c = m.toArray();
        for (int b = 0; b < s.variantCount(j); b++) {
            c[row][s.flatIndex(j, b)] += constant;
        }
        Cib cib = Cib.withDefaults().withMaxInconsistency(k).withThreads(1);
        assertEquals(solved(cib, m), solved(cib, CibMatrix.of(s, c)));
    }

    @Property(tries = 500)
    void exactWeightsEqualFollowingEveryStart(@ForAll long seed) {
        CibMatrix m = random(seed);
        ScenarioSpace s = m.space();
        int[][] c = m.toArray();
        Map<List<Scenario>, Long> want = new HashMap<>();
        for (long rank = 0; rank < s.size().longValue(); rank++) {
            List<Scenario> path = new ArrayList<>();
            Scenario z = s.scenarioAt(rank);
            while (!path.contains(z)) {
                path.add(z);
                z = step(s, c, z);
            }
            List<Scenario> cycle = new ArrayList<>(path.subList(path.indexOf(z), path.size()));
            Scenario min = Collections.min(cycle);
            Collections.rotate(cycle, -cycle.indexOf(min));
            want.merge(cycle, 1L, Long::sum);
        }
        SuccessionResult w = Succession.withDefaults().withThreads(1).weights(m);
        Map<List<Scenario>, Long> got = new HashMap<>();
        w.fixedPoints().forEach(b -> got.put(b.attractor().scenarios(), b.weight()));
        w.cycles().forEach(b -> got.put(b.attractor().scenarios(), b.weight()));
        assertEquals(want, got);
        assertEquals(want, fromThreads(m, 3));
    }

    private static Map<List<Scenario>, Long> fromThreads(CibMatrix m, int threads) {
        SuccessionResult w = Succession.withDefaults().withThreads(threads).weights(m);
        Map<List<Scenario>, Long> got = new HashMap<>();
        w.fixedPoints().forEach(b -> got.put(b.attractor().scenarios(), b.weight()));
        w.cycles().forEach(b -> got.put(b.attractor().scenarios(), b.weight()));
        return got;
    }

    /** The global succession step from its definition. */
    private static Scenario step(ScenarioSpace s, int[][] c, Scenario z) {
        int[] next = new int[s.descriptorCount()];
        for (int j = 0; j < next.length; j++) {
            int[] score = new int[s.variantCount(j)];
            for (int b = 0; b < score.length; b++) {
                for (int i = 0; i < next.length; i++) {
                    score[b] += c[s.flatIndex(i, z.variant(i))][s.flatIndex(j, b)];
                }
            }
            int max = Integer.MIN_VALUE;
            int first = -1;
            for (int b = 0; b < score.length; b++) {
                if (score[b] > max) {
                    max = score[b];
                    first = b;
                }
            }
            next[j] = score[z.variant(j)] == max ? z.variant(j) : first;
        }
        return Scenario.of(next);
    }

    @Property(tries = 50)
    void noNoiseAndIdenticalMembersGiveShareOne(@ForAll long seed) {
        CibMatrix m = random(seed);
        Set<Scenario> kernel = oracle(m, 0).keySet();
        ShareResult<JudgementNoise> noise = JudgementNoise.withDefaults().withStandardDeviation(0)
                .withDraws(Draws.withDefaults().withCount(3).withThreads(1)).analyze(m);
        ShareResult<Ensemble> ens = Ensemble.withDefaults().analyze(List.of(m, m));
        for (ShareResult<?> r : List.of(noise, ens)) {
            assertEquals(kernel.size(), r.scenarios().size());
            r.scenarios().forEach(x -> assertEquals(1.0, x.share()));
        }
    }

    /**
     * Each scenario's members are exactly those whose matrix gives it inconsistency ≤ K, checked
     * with the brute-force oracle of each member; the count and share follow from them.
     */
    @Property(tries = 100)
    void ensembleMembersAreThoseWhoseSolutionSetHoldsTheScenario(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 2) int k) {
        CibMatrix m = random(seed);
        Random r = new Random(seed);
        List<CibMatrix> members = new ArrayList<>();
        members.add(m);
        for (int i = 0; i < 3; i++) {
            int[][] c = m.toArray();
            c[r.nextInt(c.length)][r.nextInt(c.length)] += r.nextInt(5) - 2;
            members.add(CibMatrix.of(m.space(), c));
        }
        List<Set<Scenario>> sets = members.stream().map(x -> oracle(x, k).keySet()).toList();
        ShareResult<Ensemble> ens = Ensemble.withDefaults().withCib(Cib.withDefaults().withMaxInconsistency(k))
                .analyze(members);
        Set<Scenario> union = new HashSet<>();
        sets.forEach(union::addAll);
        assertEquals(union.size(), ens.scenarios().size());
        for (ScenarioShare s : ens.scenarios()) {
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < sets.size(); i++) {
                if (sets.get(i).contains(s.scenario())) {
                    expected.add(i);
                }
            }
            assertEquals(expected, s.matrices(), s.scenario().toString());
            assertEquals(expected.size(), s.count());
            assertEquals(expected.size() / 4.0, s.share());
        }
    }

    /**
     * Noise over an ensemble: without noise, a scenario's positions are every draw of the members
     * whose brute-force solution set holds it; with noise, the first member's draws are those of
     * the single-matrix analysis with the same seed.
     */
    @Property(tries = 60)
    void noiseOverAnEnsembleIsEachMembersDrawsMemberAfterMember(@ForAll long seed) {
        CibMatrix m = random(seed);
        int[][] c = m.toArray();
        Random r = new Random(seed);
        c[r.nextInt(c.length)][r.nextInt(c.length)] += 3;
        List<CibMatrix> members = List.of(m, CibMatrix.of(m.space(), c));
        int draws = 4;
        JudgementNoise none = JudgementNoise.withDefaults().withStandardDeviation(0)
                .withDraws(Draws.withDefaults().withCount(draws).withThreads(1));
        ShareResult<JudgementNoise> still = none.analyze(members);
        assertEquals(2 * draws, still.matrices());
        List<Set<Scenario>> sets = members.stream().map(x -> oracle(x, 0).keySet()).toList();
        for (ScenarioShare s : still.scenarios()) {
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                for (int d = 0; d < draws && sets.get(i).contains(s.scenario()); d++) {
                    expected.add(i * draws + d);
                }
            }
            assertEquals(expected, s.matrices());
            int[] per = s.countsPerBlock(draws, 2);
            assertEquals(List.of(sets.get(0).contains(s.scenario()) ? draws : 0,
                    sets.get(1).contains(s.scenario()) ? draws : 0), List.of(per[0], per[1]));
        }

        JudgementNoise noisy = JudgementNoise.withDefaults().withStandardDeviation(1.5)
                .withDraws(Draws.withDefaults().withCount(draws).withSeed(seed).withThreads(2));
        Map<Scenario, List<Integer>> alone = new HashMap<>();
        noisy.analyze(m).scenarios().forEach(s -> alone.put(s.scenario(), s.matrices()));
        Map<Scenario, List<Integer>> firstMember = new HashMap<>();
        for (ScenarioShare s : noisy.analyze(members).scenarios()) {
            List<Integer> mine = s.matrices().stream().filter(i -> i < draws).toList();
            if (!mine.isEmpty()) {
                firstMember.put(s.scenario(), mine);
            }
        }
        assertEquals(alone, firstMember);
    }

    @Test
    void countsPerBlockRejectsPositionsBeyondTheBlocks() {
        ScenarioShare s = new ScenarioShare(Scenario.of(new int[] {0}), 2, 0.5, List.of(1, 5));
        assertEquals(List.of(1, 0, 1), java.util.Arrays.stream(s.countsPerBlock(2, 3)).boxed().toList());
        assertThrows(InvalidInputException.class, () -> s.countsPerBlock(2, 2));
        assertThrows(InvalidInputException.class, () -> s.countsPerBlock(0, 2));
        assertThrows(InvalidInputException.class, () -> new ScenarioShare(Scenario.of(new int[] {0}), 3, 0.5,
                List.of(1, 5)));
    }

    @Property(tries = 300)
    void alignedToUndoesAPermutationOfDescriptorsAndVariants(@ForAll long seed) {
        CibMatrix m = random(seed);
        ScenarioSpace s = m.space();
        Random r = new Random(seed ^ 0x5DEECE66DL);
        List<Integer> dOrder = new ArrayList<>();
        for (int d = 0; d < s.descriptorCount(); d++) {
            dOrder.add(d);
        }
        Collections.shuffle(dOrder, r);
        List<Descriptor> ds = new ArrayList<>();
        List<Integer> flatOf = new ArrayList<>(); // permuted flat index -> original flat index
        for (int d : dOrder) {
            List<Integer> vOrder = new ArrayList<>();
            for (int v = 0; v < s.variantCount(d); v++) {
                vOrder.add(v);
            }
            Collections.shuffle(vOrder, r);
            ds.add(Descriptor.of(s.descriptor(d).id(), vOrder.stream().map(v -> s.descriptor(d).variant(v)).toList()));
            vOrder.forEach(v -> flatOf.add(s.flatIndex(d, v)));
        }
        ScenarioSpace p = ScenarioSpace.of(ds);
        int n = s.totalVariants();
        int[][] c = new int[n][n];
        int[][] orig = m.toArray();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                c[i][j] = orig[flatOf.get(i)][flatOf.get(j)];
            }
        }
        CibMatrix permuted = CibMatrix.of(p, c);
        assertEquals(m, permuted.alignedTo(s));
        assertEquals(permuted, m.alignedTo(p));
    }

    @Property(tries = 20)
    void alignedToNamesWhatDoesNotMatch(@ForAll long seed) {
        CibMatrix m = random(seed);
        ScenarioSpace s = m.space();
        List<Descriptor> extra = new ArrayList<>(s.descriptors());
        extra.add(Descriptor.ofIds("Z", "z1", "z2"));
        CibMatrix big = CibMatrix.of(ScenarioSpace.of(extra), new int[s.totalVariants() + 2][s.totalVariants() + 2]);
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> big.alignedTo(s));
        assertTrue(e.getMessage().contains("descriptor Z"), e.getMessage());
        e = assertThrows(InvalidInputException.class,
                () -> m.alignedTo(big.space()));
        assertTrue(e.getMessage().contains("descriptor Z is missing"),
                e.getMessage());
        List<Descriptor> renamed = new ArrayList<>(s.descriptors());
        Descriptor d0 = renamed.get(0);
        List<Variant> vs = new ArrayList<>(d0.variants());
        vs.set(0, Variant.of("other"));
        renamed.set(0, Descriptor.of(d0.id(), vs));
        e = assertThrows(InvalidInputException.class,
                () -> m.alignedTo(ScenarioSpace.of(renamed)));
        assertTrue(e.getMessage().contains("variant other of descriptor D0 is missing"),
                e.getMessage());
    }
}
