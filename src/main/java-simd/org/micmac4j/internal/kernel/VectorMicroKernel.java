package org.micmac4j.internal.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API {@link MicroKernel}: an MR x (NV vectors) tile of C in vector registers; per
 * step p, NV vectors of packed B are loaded and each of the MR values of packed A is broadcast
 * and multiplied into NV accumulators with one fused multiply-add. With 512-bit vectors (AVX-512:
 * 32 registers) the tile is 8 x 3 vectors (24 accumulators, 8 x 24 doubles), with narrower ones
 * (AVX2: 16 registers) 6 x 2 vectors, the shape of BLIS's Haswell kernel turned for row-major C.
 * Measured on one Zen 4 core with the panels in L1/L2: 8 x 3 57 GFLOP/s, 12 x 2 57, 6 x 4 (the
 * 6 x 32 of BLIS's and TBLIS's Skylake-X kernels) 53, the former unpacked 4 x 3 tile 52; the
 * core's peak, measured with independent FMAs in C, is 54-57.
 */
abstract class VectorMicroKernel implements MicroKernel {
    static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    static final int V = S.length();

    private final int rows;
    private final int vectors;

    VectorMicroKernel(int rows, int vectors) {
        this.rows = rows;
        this.vectors = vectors;
    }

    /** @return the tile for this machine's vectors */
    static VectorMicroKernel create() {
        return V >= 8 ? new Tile8x3() : new Tile6x2();
    }

    @Override
    public final int rows() {
        return rows;
    }

    @Override
    public final int columns() {
        return vectors * V;
    }

    @Override
    public String name() {
        return "vector-" + S.vectorBitSize() + "-" + rows + "x" + vectors + "v";
    }

    /** 8 rows x 3 vectors: 24 accumulators, 3 loads of B and 8 broadcasts of A per step. */
    static final class Tile8x3 extends VectorMicroKernel {
        Tile8x3() {
            super(8, 3);
        }

        @Override
        public void multiply(double[] ap, int ao, double[] bp, int bo, int kc, double[] c, int co, int ldc,
                boolean overwrite) {
            final DoubleVector zero = DoubleVector.zero(S);
            DoubleVector c00 = zero, c01 = zero, c02 = zero;
            DoubleVector c10 = zero, c11 = zero, c12 = zero;
            DoubleVector c20 = zero, c21 = zero, c22 = zero;
            DoubleVector c30 = zero, c31 = zero, c32 = zero;
            DoubleVector c40 = zero, c41 = zero, c42 = zero;
            DoubleVector c50 = zero, c51 = zero, c52 = zero;
            DoubleVector c60 = zero, c61 = zero, c62 = zero;
            DoubleVector c70 = zero, c71 = zero, c72 = zero;
            for (int p = 0, a = ao, b = bo; p < kc; p++, a += 8, b += 3 * V) {
                final DoubleVector b0 = DoubleVector.fromArray(S, bp, b);
                final DoubleVector b1 = DoubleVector.fromArray(S, bp, b + V);
                final DoubleVector b2 = DoubleVector.fromArray(S, bp, b + 2 * V);
                DoubleVector x;
                x = DoubleVector.broadcast(S, ap[a]);
                c00 = b0.fma(x, c00); c01 = b1.fma(x, c01); c02 = b2.fma(x, c02);
                x = DoubleVector.broadcast(S, ap[a + 1]);
                c10 = b0.fma(x, c10); c11 = b1.fma(x, c11); c12 = b2.fma(x, c12);
                x = DoubleVector.broadcast(S, ap[a + 2]);
                c20 = b0.fma(x, c20); c21 = b1.fma(x, c21); c22 = b2.fma(x, c22);
                x = DoubleVector.broadcast(S, ap[a + 3]);
                c30 = b0.fma(x, c30); c31 = b1.fma(x, c31); c32 = b2.fma(x, c32);
                x = DoubleVector.broadcast(S, ap[a + 4]);
                c40 = b0.fma(x, c40); c41 = b1.fma(x, c41); c42 = b2.fma(x, c42);
                x = DoubleVector.broadcast(S, ap[a + 5]);
                c50 = b0.fma(x, c50); c51 = b1.fma(x, c51); c52 = b2.fma(x, c52);
                x = DoubleVector.broadcast(S, ap[a + 6]);
                c60 = b0.fma(x, c60); c61 = b1.fma(x, c61); c62 = b2.fma(x, c62);
                x = DoubleVector.broadcast(S, ap[a + 7]);
                c70 = b0.fma(x, c70); c71 = b1.fma(x, c71); c72 = b2.fma(x, c72);
            }
            // Stores written out: a helper taking vectors may be compiled on its own and then
            // not inlined, which boxes the vectors (measured: ten times slower).
            if (overwrite) {
                c00.intoArray(c, co);
                c01.intoArray(c, co + V);
                c02.intoArray(c, co + 2 * V);
                c10.intoArray(c, co + ldc);
                c11.intoArray(c, co + ldc + V);
                c12.intoArray(c, co + ldc + 2 * V);
                c20.intoArray(c, co + 2 * ldc);
                c21.intoArray(c, co + 2 * ldc + V);
                c22.intoArray(c, co + 2 * ldc + 2 * V);
                c30.intoArray(c, co + 3 * ldc);
                c31.intoArray(c, co + 3 * ldc + V);
                c32.intoArray(c, co + 3 * ldc + 2 * V);
                c40.intoArray(c, co + 4 * ldc);
                c41.intoArray(c, co + 4 * ldc + V);
                c42.intoArray(c, co + 4 * ldc + 2 * V);
                c50.intoArray(c, co + 5 * ldc);
                c51.intoArray(c, co + 5 * ldc + V);
                c52.intoArray(c, co + 5 * ldc + 2 * V);
                c60.intoArray(c, co + 6 * ldc);
                c61.intoArray(c, co + 6 * ldc + V);
                c62.intoArray(c, co + 6 * ldc + 2 * V);
                c70.intoArray(c, co + 7 * ldc);
                c71.intoArray(c, co + 7 * ldc + V);
                c72.intoArray(c, co + 7 * ldc + 2 * V);
            } else {
                DoubleVector.fromArray(S, c, co).add(c00).intoArray(c, co);
                DoubleVector.fromArray(S, c, co + V).add(c01).intoArray(c, co + V);
                DoubleVector.fromArray(S, c, co + 2 * V).add(c02).intoArray(c, co + 2 * V);
                DoubleVector.fromArray(S, c, co + ldc).add(c10).intoArray(c, co + ldc);
                DoubleVector.fromArray(S, c, co + ldc + V).add(c11).intoArray(c, co + ldc + V);
                DoubleVector.fromArray(S, c, co + ldc + 2 * V).add(c12).intoArray(c, co + ldc + 2 * V);
                DoubleVector.fromArray(S, c, co + 2 * ldc).add(c20).intoArray(c, co + 2 * ldc);
                DoubleVector.fromArray(S, c, co + 2 * ldc + V).add(c21).intoArray(c, co + 2 * ldc + V);
                DoubleVector.fromArray(S, c, co + 2 * ldc + 2 * V).add(c22).intoArray(c, co + 2 * ldc + 2 * V);
                DoubleVector.fromArray(S, c, co + 3 * ldc).add(c30).intoArray(c, co + 3 * ldc);
                DoubleVector.fromArray(S, c, co + 3 * ldc + V).add(c31).intoArray(c, co + 3 * ldc + V);
                DoubleVector.fromArray(S, c, co + 3 * ldc + 2 * V).add(c32).intoArray(c, co + 3 * ldc + 2 * V);
                DoubleVector.fromArray(S, c, co + 4 * ldc).add(c40).intoArray(c, co + 4 * ldc);
                DoubleVector.fromArray(S, c, co + 4 * ldc + V).add(c41).intoArray(c, co + 4 * ldc + V);
                DoubleVector.fromArray(S, c, co + 4 * ldc + 2 * V).add(c42).intoArray(c, co + 4 * ldc + 2 * V);
                DoubleVector.fromArray(S, c, co + 5 * ldc).add(c50).intoArray(c, co + 5 * ldc);
                DoubleVector.fromArray(S, c, co + 5 * ldc + V).add(c51).intoArray(c, co + 5 * ldc + V);
                DoubleVector.fromArray(S, c, co + 5 * ldc + 2 * V).add(c52).intoArray(c, co + 5 * ldc + 2 * V);
                DoubleVector.fromArray(S, c, co + 6 * ldc).add(c60).intoArray(c, co + 6 * ldc);
                DoubleVector.fromArray(S, c, co + 6 * ldc + V).add(c61).intoArray(c, co + 6 * ldc + V);
                DoubleVector.fromArray(S, c, co + 6 * ldc + 2 * V).add(c62).intoArray(c, co + 6 * ldc + 2 * V);
                DoubleVector.fromArray(S, c, co + 7 * ldc).add(c70).intoArray(c, co + 7 * ldc);
                DoubleVector.fromArray(S, c, co + 7 * ldc + V).add(c71).intoArray(c, co + 7 * ldc + V);
                DoubleVector.fromArray(S, c, co + 7 * ldc + 2 * V).add(c72).intoArray(c, co + 7 * ldc + 2 * V);
            }
        }
    }

    /** 6 rows x 2 vectors: 12 accumulators, 2 loads of B and 6 broadcasts of A per step. */
    static final class Tile6x2 extends VectorMicroKernel {
        Tile6x2() {
            super(6, 2);
        }

        @Override
        public void multiply(double[] ap, int ao, double[] bp, int bo, int kc, double[] c, int co, int ldc,
                boolean overwrite) {
            final DoubleVector zero = DoubleVector.zero(S);
            DoubleVector c00 = zero, c01 = zero;
            DoubleVector c10 = zero, c11 = zero;
            DoubleVector c20 = zero, c21 = zero;
            DoubleVector c30 = zero, c31 = zero;
            DoubleVector c40 = zero, c41 = zero;
            DoubleVector c50 = zero, c51 = zero;
            for (int p = 0, a = ao, b = bo; p < kc; p++, a += 6, b += 2 * V) {
                final DoubleVector b0 = DoubleVector.fromArray(S, bp, b);
                final DoubleVector b1 = DoubleVector.fromArray(S, bp, b + V);
                DoubleVector x;
                x = DoubleVector.broadcast(S, ap[a]);
                c00 = b0.fma(x, c00); c01 = b1.fma(x, c01);
                x = DoubleVector.broadcast(S, ap[a + 1]);
                c10 = b0.fma(x, c10); c11 = b1.fma(x, c11);
                x = DoubleVector.broadcast(S, ap[a + 2]);
                c20 = b0.fma(x, c20); c21 = b1.fma(x, c21);
                x = DoubleVector.broadcast(S, ap[a + 3]);
                c30 = b0.fma(x, c30); c31 = b1.fma(x, c31);
                x = DoubleVector.broadcast(S, ap[a + 4]);
                c40 = b0.fma(x, c40); c41 = b1.fma(x, c41);
                x = DoubleVector.broadcast(S, ap[a + 5]);
                c50 = b0.fma(x, c50); c51 = b1.fma(x, c51);
            }
            // Stores written out: a helper taking vectors may be compiled on its own and then
            // not inlined, which boxes the vectors (measured: ten times slower).
            if (overwrite) {
                c00.intoArray(c, co);
                c01.intoArray(c, co + V);
                c10.intoArray(c, co + ldc);
                c11.intoArray(c, co + ldc + V);
                c20.intoArray(c, co + 2 * ldc);
                c21.intoArray(c, co + 2 * ldc + V);
                c30.intoArray(c, co + 3 * ldc);
                c31.intoArray(c, co + 3 * ldc + V);
                c40.intoArray(c, co + 4 * ldc);
                c41.intoArray(c, co + 4 * ldc + V);
                c50.intoArray(c, co + 5 * ldc);
                c51.intoArray(c, co + 5 * ldc + V);
            } else {
                DoubleVector.fromArray(S, c, co).add(c00).intoArray(c, co);
                DoubleVector.fromArray(S, c, co + V).add(c01).intoArray(c, co + V);
                DoubleVector.fromArray(S, c, co + ldc).add(c10).intoArray(c, co + ldc);
                DoubleVector.fromArray(S, c, co + ldc + V).add(c11).intoArray(c, co + ldc + V);
                DoubleVector.fromArray(S, c, co + 2 * ldc).add(c20).intoArray(c, co + 2 * ldc);
                DoubleVector.fromArray(S, c, co + 2 * ldc + V).add(c21).intoArray(c, co + 2 * ldc + V);
                DoubleVector.fromArray(S, c, co + 3 * ldc).add(c30).intoArray(c, co + 3 * ldc);
                DoubleVector.fromArray(S, c, co + 3 * ldc + V).add(c31).intoArray(c, co + 3 * ldc + V);
                DoubleVector.fromArray(S, c, co + 4 * ldc).add(c40).intoArray(c, co + 4 * ldc);
                DoubleVector.fromArray(S, c, co + 4 * ldc + V).add(c41).intoArray(c, co + 4 * ldc + V);
                DoubleVector.fromArray(S, c, co + 5 * ldc).add(c50).intoArray(c, co + 5 * ldc);
                DoubleVector.fromArray(S, c, co + 5 * ldc + V).add(c51).intoArray(c, co + 5 * ldc + V);
            }
        }
    }
}
