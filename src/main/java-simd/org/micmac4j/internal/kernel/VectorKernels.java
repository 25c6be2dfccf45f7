package org.micmac4j.internal.kernel;

/** The Vector API implementations, handed out by {@link SimdSupport} when the module is present. */
final class VectorKernels implements SimdKernels {
    private final GemmKernel gemm = PackedGemm.sizedFor(VectorMicroKernel.create());

    @Override
    public GemmKernel gemm() {
        return gemm;
    }

    @Override
    public RowRangeKernel bytes(byte[] rowMajor, int n) {
        return VectorByteKernel.supported() ? new VectorByteKernel(rowMajor, n) : new ByteKernel(rowMajor, n);
    }

    @Override
    public RowRangeKernel doubles(double[] rowMajor, int n) {
        return new VectorDenseKernel(rowMajor, n);
    }

    @Override
    public long parallelMinWork() {
        return Kernels.PARALLEL_MIN_WORK_VECTOR;
    }
}
