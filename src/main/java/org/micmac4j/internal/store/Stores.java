package org.micmac4j.internal.store;

import org.micmac4j.internal.cpu.VectorApi;

/**
 * Chooses the storage of a matrix from its values. The rule of {@link Layout#AUTO}:
 *
 * <ol>
 *   <li>{@link CsrStore} when the fill (non-zeros / n²) is below {@link #sparseMaxFill()} and
 *       n ≥ {@link #SPARSE_MIN_ORDER}: one ranking step then costs O(nnz) instead of O(n²);
 *       values in bytes when they are all integers 0..127;</li>
 *   <li>else {@link ByteStore} when every value is an integer 0..127 (MICMAC's 0..3 scores):
 *       8x less memory traffic than doubles, the same results;</li>
 *   <li>else {@link DenseStore}.</li>
 * </ol>
 *
 * The fill thresholds are where one ranking step over a CSR store and one over a byte store took
 * the same time (n = 2000, one thread, {@code CrossoverBench.fill} in the benchmarks module):
 * about 0.35 in plain Java (CSR/bytes time 0.59 at fill 0.2), about 0.08 with the Vector API
 * kernels, which are five times faster per dense cell (0.61 at 0.05, 1.30 at 0.1); the
 * thresholds sit a little below. Every layout can be forced.
 */
public final class Stores {
    /** Below this fill AUTO compresses, when the plain-Java kernels are in use. */
    public static final double SPARSE_MAX_FILL = 0.3;
    /** Below this fill AUTO compresses, when the Vector API kernels are in use. */
    public static final double SPARSE_MAX_FILL_VECTOR = 0.06;
    /** Below this order AUTO never compresses: the whole matrix fits in L1 anyway. */
    public static final int SPARSE_MIN_ORDER = 64;

    private Stores() {
    }

    /**
     * Dense doubles, whatever the values: the original contract, kept for callers that need it.
     *
     * @param rowMajor the values, taken over
     * @param n the order
     * @return a {@link DenseStore} holding them
     */
    public static MatrixStore dense(double[] rowMajor, int n) {
        return new DenseStore(rowMajor, n);
    }

    /**
     * The layout chosen by the rule in the class comment.
     *
     * @param rowMajor the values, m_ij at {@code [i * n + j]}, non-negative; taken over
     * @param n the order
     * @return a store holding them
     */
    public static MatrixStore of(double[] rowMajor, int n) {
        return of(rowMajor, n, Layout.AUTO);
    }

    /**
     * @param rowMajor the values, m_ij at {@code [i * n + j]}, non-negative; taken over (may be
     *     kept by the returned store)
     * @param n the order
     * @param layout the layout, or {@link Layout#AUTO}
     * @return a store holding the values
     * @throws IllegalArgumentException when {@link Layout#BYTES} is forced on values that do not
     *     fit in a byte
     */
    public static MatrixStore of(double[] rowMajor, int n, Layout layout) {
        return of(rowMajor, n, layout, false);
    }

    /**
     * As {@link #of(double[], int, Layout)}, leaving the array to the caller: only a dense store
     * copies it (the byte and sparse layouts convert it anyway), so that a reused builder buffer
     * costs no n² double copy per matrix.
     *
     * @param rowMajor the values, m_ij at {@code [i * n + j]}, non-negative; not modified, not kept
     * @param n the order
     * @param layout the layout, or {@link Layout#AUTO}
     * @return a store holding the values
     */
    public static MatrixStore copyOf(double[] rowMajor, int n, Layout layout) {
        return of(rowMajor, n, layout, true);
    }

    /**
     * As {@link #copyOf(double[], int, Layout)} for cells held as bytes (each 0..127): the byte
     * layout copies them as they are, never through n² doubles; another layout converts them.
     *
     * @param rowMajor the values, m_ij at {@code [i * n + j]}, each 0..127; not modified, not kept
     * @param n the order
     * @param layout the layout, or {@link Layout#AUTO}
     * @return a store holding the values
     */
    public static MatrixStore copyOf(byte[] rowMajor, int n, Layout layout) {
        if (rowMajor.length != (long) n * n) {
            throw new IllegalArgumentException("expected " + n + "x" + n + " values, got " + rowMajor.length);
        }
        long nz = 0;
        for (byte b : rowMajor) {
            nz += b != 0 ? 1 : 0;
        }
        if (choose(layout, n, nz, true) == Layout.BYTES) {
            return new ByteStore(rowMajor.clone(), n);
        }
        double[] d = new double[rowMajor.length];
        for (int c = 0; c < d.length; c++) {
            d[c] = rowMajor[c];
        }
        return of(d, n, layout, false);
    }

    private static MatrixStore of(double[] rowMajor, int n, Layout layout, boolean copy) {
        if (rowMajor.length != (long) n * n) {
            throw new IllegalArgumentException("expected " + n + "x" + n + " values, got " + rowMajor.length);
        }
        long nz = 0;
        boolean bytes = true;
        for (double v : rowMajor) {
            if (v != 0) {
                nz++;
                bytes &= ByteStore.fits(v);
            }
        }
        switch (choose(layout, n, nz, bytes)) {
            case SPARSE:
                return CsrStore.of(rowMajor, n, bytes);
            case BYTES:
                return ByteStore.of(rowMajor, n);
            default:
                return new DenseStore(copy ? rowMajor.clone() : rowMajor, n);
        }
    }

    /**
     * A sparse store built from edges without ever allocating n² (see
     * {@link CsrStore#fromEdges}).
     *
     * @param n the order
     * @param from edge sources (rows), not modified
     * @param to edge targets (columns), not modified
     * @param w edge weights, non-negative and finite, not modified
     * @return a {@link CsrStore}
     */
    public static MatrixStore sparse(int n, int[] from, int[] to, double[] w) {
        return CsrStore.fromEdges(n, from, to, w);
    }

    /** @return the fill below which AUTO compresses, for the kernels of this JVM */
    public static double sparseMaxFill() {
        return VectorApi.available() ? SPARSE_MAX_FILL_VECTOR : SPARSE_MAX_FILL;
    }

    /**
     * The rule of the class comment, on summary facts.
     *
     * @param layout the requested layout; anything but AUTO is returned as is
     * @param n the order
     * @param nonZeros the number of non-zero cells
     * @param fitsBytes whether every value is an integer 0..127
     * @return the layout to use, never AUTO
     */
    public static Layout choose(Layout layout, int n, long nonZeros, boolean fitsBytes) {
        if (layout != Layout.AUTO) {
            return layout;
        }
        if (n >= SPARSE_MIN_ORDER && nonZeros < sparseMaxFill() * n * (double) n) {
            return Layout.SPARSE;
        }
        return fitsBytes ? Layout.BYTES : Layout.DENSE;
    }
}
