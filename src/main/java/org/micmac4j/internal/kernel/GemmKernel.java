package org.micmac4j.internal.kernel;

/** A matrix product implementation: the scalar {@link Gemm} or the Vector API one. */
interface GemmKernel {
    /**
     * C = A·B for n x n row-major matrices.
     *
     * @param a left factor, not modified
     * @param b right factor, not modified
     * @param c receives the product, overwritten; must not alias a or b
     * @param n order
     * @param threads at most this many threads, at least 1
     */
    void multiply(double[] a, double[] b, double[] c, int n, int threads);

    /** @return a short name, for reports and benchmarks */
    String name();
}
