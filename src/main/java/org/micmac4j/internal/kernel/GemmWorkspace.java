package org.micmac4j.internal.kernel;

/**
 * The packing buffers of {@link PackedGemm}, one set per row range (thread), kept between
 * products so that a chain of products (the powers of a matrix) allocates them once. Buffers grow
 * on demand and are never shrunk. Not thread-safe: one product at a time per workspace.
 */
final class GemmWorkspace {
    private Part[] parts = new Part[0];

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
        if (k >= parts.length) {
            Part[] grown = java.util.Arrays.copyOf(parts, k + 1);
            for (int i = parts.length; i <= k; i++) {
                grown[i] = new Part();
            }
            parts = grown;
        }
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
}
