package org.micmac4j.internal.store;

import java.util.Arrays;

/** A dense row-major {@code double[]} store. Immutable: the array is owned and never exposed. */
public final class DenseStore implements MatrixStore, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final double[] a;
    private final int n;
    private final long nonZeros;
    private final boolean integral;
    private final double max;

    /**
     * @param rowMajor the values, taken over (the caller must not keep a reference)
     * @param n the order
     */
    public DenseStore(double[] rowMajor, int n) {
        if (rowMajor.length != (long) n * n) {
            throw new IllegalArgumentException("expected " + n + "x" + n + " values, got " + rowMajor.length);
        }
        this.a = rowMajor;
        this.n = n;
        long nz = 0;
        boolean in = true;
        double mx = 0;
        for (double v : rowMajor) {
            if (v != 0) {
                nz++;
                in &= v == Math.rint(v);
                mx = Math.max(mx, v);
            }
        }
        this.nonZeros = nz;
        this.integral = in;
        this.max = mx;
    }

    @Override
    public Layout layout() {
        return Layout.DENSE;
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public double get(int i, int j) {
        return a[i * n + j];
    }

    @Override
    public long nonZeroCount() {
        return nonZeros;
    }

    @Override
    public void forEachNonZero(CellVisitor visitor) {
        for (int i = 0, p = 0; i < n; i++) {
            for (int j = 0; j < n; j++, p++) {
                double v = a[p];
                if (v != 0) {
                    visitor.visit(i, j, v);
                }
            }
        }
    }

    @Override
    public boolean isIntegral() {
        return integral;
    }

    @Override
    public double maxValue() {
        return max;
    }

    @Override
    public MatrixStore withCells(long[] cells, double value) {
        double[] copy = a.clone();
        for (long c : cells) {
            copy[(int) c] = value;
        }
        return new DenseStore(copy, n);
    }

    @Override
    public MatrixStore withCells(int[] rows, int[] columns, double[] values, int count) {
        double[] copy = a.clone();
        for (int k = 0; k < count; k++) {
            copy[rows[k] * n + columns[k]] = values[k];
        }
        return new DenseStore(copy, n);
    }

    @Override
    public double[] toRowMajor() {
        return a.clone();
    }

    /**
     * Read access to the backing array for kernels in this module, which must not modify it.
     *
     * @return the backing array, not a copy
     */
    public double[] backingArray() {
        return a;
    }

    @Override
    public String toString() {
        return "DenseStore[n=" + n + ", nonZeros=" + nonZeros + ", first="
                + Arrays.toString(Arrays.copyOf(a, Math.min(4, a.length))) + "]";
    }
}
