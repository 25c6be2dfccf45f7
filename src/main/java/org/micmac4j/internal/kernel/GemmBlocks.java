package org.micmac4j.internal.kernel;

/**
 * The packed GEMM with other block sizes than {@link PackedGemm}'s, for the benchmark that
 * measures them (the benchmarks module's {@code GemmBlocksBench}); the library itself always uses
 * the defaults, which that benchmark chose. Internal, not API.
 */
public final class GemmBlocks {
    private GemmBlocks() {
    }

    /**
     * C = A·B with the micro-kernel in use ({@link SimdSupport}) and the blocks given.
     *
     * @param a left factor, n x n row-major, not modified
     * @param b right factor, not modified
     * @param n order
     * @param threads at most this many threads
     * @param depthBlock KC, values of the inner dimension per block, at least 1
     * @param columnBlock columns of B per block (packed GEMM: rounded up to a multiple of the tile's width)
     * @return a new array holding the product
     */
    public static double[] multiply(double[] a, double[] b, int n, int threads, int depthBlock, int columnBlock) {
        double[] c = new double[n * n];
        blocked(depthBlock, columnBlock).multiply(a, b, c, n, Math.max(1, threads));
        return c;
    }

    /**
     * @param depthBlock KC
     * @param columnBlock columns of packed B per block, before rounding
     * @return the micro-kernel and blocks {@link #multiply} runs with these arguments
     */
    public static String describe(int depthBlock, int columnBlock) {
        GemmKernel g = blocked(depthBlock, columnBlock);
        return g.name() + ", " + g.blocking();
    }

    private static GemmKernel blocked(int depthBlock, int columnBlock) {
        GemmKernel g = SimdSupport.gemm();
        if (g instanceof PlainGemm) {
            return ((PlainGemm) g).withBlocks(depthBlock, columnBlock);
        }
        PackedGemm packed = (PackedGemm) g;
        int nr = packed.microKernel().columns();
        return packed.withBlocks(depthBlock, Math.max(1, (columnBlock + nr - 1) / nr) * nr, packed.rowBlock());
    }
}
