package org.micmac4j.internal.store;

import java.util.Arrays;

/**
 * Compressed sparse rows: the non-zeros of row i are at positions {@code rowPtr[i]} to
 * {@code rowPtr[i + 1] - 1}, with strictly increasing columns {@code colIdx[p]} and values in
 * either {@code bytes[p]} (all values integers 0..127: 5 bytes per non-zero) or
 * {@code values[p]} (12 bytes per non-zero). Never allocates n², so n can reach millions.
 * Immutable.
 */
public final class CsrStore implements MatrixStore, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final int n;
    private final int[] rowPtr;
    private final int[] colIdx;
    private final double[] values;
    private final byte[] bytes;
    private final boolean integral;
    private final double max;
    /** Mᵀ in CSR, built on first request (racy but idempotent: any thread builds the same). */
    private volatile CsrStore transposed;

    /**
     * Takes the arrays over (the caller must not keep references). Exactly one of {@code values}
     * and {@code bytes} is non-null.
     *
     * @param n the order
     * @param rowPtr n + 1 offsets, non-decreasing, from 0 to nnz
     * @param colIdx nnz columns, strictly increasing within each row
     * @param values nnz positive finite values, or null
     * @param bytes nnz values 1..127, or null
     */
    CsrStore(int n, int[] rowPtr, int[] colIdx, double[] values, byte[] bytes) {
        if ((values == null) == (bytes == null)) {
            throw new IllegalArgumentException("exactly one of values and bytes must be given");
        }
        int nnz = rowPtr[n];
        if (rowPtr.length != n + 1 || rowPtr[0] != 0 || colIdx.length != nnz
                || (values != null ? values.length : bytes.length) != nnz) {
            throw new IllegalArgumentException("inconsistent CSR arrays");
        }
        boolean in = true;
        double mx = 0;
        for (int i = 0; i < n; i++) {
            for (int p = rowPtr[i]; p < rowPtr[i + 1]; p++) {
                if (colIdx[p] < 0 || colIdx[p] >= n || (p > rowPtr[i] && colIdx[p] <= colIdx[p - 1])) {
                    throw new IllegalArgumentException(
                            "row " + i + ": columns must be in 0.." + (n - 1) + " and strictly increasing");
                }
                double v = values != null ? values[p] : bytes[p];
                if (!(v > 0) || !Double.isFinite(v)) {
                    throw new IllegalArgumentException(
                            "stored values must be positive and finite, got " + v + " at (" + i + ", " + colIdx[p]
                            + ")");
                }
                in &= v == Math.rint(v);
                mx = Math.max(mx, v);
            }
        }
        this.n = n;
        this.rowPtr = rowPtr;
        this.colIdx = colIdx;
        this.values = values;
        this.bytes = bytes;
        this.integral = in;
        this.max = mx;
    }

    /**
     * Compresses a dense matrix.
     *
     * @param rowMajor the values, m_ij at {@code [i * n + j]}, not modified
     * @param n the order
     * @param useBytes store values in bytes (every value must then {@link ByteStore#fits fit})
     * @return a new store
     */
    public static CsrStore of(double[] rowMajor, int n, boolean useBytes) {
        int nnz = 0;
        for (double v : rowMajor) {
            nnz += v != 0 ? 1 : 0;
        }
        int[] ptr = new int[n + 1];
        int[] col = new int[nnz];
        double[] val = useBytes ? null : new double[nnz];
        byte[] b = useBytes ? new byte[nnz] : null;
        int p = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0, q = i * n; j < n; j++, q++) {
                double v = rowMajor[q];
                if (v != 0) {
                    if (useBytes) {
                        if (!ByteStore.fits(v)) {
                            throw new IllegalArgumentException("value " + v + " does not fit in a byte cell");
                        }
                        b[p] = (byte) v;
                    } else {
                        val[p] = v;
                    }
                    col[p++] = j;
                }
            }
            ptr[i + 1] = p;
        }
        return new CsrStore(n, ptr, col, val, b);
    }

    /**
     * Builds a store from an edge list in O(nnz + n) time and memory (two counting sorts), never
     * allocating n².
     *
     * @param n the order
     * @param from edge sources (rows), not modified
     * @param to edge targets (columns), not modified
     * @param w edge weights, non-negative and finite (zeros are dropped), not modified
     * @return a new store, with byte values when every weight fits in a byte
     * @throws IllegalArgumentException on mismatched lengths, out-of-range indices, bad weights or
     *     a repeated edge
     */
    public static CsrStore fromEdges(int n, int[] from, int[] to, double[] w) {
        if (from.length != to.length || from.length != w.length) {
            throw new IllegalArgumentException("from, to and w must have the same length");
        }
        boolean fitBytes = true;
        int m = 0;
        for (int e = 0; e < w.length; e++) {
            if (from[e] < 0 || from[e] >= n || to[e] < 0 || to[e] >= n) {
                throw new IllegalArgumentException(
                        "edge " + e + " (" + from[e] + " -> " + to[e] + ") is outside 0.." + (n - 1));
            }
            if (!(w[e] >= 0) || !Double.isFinite(w[e])) {
                throw new IllegalArgumentException(
                        "edge " + e + " has weight " + w[e] + "; weights must be non-negative and finite");
            }
            if (w[e] != 0) {
                m++;
                fitBytes &= ByteStore.fits(w[e]);
            }
        }
        // Counting sort by column, then a stable counting sort by row: columns end up sorted
        // within each row without a comparison sort.
        int[] byCol = countingOrder(n, to, w, null, m);
        int[] byRow = countingOrder(n, from, w, byCol, m);
        int[] ptr = new int[n + 1];
        int[] col = new int[m];
        double[] val = fitBytes ? null : new double[m];
        byte[] b = fitBytes ? new byte[m] : null;
        for (int p = 0; p < m; p++) {
            int e = byRow[p];
            ptr[from[e] + 1]++;
            col[p] = to[e];
            if (fitBytes) {
                b[p] = (byte) w[e];
            } else {
                val[p] = w[e];
            }
            if (p > 0 && from[e] == from[byRow[p - 1]] && to[e] == to[byRow[p - 1]]) {
                throw new IllegalArgumentException("edge " + from[e] + " -> " + to[e] + " is given twice");
            }
        }
        for (int i = 0; i < n; i++) {
            ptr[i + 1] += ptr[i];
        }
        return new CsrStore(n, ptr, col, val, b);
    }

    /** Edge ids with non-zero weight, in {@code order} (or id order when null), stably sorted by key. */
    private static int[] countingOrder(int n, int[] key, double[] w, int[] order, int m) {
        int[] start = new int[n + 1];
        int len = order == null ? w.length : order.length;
        for (int q = 0; q < len; q++) {
            int e = order == null ? q : order[q];
            if (w[e] != 0) {
                start[key[e] + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] out = new int[m];
        for (int q = 0; q < len; q++) {
            int e = order == null ? q : order[q];
            if (w[e] != 0) {
                out[start[key[e]]++] = e;
            }
        }
        return out;
    }

    @Override
    public Layout layout() {
        return Layout.SPARSE;
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public double get(int i, int j) {
        int p = Arrays.binarySearch(colIdx, rowPtr[i], rowPtr[i + 1], j);
        return p >= 0 ? value(p) : 0;
    }

    private double value(int p) {
        return values != null ? values[p] : bytes[p];
    }

    @Override
    public long nonZeroCount() {
        return rowPtr[n];
    }

    @Override
    public void forEachNonZero(CellVisitor visitor) {
        for (int i = 0; i < n; i++) {
            for (int p = rowPtr[i]; p < rowPtr[i + 1]; p++) {
                visitor.visit(i, colIdx[p], value(p));
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

    /** A CSR copy; cells set to 0 are removed, new non-zero cells inserted. */
    @Override
    public MatrixStore withCells(long[] cells, double value) {
        int[] rows = new int[cells.length];
        int[] columns = new int[cells.length];
        double[] values = new double[cells.length];
        for (int k = 0; k < cells.length; k++) {
            rows[k] = (int) (cells[k] / n);
            columns[k] = (int) (cells[k] % n);
            values[k] = value;
        }
        return withCells(rows, columns, values, cells.length);
    }

    /** A CSR copy; cells set to 0 are removed, new non-zero cells inserted. */
    @Override
    public MatrixStore withCells(int[] rows, int[] columns, double[] newValues, int count) {
        boolean useBytes = bytes != null;
        for (int k = 0; k < count && useBytes; k++) {
            useBytes = newValues[k] == 0 || ByteStore.fits(newValues[k]);
        }
        int cap = rowPtr[n] + count;
        int[] ptr = new int[n + 1];
        int[] col = new int[cap];
        double[] val = useBytes ? null : new double[cap];
        byte[] b = useBytes ? new byte[cap] : null;
        int out = 0;
        int c = 0;
        for (int i = 0; i < n; i++) {
            int p = rowPtr[i];
            int end = rowPtr[i + 1];
            // Merge the row's stored entries with the (sorted) changed cells of this row.
            while (p < end || (c < count && rows[c] == i)) {
                int jStored = p < end ? colIdx[p] : Integer.MAX_VALUE;
                int jCell = c < count && rows[c] == i ? columns[c] : Integer.MAX_VALUE;
                double v;
                int j;
                if (jCell <= jStored) {
                    j = jCell;
                    v = newValues[c++];
                    if (jCell == jStored) {
                        p++;
                    }
                } else {
                    j = jStored;
                    v = value(p++);
                }
                if (v != 0) {
                    col[out] = j;
                    if (useBytes) {
                        b[out] = (byte) v;
                    } else {
                        val[out] = v;
                    }
                    out++;
                }
            }
            ptr[i + 1] = out;
        }
        return new CsrStore(n, ptr, Arrays.copyOf(col, out), useBytes ? null : Arrays.copyOf(val, out),
                useBytes ? Arrays.copyOf(b, out) : null);
    }

    /**
     * Mᵀ as compressed rows (the compressed columns of M), built once on first call in O(nnz + n):
     * its row j lists the non-zeros of column j in increasing row order.
     *
     * @return the transpose; doubles the memory held while this store is reachable
     */
    public CsrStore transpose() {
        CsrStore t = transposed;
        if (t == null) {
            int nnz = rowPtr[n];
            int[] ptr = new int[n + 1];
            for (int p = 0; p < nnz; p++) {
                ptr[colIdx[p] + 1]++;
            }
            for (int j = 0; j < n; j++) {
                ptr[j + 1] += ptr[j];
            }
            int[] next = java.util.Arrays.copyOf(ptr, n);
            int[] rows = new int[nnz];
            double[] tv = values != null ? new double[nnz] : null;
            byte[] tb = bytes != null ? new byte[nnz] : null;
            for (int i = 0; i < n; i++) { // rows in order: each column's entries come out sorted
                for (int p = rowPtr[i]; p < rowPtr[i + 1]; p++) {
                    int q = next[colIdx[p]]++;
                    rows[q] = i;
                    if (tv != null) {
                        tv[q] = values[p];
                    } else {
                        tb[q] = bytes[p];
                    }
                }
            }
            t = new CsrStore(n, ptr, rows, tv, tb);
            t.transposed = this;
            transposed = t;
        }
        return t;
    }

    /** @return the row offsets (n + 1), not a copy: kernels must not modify it */
    public int[] rowPointers() {
        return rowPtr;
    }

    /** @return the column of each non-zero, not a copy: kernels must not modify it */
    public int[] columnIndices() {
        return colIdx;
    }

    /** @return the double values, or null when the values are in {@link #byteValues()}; not a copy */
    public double[] doubleValues() {
        return values;
    }

    /** @return the byte values, or null when the values are in {@link #doubleValues()}; not a copy */
    public byte[] byteValues() {
        return bytes;
    }

    @Override
    public String toString() {
        return "CsrStore[n=" + n + ", nonZeros=" + rowPtr[n] + (bytes != null ? ", bytes" : ", doubles") + "]";
    }
}
