package org.micmac4j.cib;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.micmac4j.internal.Messages;
import org.micmac4j.scenario.Scenario;

/**
 * How a solution set changes from one analysis to another (an intervention against the free
 * kernel, a judgement changed by {@link Leverage}): the scenarios gained (in the second set, not
 * in the first) and lost (in the first, not in the second), each in scenario order (variant
 * indices, lexicographic).
 *
 * <pre>{@code
 * KernelChange c = KernelChange.between(Cib.withDefaults().solve(m),
 *         Cib.withDefaults().withIntervention(Map.of("A", "a2")).solve(m));
 * c.gained();   // consistent only because A is held at a2
 * c.lost();     // consistent freely, gone under the intervention
 * }</pre>
 *
 * @param gained the scenarios only in the second set, ascending
 * @param lost the scenarios only in the first set, ascending
 */
public record KernelChange(List<Scenario> gained, List<Scenario> lost) {
    /**
     * The lists are copied.
     *
     * @param gained the scenarios only in the second set
     * @param lost the scenarios only in the first set
     */
    public KernelChange {
        gained = List.copyOf(gained);
        lost = List.copyOf(lost);
    }

    /**
     * @param before the first solution set
     * @param after the second, over the same space
     * @return what the second gains and loses
     * @throws org.micmac4j.InvalidInputException when the spaces differ, or a set lists only part of
     *         its scenarios (a change computed from a cut list would be wrong)
     */
    public static KernelChange between(CibResult before, CibResult after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Messages.require(before.space().equals(after.space()), "the two solution sets are over different spaces");
        Set<Scenario> a = scenarios(before, "the intervention change: the set before");
        Set<Scenario> b = scenarios(after, "the intervention change: the set after");
        return new KernelChange(minus(b, a), minus(a, b));
    }

    private static Set<Scenario> scenarios(CibResult r, String which) {
        Set<Scenario> s = new HashSet<>();
        r.all(which).forEach(x -> s.add(x.scenario()));
        return s;
    }

    private static List<Scenario> minus(Set<Scenario> a, Set<Scenario> b) {
        List<Scenario> out = new ArrayList<>();
        for (Scenario s : a) {
            if (!b.contains(s)) {
                out.add(s);
            }
        }
        out.sort(null);
        return out;
    }

    /** @return true when nothing is gained or lost */
    public boolean isEmpty() {
        return gained.isEmpty() && lost.isEmpty();
    }
}
