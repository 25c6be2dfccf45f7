package org.micmac4j.internal.kernel;

/**
 * A matrix product implementation: {@link PlainGemm} in plain Java, {@link PackedGemm} over the Vector API
 * micro-kernel.
 */
interface GemmKernel {
    /**
     * C = A·B for n x n row-major matrices, with buffers of its own.
     *
     * @param a left factor, not modified
     * @param b right factor, not modified
     * @param c receives the product, overwritten; must not alias a or b
     * @param n order
     * @param threads at most this many threads, at least 1
     */
    void multiply(double[] a, double[] b, double[] c, int n, int threads);

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
}
