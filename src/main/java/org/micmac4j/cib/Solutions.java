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
    private final CibMatrix matrix;
    private final int limit;
    private List<int[]> raw = new ArrayList<>();
    /** the best {@code limit} so far, the last in order on top; null until raw overflows */
    private PriorityQueue<CibScenario> best;
    private long count;

    Solutions(CibMatrix matrix, int limit) {
        this.matrix = matrix;
        this.limit = limit;
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
        CibScenario s = matrix.balance(Scenario.of(z)).toCibScenario();
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
     * @param matrix the matrix
     * @param limit how many to list
     * @return the first {@code limit} of all parts in {@link CibScenario#ORDER}
     */
    static List<CibScenario> first(List<Solutions> parts, CibMatrix matrix, int limit) {
        List<CibScenario> all = new ArrayList<>();
        for (Solutions p : parts) {
            if (p.best == null) {
                for (int[] z : p.raw) {
                    all.add(matrix.balance(matrix.space().scenario(z)).toCibScenario());
                }
            } else {
                all.addAll(p.best);
            }
        }
        all.sort(CibScenario.ORDER);
        return all.size() > limit ? new ArrayList<>(all.subList(0, limit)) : all;
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
