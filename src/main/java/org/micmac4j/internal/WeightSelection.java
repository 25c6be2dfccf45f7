package org.micmac4j.internal;

import java.util.Arrays;

/**
 * Exact order statistics of the link weights of a matrix without copying them: a radix
 * selection over the bits of the (non-negative) doubles, 16 bits per pass, all requested ranks at
 * once, so four passes over the cells whatever their number (a dense matrix of 10 000 variables
 * has 10⁸ links: a sorted copy would take 800 MB). Used by the influence graphs of the MICMAC
 * report to find the weight at which the strongest links are cut.
 */
public final class WeightSelection {
    /** Visits every link weight (positive, finite) of a graph, in any fixed order. */
    public interface Weights {
        /**
         * @param sink receives each weight
         */
        void forEach(java.util.function.DoubleConsumer sink);
    }

    private WeightSelection() {
    }

    /**
     * @param weights the weights, visited four times
     * @param ranks 0-based ranks in ascending order of weight, each in [0, count)
     * @return the weight at each rank
     */
    public static double[] select(Weights weights, long[] ranks) {
        int r = ranks.length;
        long[] prefix = new long[r]; // the high bits fixed so far
        long[] rest = ranks.clone(); // rank within the values sharing the prefix
        for (int pass = 0; pass < 4; pass++) {
            final int shift = 48 - 16 * pass;
            final boolean first = pass == 0;
            long[] distinct = Arrays.stream(prefix).distinct().toArray();
            int[][] histogram = new int[distinct.length][1 << 16];
            weights.forEach(w -> {
                long bits = Double.doubleToLongBits(w);
                long high = first ? 0 : bits >>> (shift + 16);
                for (int k = 0; k < distinct.length; k++) {
                    if (distinct[k] == high) {
                        histogram[k][(int) (bits >>> shift) & 0xffff]++;
                        break;
                    }
                }
            });
            for (int q = 0; q < r; q++) {
                int[] h = histogram[indexOf(distinct, prefix[q])];
                int b = 0;
                while (rest[q] >= h[b]) {
                    rest[q] -= h[b++];
                }
                prefix[q] = prefix[q] << 16 | b;
            }
        }
        double[] out = new double[r];
        for (int q = 0; q < r; q++) {
            out[q] = Double.longBitsToDouble(prefix[q]);
        }
        return out;
    }

    private static int indexOf(long[] values, long v) {
        for (int k = 0; k < values.length; k++) {
            if (values[k] == v) {
                return k;
            }
        }
        throw new IllegalStateException("prefix not found");
    }
}
