package org.micmac4j.internal.kernel;

import org.micmac4j.internal.store.CsrStore;

/**
 * Fused ranking step over compressed sparse rows in O(nnz): the row product is a gather
 * (rowOut[i] = Σ_p v_p · x[col_p]) and the column product a scatter of the same non-zeros
 * (colOut[col_p] += y[i] · v_p), in one pass over the arrays.
 */
final class CsrKernel extends RowRangeKernel {
    private final int[] rowPtr;
    private final int[] colIdx;
    private final double[] values;
    private final byte[] bytes;

    /** @param store the matrix; its arrays are read, never modified */
    CsrKernel(CsrStore store) {
        super(store.size());
        this.rowPtr = store.rowPointers();
        this.colIdx = store.columnIndices();
        this.values = store.doubleValues();
        this.bytes = store.byteValues();
    }

    @Override
    void stepRows(double[] x, double[] y, double[] rowOut, double[] colAcc, int from, int to) {
        if (bytes != null) {
            stepBytes(x, y, rowOut, colAcc, from, to);
        } else {
            stepDoubles(x, y, rowOut, colAcc, from, to);
        }
    }

    private void stepBytes(double[] x, double[] y, double[] rowOut, double[] colAcc, int from, int to) {
        final int[] ptr = rowPtr, col = colIdx;
        final byte[] val = bytes;
        final double[] d = ByteKernel.TO_DOUBLE;
        for (int i = from; i < to; i++) {
            final double yi = y[i];
            double s = 0;
            for (int p = ptr[i], end = ptr[i + 1]; p < end; p++) {
                final int j = col[p];
                final double v = d[val[p] & 127];
                s += v * x[j];
                colAcc[j] += yi * v;
            }
            rowOut[i] = s;
        }
    }

    // The double twin of stepBytes.
    private void stepDoubles(double[] x, double[] y, double[] rowOut, double[] colAcc, int from, int to) {
        final int[] ptr = rowPtr, col = colIdx;
        final double[] val = values;
        for (int i = from; i < to; i++) {
            final double yi = y[i];
            double s = 0;
            for (int p = ptr[i], end = ptr[i + 1]; p < end; p++) {
                final int j = col[p];
                final double v = val[p];
                s += v * x[j];
                colAcc[j] += yi * v;
            }
            rowOut[i] = s;
        }
    }

    @Override
    long workBefore(int row) {
        return rowPtr[row];
    }

    @Override
    long work() {
        return rowPtr[n];
    }

    @Override
    public String name() {
        return bytes != null ? "csr-bytes" : "csr-doubles";
    }
}
