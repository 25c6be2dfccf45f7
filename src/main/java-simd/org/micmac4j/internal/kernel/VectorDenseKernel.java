package org.micmac4j.internal.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link DenseKernel} with the Vector API: four rows at a time, vector row accumulators and one
 * load/store of colOut per four rows. Memory-bound from n ≈ 1000: 8 bytes per cell.
 */
final class VectorDenseKernel extends RowRangeKernel {
    private static final VectorSpecies<Double> DS = DoubleVector.SPECIES_PREFERRED;
    private static final int V = DS.length();

    private final double[] m;

    VectorDenseKernel(double[] rowMajor, int n) {
        super(n);
        this.m = rowMajor;
    }

    @Override
    void stepRows(double[] x, double[] y, double[] rowOut, double[] colAcc, int from, int to) {
        final double[] m = this.m;
        final int n = this.n;
        final int nv = n - n % V;
        int i = from;
        for (; i + 3 < to; i += 4) {
            final int b0 = i * n, b1 = b0 + n, b2 = b1 + n, b3 = b2 + n;
            final DoubleVector y0 = DoubleVector.broadcast(DS, y[i]), y1 = DoubleVector.broadcast(DS, y[i + 1]);
            final DoubleVector y2 = DoubleVector.broadcast(DS, y[i + 2]), y3 = DoubleVector.broadcast(DS, y[i + 3]);
            DoubleVector s0 = DoubleVector.zero(DS), s1 = s0, s2 = s0, s3 = s0;
            for (int j = 0; j < nv; j += V) {
                final DoubleVector xv = DoubleVector.fromArray(DS, x, j);
                final DoubleVector v0 = DoubleVector.fromArray(DS, m, b0 + j),
                        v1 = DoubleVector.fromArray(DS, m, b1 + j);
                final DoubleVector v2 = DoubleVector.fromArray(DS, m, b2 + j),
                        v3 = DoubleVector.fromArray(DS, m, b3 + j);
                s0 = v0.fma(xv, s0);
                s1 = v1.fma(xv, s1);
                s2 = v2.fma(xv, s2);
                s3 = v3.fma(xv, s3);
                DoubleVector cv = DoubleVector.fromArray(DS, colAcc, j);
                cv = v3.fma(y3, v2.fma(y2, v1.fma(y1, v0.fma(y0, cv))));
                cv.intoArray(colAcc, j);
            }
            double r0 = VectorKernels.sumInLaneOrder(s0), r1 = VectorKernels.sumInLaneOrder(s1);
            double r2 = VectorKernels.sumInLaneOrder(s2), r3 = VectorKernels.sumInLaneOrder(s3);
            final double yi0 = y[i], yi1 = y[i + 1], yi2 = y[i + 2], yi3 = y[i + 3];
            for (int j = nv; j < n; j++) {
                final double v0 = m[b0 + j], v1 = m[b1 + j], v2 = m[b2 + j], v3 = m[b3 + j];
                r0 += v0 * x[j];
                r1 += v1 * x[j];
                r2 += v2 * x[j];
                r3 += v3 * x[j];
                colAcc[j] = colAcc[j] + yi0 * v0 + yi1 * v1 + yi2 * v2 + yi3 * v3;
            }
            rowOut[i] = r0;
            rowOut[i + 1] = r1;
            rowOut[i + 2] = r2;
            rowOut[i + 3] = r3;
        }
        for (; i < to; i++) {
            DenseKernel.stepRow(m, n, x, y, rowOut, colAcc, i);
        }
    }

    @Override
    long work() {
        return (long) n * n;
    }

    @Override
    public String name() {
        return "dense-fused-vector-" + DS.vectorBitSize();
    }
}
