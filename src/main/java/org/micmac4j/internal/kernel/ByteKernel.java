package org.micmac4j.internal.kernel;

/**
 * Fused ranking step over a row-major {@code byte[]} ({@link org.micmac4j.internal.store.ByteStore}),
 * accumulated in doubles: each m_ij is read once and feeds both
 * rowOut[i] and colOut[j]. Four rows are processed together, which gives four independent
 * row accumulators (instruction-level parallelism) and reads and writes colOut once per four
 * rows instead of once per row, while keeping the reference summation order.
 */
// The byte twin of DenseKernel (same loops, byte[] matrix read through a table): Java has no generics over primitive
// arrays, and a shared loop over an accessor would cost the conversion it saves. Keep in sync.
final class ByteKernel extends RowRangeKernel {
    private final byte[] m;

    /**
     * Byte value to double by table: a load is cheaper than C2's int-to-double conversion, which
     * also carries a false dependency on its target register (30 % faster, measured).
     */
    static final double[] TO_DOUBLE = new double[128];

    static {
        for (int v = 0; v < TO_DOUBLE.length; v++) {
            TO_DOUBLE[v] = v;
        }
    }

    /**
     * @param rowMajor the matrix, m_ij at {@code [i * n + j]}; kept by reference, not modified
     * @param n the order
     */
    ByteKernel(byte[] rowMajor, int n) {
        super(n);
        if (rowMajor.length != (long) n * n) {
            throw new IllegalArgumentException("expected " + n + "x" + n + " values, got " + rowMajor.length);
        }
        this.m = rowMajor;
    }

    @Override
    void stepRows(double[] x, double[] y, double[] rowOut, double[] colAcc, int from, int to) {
        final byte[] m = this.m;
        final double[] d = TO_DOUBLE;
        final int n = this.n;
        int i = from;
        for (; i + 3 < to; i += 4) {
            final int b0 = i * n, b1 = b0 + n, b2 = b1 + n, b3 = b2 + n;
            final double y0 = y[i], y1 = y[i + 1], y2 = y[i + 2], y3 = y[i + 3];
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            for (int j = 0; j < n; j++) {
                final double xj = x[j];
                final double v0 = d[m[b0 + j] & 127], v1 = d[m[b1 + j] & 127], v2 = d[m[b2 + j] & 127],
                        v3 = d[m[b3 + j] & 127];
                s0 += v0 * xj;
                s1 += v1 * xj;
                s2 += v2 * xj;
                s3 += v3 * xj;
                colAcc[j] = colAcc[j] + y0 * v0 + y1 * v1 + y2 * v2 + y3 * v3;
            }
            rowOut[i] = s0;
            rowOut[i + 1] = s1;
            rowOut[i + 2] = s2;
            rowOut[i + 3] = s3;
        }
        for (; i < to; i++) {
            stepRow(m, n, x, y, rowOut, colAcc, i);
        }
    }

    /**
     * One row alone (the rows left over by the four-row loops, here and in the Vector API
     * kernel): rowOut[i] = Σ_j m_ij x_j, colAcc[j] += y_i m_ij.
     *
     * @param m the matrix, row-major bytes 0..127, not modified
     * @param n the order
     * @param x right vector, not modified
     * @param y left vector, not modified
     * @param rowOut receives rowOut[i]
     * @param colAcc column accumulators, added to
     * @param i the row
     */
    static void stepRow(byte[] m, int n, double[] x, double[] y, double[] rowOut, double[] colAcc, int i) {
        final double[] d = TO_DOUBLE;
        final int b = i * n;
        final double yi = y[i];
        double s = 0;
        for (int j = 0; j < n; j++) {
            final double v = d[m[b + j] & 127]; // & 127: provably in range, no bounds check
            s += v * x[j];
            colAcc[j] += yi * v;
        }
        rowOut[i] = s;
    }

    @Override
    long work() {
        return (long) n * n;
    }

    @Override
    public String name() {
        return "byte-fused";
    }
}
