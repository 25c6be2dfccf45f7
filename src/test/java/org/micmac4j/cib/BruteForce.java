package org.micmac4j.cib;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * Test oracle written from the definitions of docs/METHOD.md §10 (succession rules: §10.4),
 * independent of the solvers: every scenario of the space enumerated, every score summed from the
 * cells, the rules of interventions, feasibility constraints and succession applied as stated.
 */
final class BruteForce {
    private BruteForce() {
    }

    /** The measures of one scenario: IC and CV over the tested descriptors, TIS over all. */
    record Measures(int inconsistency, int consistencyValue, long totalImpactScore) {
    }

    /** θ_j(b | z) for every flat variant. */
    static int[] scores(CibMatrix m, int[] z) {
        ScenarioSpace s = m.space();
        int[] theta = new int[s.totalVariants()];
        for (int i = 0; i < z.length; i++) {
            for (int c = 0; c < theta.length; c++) {
                theta[c] += m.cell(s.flatIndex(i, z[i]), c);
            }
        }
        return theta;
    }

    /** @param tested per descriptor whether it counts in IC and CV */
    static Measures measures(CibMatrix m, int[] z, boolean[] tested) {
        ScenarioSpace s = m.space();
        int[] theta = scores(m, z);
        int ic = 0;
        Integer cv = null;
        long tis = 0;
        for (int j = 0; j < z.length; j++) {
            int own = theta[s.flatIndex(j, z[j])];
            tis += own;
            if (!tested[j] || s.variantCount(j) < 2) {
                continue;
            }
            int other = Integer.MIN_VALUE;
            for (int b = 0; b < s.variantCount(j); b++) {
                if (b != z[j]) {
                    other = Math.max(other, theta[s.flatIndex(j, b)]);
                }
            }
            ic = Math.max(ic, other - own);
            cv = cv == null ? own - other : Math.min(cv, own - other);
        }
        return new Measures(ic, cv == null ? 0 : cv, tis);
    }

    /**
     * @param fixed per descriptor a held variant or −1
     * @param feasible the constraints as a predicate on variant indices
     * @return every scenario with the held variants, feasible, with IC ≤ k over the free descriptors
     */
    static Map<Scenario, Measures> solve(CibMatrix m, int k, int[] fixed, Predicate<int[]> feasible) {
        ScenarioSpace s = m.space();
        boolean[] tested = new boolean[fixed.length];
        for (int d = 0; d < fixed.length; d++) {
            tested[d] = fixed[d] < 0;
        }
        Map<Scenario, Measures> out = new LinkedHashMap<>();
        for (long rank = 0; rank < s.size().longValue(); rank++) {
            int[] z = s.scenarioAt(rank).variants();
            boolean held = true;
            for (int d = 0; d < z.length; d++) {
                held &= fixed[d] < 0 || z[d] == fixed[d];
            }
            if (!held || !feasible.test(z)) {
                continue;
            }
            Measures x = measures(m, z, tested);
            if (x.inconsistency() <= k) {
                out.put(Scenario.of(z), x);
            }
        }
        return out;
    }

    /** @return no held descriptor */
    static int[] free(CibMatrix m) {
        int[] f = new int[m.space().descriptorCount()];
        Arrays.fill(f, -1);
        return f;
    }

    /** The measures of a solver's result, by scenario. */
    static Map<Scenario, Measures> of(CibResult r) {
        Map<Scenario, Measures> out = new LinkedHashMap<>();
        r.scenarios().forEach(x -> out.put(x.scenario(),
                new Measures(x.inconsistency(), x.consistencyValue(), x.totalImpactScore())));
        return out;
    }

    /** A random constraint set over a space, with its meaning as a predicate written from the rules' definitions. */
    record RandomRules(FeasibilityConstraints constraints, Predicate<int[]> feasible) {
    }

    /** 0..rules rules of random kinds; pairs need two descriptors. */
    static RandomRules rules(ScenarioSpace s, Random r, int rules) {
        FeasibilityConstraints c = FeasibilityConstraints.none();
        List<Predicate<int[]>> preds = new ArrayList<>();
        int nd = s.descriptorCount();
        for (int i = 0; i < rules; i++) {
            int kind = nd < 2 ? 2 : r.nextInt(3);
            int a = r.nextInt(nd);
            if (kind == 2) {
                List<String> ids = new ArrayList<>();
                boolean[] ok = new boolean[s.variantCount(a)];
                for (int v = 0; v < ok.length; v++) {
                    if (r.nextInt(3) > 0) {
                        ok[v] = true;
                        ids.add(s.descriptor(a).variant(v).id());
                    }
                }
                if (ids.isEmpty()) {
                    int v = r.nextInt(ok.length);
                    ok[v] = true;
                    ids.add(s.descriptor(a).variant(v).id());
                }
                c = c.allows(s.descriptor(a).id(), ids.toArray(String[]::new));
                int d = a;
                preds.add(z -> ok[z[d]]);
                continue;
            }
            int b = (a + 1 + r.nextInt(nd - 1)) % nd;
            int av = r.nextInt(s.variantCount(a));
            int bv = r.nextInt(s.variantCount(b));
            String ai = s.descriptor(a).id();
            String avi = s.descriptor(a).variant(av).id();
            String bi = s.descriptor(b).id();
            String bvi = s.descriptor(b).variant(bv).id();
            if (kind == 0) {
                c = c.implies(ai, avi, bi, bvi);
                preds.add(z -> z[a] != av || z[b] == bv);
            } else {
                c = c.excludes(ai, avi, bi, bvi);
                preds.add(z -> !(z[a] == av && z[b] == bv));
            }
        }
        return new RandomRules(c, z -> preds.stream().allMatch(p -> p.test(z)));
    }

    /** A random intervention: each descriptor held with probability 1/4. */
    static int[] randomHeld(ScenarioSpace s, Random r) {
        int[] fixed = new int[s.descriptorCount()];
        for (int d = 0; d < fixed.length; d++) {
            fixed[d] = r.nextInt(4) == 0 ? r.nextInt(s.variantCount(d)) : -1;
        }
        return fixed;
    }

    /** The intervention map of held variants. */
    static Map<String, String> heldMap(ScenarioSpace s, int[] fixed) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int d = 0; d < fixed.length; d++) {
            if (fixed[d] >= 0) {
                m.put(s.descriptor(d).id(), s.descriptor(d).variant(fixed[d]).id());
            }
        }
        return m;
    }

    /**
     * One succession step from the definitions of docs/METHOD.md §10.4, every score summed afresh
     * from the cells ({@link #scores}), the sequential rule rescoring after every single move.
     */
    static int[] step(CibMatrix m, SuccessionRule rule, int[] z) {
        ScenarioSpace s = m.space();
        int[] next = z.clone();
        int[] theta = scores(m, z);
        for (int j = 0; j < z.length; j++) {
            if (rule == SuccessionRule.SEQUENTIAL) {
                theta = scores(m, next); // judged under the scenario as changed so far
            }
            int best = best(s, theta, j, next[j]);
            next[j] = switch (rule) {
                case GLOBAL, SEQUENTIAL -> best;
                case ADJACENT -> best > z[j] ? z[j] + 1 : best < z[j] ? z[j] - 1 : z[j];
            };
        }
        return next;
    }

    /** Descriptor j's best variant: the current one when its score is maximal, else the first maximal one. */
    private static int best(ScenarioSpace s, int[] theta, int j, int current) {
        int max = Integer.MIN_VALUE;
        for (int b = 0; b < s.variantCount(j); b++) {
            max = Math.max(max, theta[s.flatIndex(j, b)]);
        }
        if (theta[s.flatIndex(j, current)] == max) {
            return current;
        }
        int b = 0;
        while (theta[s.flatIndex(j, b)] != max) {
            b++;
        }
        return b;
    }

    /** Whether every descriptor's variant has a maximal score (IC = 0). */
    static boolean consistent(CibMatrix m, int[] z) {
        boolean[] all = new boolean[z.length];
        Arrays.fill(all, true);
        return measures(m, z, all).inconsistency() == 0;
    }

    /** The path from start until a scenario repeats; the last element is the first repeated one. */
    static List<Scenario> walk(CibMatrix m, SuccessionRule rule, Scenario start) {
        List<Scenario> path = new ArrayList<>();
        Scenario cur = start;
        while (!path.contains(cur)) {
            path.add(cur);
            cur = Scenario.of(step(m, rule, cur.variants()));
        }
        path.add(cur);
        return path;
    }

    /** The attractor a walk ends in, from its smallest scenario, in succession order. */
    static List<Scenario> attractor(List<Scenario> walk) {
        Scenario again = walk.get(walk.size() - 1);
        List<Scenario> cycle = walk.subList(walk.indexOf(again), walk.size() - 1);
        int min = cycle.indexOf(cycle.stream().min(Scenario::compareTo).orElseThrow());
        List<Scenario> out = new ArrayList<>();
        for (int i = 0; i < cycle.size(); i++) {
            out.add(cycle.get((min + i) % cycle.size()));
        }
        return out;
    }

    /** Every start of the space walked to its attractor: attractor -> number of starts. */
    static Map<List<Scenario>, Long> basins(CibMatrix m, SuccessionRule rule) {
        Map<List<Scenario>, Long> out = new java.util.HashMap<>();
        ScenarioSpace s = m.space();
        for (long rank = 0; rank < s.size().longValue(); rank++) {
            out.merge(attractor(walk(m, rule, s.scenarioAt(rank))), 1L, Long::sum);
        }
        return out;
    }
}
