package org.micmac4j.bench;

/**
 * The benchmark matrices, generated from a counter-based hash (SplitMix64) so that compare.py
 * builds exactly the same ones in numpy without files. Keep in sync with compare.py.
 */
public final class Data {
    private Data() {
    }

    /** SplitMix64 of (seed, index). */
    static long mix(long seed, long index) {
        long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Dense MICMAC-like matrix: fill 0.5, values 1..3 (0 elsewhere). Cell p = i * n + j is
     * non-zero when its hash is odd, with value 1 + (hash >>> 1) mod 3.
     *
     * @param n order
     * @return row-major values
     */
    public static double[] dense(int n) {
        double[] a = new double[n * n];
        for (int p = 0; p < a.length; p++) {
            long h = mix(1, p);
            a[p] = (h & 1) == 0 ? 0 : 1 + (h >>> 1) % 3;
        }
        return a;
    }

    /** Edges of the sparse matrix: {from, to} as int arrays, weights separately. */
    public static final class Edges {
        public final int[] from;
        public final int[] to;
        public final double[] w;

        Edges(int[] from, int[] to, double[] w) {
            this.from = from;
            this.to = to;
            this.w = w;
        }
    }

    /**
     * Sparse matrix with {@code perRow} non-zeros in every row: columns start + t * step (mod n)
     * for t = 0..perRow-1, distinct because step ≤ (n - 1) / (perRow - 1); values 1..3.
     *
     * @param n order
     * @param perRow non-zeros per row, at least 2
     * @return the edges
     */
    public static Edges sparse(int n, int perRow) {
        int m = n * perRow;
        int[] from = new int[m];
        int[] to = new int[m];
        double[] w = new double[m];
        long maxStep = (n - 1) / (perRow - 1);
        for (int i = 0, e = 0; i < n; i++) {
            long start = Long.remainderUnsigned(mix(2, i), n);
            long step = 1 + Long.remainderUnsigned(mix(3, i), maxStep);
            for (int t = 0; t < perRow; t++, e++) {
                from[e] = i;
                to[e] = (int) ((start + t * step) % n);
                w[e] = 1 + Long.remainderUnsigned(mix(4, e), 3);
            }
        }
        return new Edges(from, to, w);
    }
}
