package org.micmac4j.internal.kernel;

import jdk.incubator.vector.DoubleVector;

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

    /**
     * Σ lanes of {@code v}, in lane order: {@code ((v₀ + v₁) + v₂) + …}. Not
     * {@code reduceLanes(ADD)}, whose order is unspecified and changes with the JIT tier and the
     * JDK: the same draw then gave other last digits on JDK 25 than on JDK 17, and on two threads
     * than on one (a draw run before or after C2 compiled the kernel).
     */
    static double sumInLaneOrder(DoubleVector v) {
        double s = v.lane(0);
        for (int k = 1; k < v.length(); k++) {
            s += v.lane(k);
        }
        return s;
    }
}
