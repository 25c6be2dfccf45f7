package org.micmac4j.cib;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

import org.micmac4j.scenario.Scenario;

/**
 * The solutions one search task finds: all of them are counted, and the first {@code limit} in
 * {@link CibScenario#ORDER} are kept. While at most {@code limit} are found they are kept as
 * found (their measures computed once, at the end); past it, each new one is measured and kept
 * only if it comes before the last kept one. Not thread-safe: one per task, then merged.
 */
final class Solutions {
    private final java.util.function.Function<int[], CibScenario> measure;
    private final int limit;
    private List<int[]> raw = new ArrayList<>();
    /** the best {@code limit} so far, the last in order on top; null until raw overflows */
    private PriorityQueue<CibScenario> best;
    private long count;

    /**
     * @param measure a solution's measures, which also decide its place in the order
     * @param limit how many to keep
     */
    Solutions(java.util.function.Function<int[], CibScenario> measure, int limit) {
        this.measure = measure;
        this.limit = limit;
    }

    /** @return the measures of a scenario of m as found: its balance in m */
    static java.util.function.Function<int[], CibScenario> of(CibMatrix m) {
        return z -> m.balance(Scenario.of(z)).toCibScenario();
    }

    /** Counts and maybe keeps z (copied). */
    void add(int[] z) {
        count++;
        if (best == null) {
            raw.add(z.clone());
            if (raw.size() > limit) {
                best = new PriorityQueue<>(CibScenario.ORDER.reversed());
                List<int[]> r = raw;
                raw = null;
                r.forEach(this::offer);
            }
        } else {
            offer(z);
        }
    }

    private void offer(int[] z) {
        CibScenario s = measure.apply(z);
        if (best.size() < limit) {
            best.add(s);
        } else if (CibScenario.ORDER.compare(s, best.peek()) < 0) {
            best.poll();
            best.add(s);
        }
    }

    /** @return every solution found, as found; only while at most {@code limit} were */
    List<int[]> all() {
        if (raw == null) {
            throw new IllegalStateException("more than " + limit + " solutions: only the first are kept");
        }
        return raw;
    }

    /** @return the number of solutions found */
    long count() {
        return count;
    }

    /**
     * @param parts the tasks' solutions
     * @param limit how many to list
     * @return the first {@code limit} of all parts in {@link CibScenario#ORDER}
     */
    static List<CibScenario> first(List<Solutions> parts, int limit) {
        List<CibScenario> all = new ArrayList<>();
        for (Solutions p : parts) {
            if (p.best == null) {
                for (int[] z : p.raw) {
                    all.add(p.measure.apply(z));
                }
            } else {
                all.addAll(p.best);
            }
        }
        all.sort(CibScenario.ORDER);
        return all.size() > limit ? new ArrayList<>(all.subList(0, limit)) : all;
    }

    /**
     * Every solution of the parts, for the searches that need them all (independent groups, near
     * scenarios): the parts must have been made with a limit of {@link Islands#GROUP_LIMIT}.
     *
     * @param parts the tasks' solutions
     * @param what what was searched, for the message
     * @return every solution found
     * @throws org.micmac4j.InvalidInputException when there are more than {@link Islands#GROUP_LIMIT}
     */
    static List<int[]> all(List<Solutions> parts, String what) {
        long c = count(parts);
        org.micmac4j.internal.Messages.require(c <= Islands.GROUP_LIMIT, "%s has %d scenarios, more than the %d "
                + "that can be kept to be combined", what, c, Islands.GROUP_LIMIT);
        List<int[]> out = new ArrayList<>();
        for (Solutions p : parts) {
            out.addAll(p.all());
        }
        return out;
    }

    /** @return the total count of the parts */
    static long count(List<Solutions> parts) {
        long c = 0;
        for (Solutions p : parts) {
            c += p.count;
        }
        return c;
    }
}
