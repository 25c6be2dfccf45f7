package org.micmac4j.internal.kernel;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The packing buffers of {@link PackedGemm} and {@link PlainGemm}, one set per row range (thread),
 * kept between products so that a chain of products (the powers of a matrix) allocates them once.
 * Buffers grow on demand and are never shrunk. Not thread-safe: one product at a time per workspace.
 */
final class GemmWorkspace {
    private Part[] parts = new Part[0];
    private Rows[] rows = new Rows[0];

    /** The buffers of one row range of {@link PlainGemm}: B's rows and two rows of C, each its own array. */
    static final class Rows {
        /** A block of B, one array per row (depth x columns). */
        double[][] b = new double[0][];
        /** The running sums of the first row of a pair. */
        double[] c0 = new double[0];
        /** The running sums of the second row. */
        double[] c1 = new double[0];
    }

    /**
     * @param k the range index, 0 ≤ k
     * @param depth rows of B per block
     * @param width columns per block
     * @return the buffers of range k, each at least as large as asked
     */
    Rows rows(int k, int depth, int width) {
        rows = covering(rows, k, Rows::new);
        Rows r = rows[k];
        if (r.b.length < depth || r.c0.length < width) {
            int w = Math.max(width, r.c0.length);
            r.b = new double[Math.max(depth, r.b.length)][w];
            r.c0 = new double[w];
            r.c1 = new double[w];
        }
        return r;
    }

    /** The buffers of one row range. */
    static final class Part {
        /** Packed block of A (rows x depth). */
        double[] a = new double[0];
        /** Packed block of B (depth x columns). */
        double[] b = new double[0];
        /** One tile, for the edges of C. */
        double[] tile = new double[0];
    }

    /**
     * @param k the range index, 0 ≤ k
     * @param aSize values needed for packed A
     * @param bSize values needed for packed B
     * @param tileSize values of one tile
     * @return the buffers of range k, each at least as large as asked
     */
    Part part(int k, int aSize, int bSize, int tileSize) {
        parts = covering(parts, k, Part::new);
        Part p = parts[k];
        if (p.a.length < aSize) {
            p.a = new double[aSize];
        }
        if (p.b.length < bSize) {
            p.b = new double[bSize];
        }
        if (p.tile.length < tileSize) {
            p.tile = new double[tileSize];
        }
        return p;
    }

    /** @return {@code sets} itself if it has an index k, else a longer copy whose new entries are fresh */
    private static <T> T[] covering(T[] sets, int k, Supplier<T> fresh) {
        if (k < sets.length) {
            return sets;
        }
        T[] grown = Arrays.copyOf(sets, k + 1);
        for (int i = sets.length; i <= k; i++) {
            grown[i] = fresh.get();
        }
        return grown;
    }
}
