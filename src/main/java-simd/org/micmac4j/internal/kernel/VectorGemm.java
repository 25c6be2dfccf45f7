package org.micmac4j.internal.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * C = A·B with the Vector API: a register-blocked micro-kernel keeps a 4-row x 3-vector tile of C
 * in twelve accumulators while it walks a block of the inner dimension, so that each loaded
 * vector of B feeds four fused multiply-adds. Loaded only by {@link SimdSupport}, only when the
 * JVM has {@code jdk.incubator.vector}. Edges (fewer than 4 rows or one vector of columns) use
 * scalar loops.
 */
final class VectorGemm implements GemmKernel {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int V = S.length();
    /** Depth of the inner-dimension block: a 4-row A panel and a BLOCK_K x 3V B panel stay in L1/L2. */
    private static final int BLOCK_K = 256;
    /** Width of a column block of B kept in L2 while all rows of the range pass over it. */
    private static final int BLOCK_J = 24 * V;

    @Override
    public void multiply(double[] a, double[] b, double[] c, int n, int threads) {
        Gemm.byRows(n, threads, (from, to) -> rows(a, b, c, n, from, to));
    }

    @Override
    public String name() {
        return "vector-api-" + S.vectorBitSize();
    }

    private static void rows(double[] a, double[] b, double[] c, int n, int from, int to) {
        java.util.Arrays.fill(c, from * n, to * n, 0.0);
        final int nv = n - n % V; // columns handled by vectors
        for (int kb = 0; kb < n; kb += BLOCK_K) {
            final int kEnd = Math.min(n, kb + BLOCK_K);
            for (int jb = 0; jb < nv; jb += BLOCK_J) {
                final int jEnd = Math.min(nv, jb + BLOCK_J);
                int i = from;
                for (; i + 3 < to; i += 4) {
                    int j = jb;
                    for (; j + 3 * V <= jEnd; j += 3 * V) {
                        tile4x3(a, b, c, n, i, j, kb, kEnd);
                    }
                    for (; j < jEnd; j += V) {
                        tile4x1(a, b, c, n, i, j, kb, kEnd);
                    }
                }
                for (; i < to; i++) {
                    Gemm.block1(a, b, c, n, i, kb, kEnd, jb, jEnd);
                }
            }
            if (nv < n) {
                for (int i = from; i < to; i++) {
                    Gemm.block1(a, b, c, n, i, kb, kEnd, nv, n);
                }
            }
        }
    }

    /** c[i..i+3][j..j+3V) += a[i..i+3][kb..kEnd) · b[kb..kEnd)[j..j+3V). */
    private static void tile4x3(double[] a, double[] b, double[] c, int n, int i, int j, int kb, int kEnd) {
        final int r0 = i * n, r1 = r0 + n, r2 = r1 + n, r3 = r2 + n;
        DoubleVector c00 = DoubleVector.zero(S), c01 = c00, c02 = c00;
        DoubleVector c10 = c00, c11 = c00, c12 = c00;
        DoubleVector c20 = c00, c21 = c00, c22 = c00;
        DoubleVector c30 = c00, c31 = c00, c32 = c00;
        for (int p = kb; p < kEnd; p++) {
            final int bp = p * n + j;
            final DoubleVector b0 = DoubleVector.fromArray(S, b, bp);
            final DoubleVector b1 = DoubleVector.fromArray(S, b, bp + V);
            final DoubleVector b2 = DoubleVector.fromArray(S, b, bp + 2 * V);
            DoubleVector av = DoubleVector.broadcast(S, a[r0 + p]);
            c00 = b0.fma(av, c00);
            c01 = b1.fma(av, c01);
            c02 = b2.fma(av, c02);
            av = DoubleVector.broadcast(S, a[r1 + p]);
            c10 = b0.fma(av, c10);
            c11 = b1.fma(av, c11);
            c12 = b2.fma(av, c12);
            av = DoubleVector.broadcast(S, a[r2 + p]);
            c20 = b0.fma(av, c20);
            c21 = b1.fma(av, c21);
            c22 = b2.fma(av, c22);
            av = DoubleVector.broadcast(S, a[r3 + p]);
            c30 = b0.fma(av, c30);
            c31 = b1.fma(av, c31);
            c32 = b2.fma(av, c32);
        }
        addTo(c, r0 + j, c00, c01, c02);
        addTo(c, r1 + j, c10, c11, c12);
        addTo(c, r2 + j, c20, c21, c22);
        addTo(c, r3 + j, c30, c31, c32);
    }

    private static void addTo(double[] c, int at, DoubleVector v0, DoubleVector v1, DoubleVector v2) {
        DoubleVector.fromArray(S, c, at).add(v0).intoArray(c, at);
        DoubleVector.fromArray(S, c, at + V).add(v1).intoArray(c, at + V);
        DoubleVector.fromArray(S, c, at + 2 * V).add(v2).intoArray(c, at + 2 * V);
    }

    /** c[i..i+3][j..j+V) += a[i..i+3][kb..kEnd) · b[kb..kEnd)[j..j+V). */
    private static void tile4x1(double[] a, double[] b, double[] c, int n, int i, int j, int kb, int kEnd) {
        final int r0 = i * n, r1 = r0 + n, r2 = r1 + n, r3 = r2 + n;
        DoubleVector c0 = DoubleVector.zero(S), c1 = c0, c2 = c0, c3 = c0;
        for (int p = kb; p < kEnd; p++) {
            final DoubleVector bv = DoubleVector.fromArray(S, b, p * n + j);
            c0 = bv.fma(DoubleVector.broadcast(S, a[r0 + p]), c0);
            c1 = bv.fma(DoubleVector.broadcast(S, a[r1 + p]), c1);
            c2 = bv.fma(DoubleVector.broadcast(S, a[r2 + p]), c2);
            c3 = bv.fma(DoubleVector.broadcast(S, a[r3 + p]), c3);
        }
        DoubleVector.fromArray(S, c, r0 + j).add(c0).intoArray(c, r0 + j);
        DoubleVector.fromArray(S, c, r1 + j).add(c1).intoArray(c, r1 + j);
        DoubleVector.fromArray(S, c, r2 + j).add(c2).intoArray(c, r2 + j);
        DoubleVector.fromArray(S, c, r3 + j).add(c3).intoArray(c, r3 + j);
    }
}
