package org.micmac4j.morph;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.micmac4j.internal.graph.DisjointSets;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * What the search needs from a field's pair table for one exclusion rule, built once: per value
 * its compatibility mask over every other parameter, the {@link FieldSearch} over that layout and
 * the connected components of the exclusion graph. It depends on the pair scores only, not on
 * unary exclusions or fixed parameters, so the copies of a field that keep its pair table share
 * it through a {@link Cache}: analysing a field again, or inferring with some parameters fixed,
 * does not rebuild the masks (a V² pass over the score table that dominated small fields).
 *
 * <p>Immutable once built (the arrays are never written after construction).
 */
final class PairKernel {
    final long[][] masks;
    final FieldSearch search;
    /** Per parameter, its component. */
    final int[] component;
    /** Per component, its parameters in order. */
    final int[][] members;

    private PairKernel(long[][] masks, FieldSearch search, int[] component, int[][] members) {
        this.masks = masks;
        this.search = search;
        this.component = component;
        this.members = members;
    }

    /**
     * @param space the parameters and values
     * @param scores the flat V × V score table (not modified)
     * @param binary whether the scale is binary (a pair is excluded when scored 0)
     * @param ordinalExclusion otherwise, a pair is excluded when scored at most this
     * @return the kernel
     */
    static PairKernel build(ScenarioSpace space, int[] scores, boolean binary, int ordinalExclusion) {
        long[][] masks = masks(space, scores, binary, ordinalExclusion);
        FieldSearch search = new FieldSearch(space.variantCounts(), masks);
        int[] component = components(space, masks, search.wordOffsets());
        int count = Arrays.stream(component).max().orElse(-1) + 1;
        int[][] members = new int[count][];
        for (int c = 0; c < count; c++) {
            int cc = c;
            members[c] = IntStream.range(0, component.length).filter(p -> component[p] == cc).toArray();
        }
        return new PairKernel(masks, search, component, members);
    }

    /** Per value, the mask of compatible values of every other parameter (one pass over the score table). */
    private static long[][] masks(ScenarioSpace space, int[] scores, boolean binary, int ordinalExclusion) {
        int n = space.descriptorCount();
        int values = space.totalVariants();
        int[] wordOffset = new int[n + 1];
        for (int p = 0; p < n; p++) {
            wordOffset[p + 1] = wordOffset[p] + FieldSearch.words(space.variantCount(p));
        }
        long[][] m = new long[values][wordOffset[n]];
        for (int p = 0; p < n; p++) {
            for (int a = space.offset(p); a < space.offset(p) + space.variantCount(p); a++) {
                long[] row = m[a];
                int base = a * values;
                for (int q = 0; q < n; q++) {
                    if (q == p) {
                        continue;
                    }
                    int lo = space.offset(q);
                    for (int v = 0; v < space.variantCount(q); v++) {
                        int s = scores[base + lo + v];
                        if (binary ? s != 0 : s > ordinalExclusion) {
                            row[wordOffset[q] + (v >>> 6)] |= 1L << v;
                        }
                    }
                }
            }
        }
        return m;
    }

    /**
     * Connected components of the graph "some pair of values of p and q is excluded", read from
     * the masks: p and q are linked when a value of p misses a value of q in its mask.
     */
    private static int[] components(ScenarioSpace space, long[][] masks, int[] wordOffset) {
        int n = space.descriptorCount();
        DisjointSets sets = new DisjointSets(n);
        for (int p = 0; p < n; p++) {
            for (int a = space.offset(p); a < space.offset(p) + space.variantCount(p); a++) {
                for (int q = p + 1; q < n; q++) {
                    int bits = 0;
                    for (int w = wordOffset[q]; w < wordOffset[q + 1]; w++) {
                        bits += Long.bitCount(masks[a][w]);
                    }
                    if (bits < space.variantCount(q)) {
                        sets.union(p, q);
                    }
                }
            }
        }
        return sets.labels();
    }

    /**
     * One slot holding the kernel of the last exclusion rule asked for, shared by the copies of a
     * field with the same pair table. Thread-safe: a race builds the kernel twice, never a wrong one
     * (the key and the kernel are published together).
     */
    static final class Cache {
        private record Entry(boolean binary, int ordinalExclusion, PairKernel kernel) {
        }

        private volatile Entry last;

        PairKernel get(ScenarioSpace space, int[] scores, boolean binary, int ordinalExclusion) {
            Entry e = last;
            if (e == null || e.binary != binary || (!binary && e.ordinalExclusion != ordinalExclusion)) {
                e = new Entry(binary, ordinalExclusion, build(space, scores, binary, ordinalExclusion));
                last = e;
            }
            return e.kernel;
        }
    }
}
