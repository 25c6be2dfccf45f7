package org.micmac4j.report.dematel;

import java.util.Arrays;
import java.util.PriorityQueue;

import org.micmac4j.SplitRule;
import org.micmac4j.dematel.DematelResult;

/**
 * The relations (cells of T above the threshold) a report lists: all of them, or only the
 * strongest {@code limit} when there are more (a dense matrix has about n²/2), in row order, ties
 * at the cut taken in row order. Reads T cell by cell: never builds one object per relation.
 * Above a report's {@linkplain DematelReport#withRelationsUpTo number of variables} the
 * relations are left out, since T costs an O(n³) solve that D and R do not need.
 */
final class DematelRelations {
    private static final DematelRelations LEFT_OUT = new DematelRelations(-1, new int[0], new int[0], new double[0]);

    private final long count;
    private final int[] from;
    private final int[] to;
    private final double[] strength;

    private DematelRelations(long count, int[] from, int[] to, double[] strength) {
        this.count = count;
        this.from = from;
        this.to = to;
        this.strength = strength;
    }

    /**
     * @param result a DEMATEL analysis
     * @param limit the most relations kept, 0 or more
     * @param upTo the most variables for which relations are computed
     * @return the relations kept, or {@link #leftOut() none} when the result has more than
     *     {@code upTo} variables
     */
    static DematelRelations strongest(DematelResult result, int limit, int upTo) {
        return result.size() > upTo ? LEFT_OUT : strongest(result, limit);
    }

    /**
     * @param result a DEMATEL analysis
     * @param limit the most relations kept, 0 or more
     * @return the relations kept
     */
    private static DematelRelations strongest(DematelResult result, int limit) {
        int n = result.size();
        long count = 0;
        PriorityQueue<Double> top = new PriorityQueue<>(); // the strongest seen so far, weakest on top
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (result.isRelation(i, j)) {
                    count++;
                    double t = result.totalRelation(i, j);
                    if (top.size() < limit) {
                        top.add(t);
                    } else if (limit > 0 && t > top.peek()) {
                        top.poll();
                        top.add(t);
                    }
                }
            }
        }
        boolean all = count <= limit;
        double cut = all || top.isEmpty() ? Double.NEGATIVE_INFINITY : top.peek();
        int kept = (int) Math.min(count, limit);
        long above = 0; // relations strictly above the cut: all kept; the rest of the room goes to ties
        if (!all) {
            for (double t : top) {
                above += t > cut ? 1 : 0;
            }
        }
        long tiesRoom = kept - above;
        int[] from = new int[kept];
        int[] to = new int[kept];
        double[] strength = new double[kept];
        int k = 0;
        for (int i = 0; i < n && k < kept; i++) {
            for (int j = 0; j < n && k < kept; j++) {
                if (!result.isRelation(i, j)) {
                    continue;
                }
                double t = result.totalRelation(i, j);
                if (all || t > cut || (t == cut && tiesRoom-- > 0)) {
                    from[k] = i;
                    to[k] = j;
                    strength[k++] = t;
                }
            }
        }
        return new DematelRelations(count, Arrays.copyOf(from, k), Arrays.copyOf(to, k), Arrays.copyOf(strength, k));
    }

    /** @return whether the relations were left out (not computed): then there are none listed */
    boolean leftOut() {
        return count < 0;
    }

    /** @return the number of relations in T, listed or not; -1 when {@link #leftOut() left out} */
    long count() {
        return count;
    }

    /**
     * @param result a DEMATEL analysis
     * @return whether its threshold is known without T (MEAN is ΣD / n², FIXED is given; the other
     *     rules are computed on the n² cells of T)
     */
    static boolean thresholdWithoutT(DematelResult result) {
        SplitRule rule = result.config().split();
        return rule == SplitRule.MEAN || rule == SplitRule.FIXED;
    }

    /** @return the number listed */
    int size() {
        return from.length;
    }

    int from(int k) {
        return from[k];
    }

    int to(int k) {
        return to[k];
    }

    double strength(int k) {
        return strength[k];
    }
}
