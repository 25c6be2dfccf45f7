package org.micmac4j.internal.kernel;

/**
 * The kernels that have a Vector API version: the scalar set (always available) or the vector
 * set (loaded by {@link SimdSupport} only when the JVM has {@code jdk.incubator.vector}).
 */
interface SimdKernels {
    /** @return the matrix product */
    GemmKernel gemm();

    /**
     * @param rowMajor byte matrix, kept by reference, not modified
     * @param n order
     * @return a fused ranking kernel over it
     */
    RowRangeKernel bytes(byte[] rowMajor, int n);

    /**
     * @param rowMajor double matrix, kept by reference, not modified
     * @param n order
     * @return a fused ranking kernel over it
     */
    RowRangeKernel doubles(double[] rowMajor, int n);

    /** @return stored cells per step from which these kernels are worth splitting between threads */
    long parallelMinWork();

    /** The plain-Java set. */
    SimdKernels SCALAR = new SimdKernels() {
        @Override
        public GemmKernel gemm() {
            return PlainGemm.INSTANCE;
        }

        @Override
        public RowRangeKernel bytes(byte[] rowMajor, int n) {
            return new ByteKernel(rowMajor, n);
        }

        @Override
        public RowRangeKernel doubles(double[] rowMajor, int n) {
            return new DenseKernel(rowMajor, n);
        }

        @Override
        public long parallelMinWork() {
            return Kernels.PARALLEL_MIN_WORK;
        }
    };
}
