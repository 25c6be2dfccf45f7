package org.micmac4j.internal.kernel;

/**
 * A matrix product implementation: {@link PlainGemm} in plain Java, {@link PackedGemm} over the Vector API
 * micro-kernel.
 */
interface GemmKernel {
    /** Below this order one thread does the whole product (handing a task over costs more). */
    int PARALLEL_MIN_ORDER = 96;

    /**
     * C = A·B for n x n row-major matrices, with buffers of its own.
     *
     * @param a left factor, not modified
     * @param b right factor, not modified
     * @param c receives the product, overwritten; must not alias a or b
     * @param n order
     * @param threads at most this many threads, at least 1
     */
    default void multiply(double[] a, double[] b, double[] c, int n, int threads) {
        multiply(a, b, c, n, threads, new GemmWorkspace());
    }

    /**
     * As {@link #multiply(double[], double[], double[], int, int)} with the packing buffers of
     * {@code workspace}, kept for the next product.
     *
     * @param a left factor, not modified
     * @param b right factor, not modified
     * @param c receives the product, overwritten; must not alias a or b
     * @param n order
     * @param threads at most this many threads, at least 1
     * @param workspace buffers, used by this product only while it runs
     */
    void multiply(double[] a, double[] b, double[] c, int n, int threads, GemmWorkspace workspace);

    /** @return a short name, for reports and benchmarks */
    String name();

    /** @return the tile and block sizes, for reports and benchmarks */
    String blocking();

    /**
     * The rows of C split between threads: range k is bounds[k]..bounds[k+1]-1, every bound but the
     * last a multiple of {@code multiple}; one range below {@link #PARALLEL_MIN_ORDER}.
     *
     * @param n order
     * @param threads at most this many ranges
     * @param multiple the rows a kernel handles at once
     * @return the t + 1 bounds of t ranges
     */
    static int[] rowRanges(int n, int threads, int multiple) {
        int t = n < PARALLEL_MIN_ORDER ? 1 : Math.max(1, Math.min(threads, n / multiple));
        int[] bounds = new int[t + 1];
        for (int k = 1; k <= t; k++) {
            bounds[k] = k == t ? n : (int) ((long) n * k / t / multiple * multiple);
        }
        return bounds;
    }
}
