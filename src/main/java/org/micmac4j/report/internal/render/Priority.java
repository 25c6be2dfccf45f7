package org.micmac4j.report.internal.render;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Which points of a plane deserve a label first, when a plane has too many points to label them
 * all: those near the top on either measure (e.g. the most influent and the most dependent
 * variables, alternately).
 */
public final class Priority {
    private Priority() {
    }

    /**
     * @param a the first measure of each point (higher is more important)
     * @param b the second measure
     * @return the points ordered by their better rank on the two measures, then by their rank on
     *     {@code a}, then by index
     */
    public static int[] bestOfTwo(double[] a, double[] b) {
        int n = a.length;
        int[] rankA = ranks(a);
        int[] rankB = ranks(b);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> Math.min(rankA[i], rankB[i]))
                .thenComparingInt(i -> rankA[i]).thenComparingInt(i -> i));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /** 0 = highest value; ties by index. */
    private static int[] ranks(double[] v) {
        Integer[] order = new Integer[v.length];
        for (int i = 0; i < v.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -v[i]).thenComparingInt(i -> i));
        int[] rank = new int[v.length];
        for (int k = 0; k < v.length; k++) {
            rank[order[k]] = k;
        }
        return rank;
    }
}
