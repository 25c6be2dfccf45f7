package org.micmac4j.internal.kernel;

/**
 * The reference kernel: a plain double loop over a row-major {@code double[]}. Every faster kernel
 * is tested against this one.
 */
public final class NaiveDenseKernel implements RankingKernel {
    private final double[] m;
    private final int n;

    /**
     * @param rowMajor the matrix, m_ij at {@code rowMajor[i * n + j]}; kept by reference, not copied
     * @param n the order
     */
    public NaiveDenseKernel(double[] rowMajor, int n) {
        if (rowMajor.length != (long) n * n) {
            throw new IllegalArgumentException("expected " + n + "x" + n + " values, got " + rowMajor.length);
        }
        this.m = rowMajor;
        this.n = n;
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public void step(double[] x, double[] y, double[] rowOut, double[] colOut) {
        java.util.Arrays.fill(colOut, 0, n, 0.0);
        for (int i = 0; i < n; i++) {
            double sum = 0;
            double yi = y[i];
            int base = i * n;
            for (int j = 0; j < n; j++) {
                double v = m[base + j];
                sum += v * x[j];
                colOut[j] += yi * v;
            }
            rowOut[i] = sum;
        }
    }

    @Override
    public String name() {
        return "naive-dense";
    }
}
