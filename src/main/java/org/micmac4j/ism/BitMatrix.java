package org.micmac4j.ism;

/**
 * A square Boolean matrix stored as one {@code long[]} bit set per row; row i holds the variables
 * that i reaches. Mutable, package-private: the public types copy out of it.
 */
final class BitMatrix {
    private final int n;
    private final long[][] rows;

    BitMatrix(int n) {
        this.n = n;
        this.rows = new long[n][words(n)];
    }

    /** @return the number of 64-bit words of a bit set over n variables */
    static int words(int n) {
        return (n + 63) >>> 6;
    }

    /**
     * @param m a square matrix (not modified)
     * @return its bit form
     */
    static BitMatrix of(boolean[][] m) {
        BitMatrix b = new BitMatrix(m.length);
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                if (m[i][j]) {
                    b.set(i, j);
                }
            }
        }
        return b;
    }

    int size() {
        return n;
    }

    boolean get(int i, int j) {
        return (rows[i][j >>> 6] & (1L << j)) != 0;
    }

    void set(int i, int j) {
        rows[i][j >>> 6] |= 1L << j;
    }

    /** @return row i as a bit set (a copy) */
    long[] row(int i) {
        return rows[i].clone();
    }

    /** @return row i itself, not a copy: writes change this matrix */
    long[] rowView(int i) {
        return rows[i];
    }

    /** @return a copy of this matrix */
    BitMatrix copy() {
        BitMatrix c = new BitMatrix(n);
        for (int i = 0; i < n; i++) {
            System.arraycopy(rows[i], 0, c.rows[i], 0, rows[i].length);
        }
        return c;
    }

    /** @return the transpose (row j holds the variables that reach j) */
    BitMatrix transpose() {
        BitMatrix t = new BitMatrix(n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (get(i, j)) {
                    t.set(j, i);
                }
            }
        }
        return t;
    }

    /**
     * The transitive closure by Warshall's algorithm on bit sets: for every intermediate k, every
     * row that reaches k takes the union with row k. O(n^3 / 64).
     *
     * @return a closed copy; this matrix is not modified
     */
    BitMatrix closure() {
        BitMatrix c = copy();
        for (int k = 0; k < n; k++) {
            long[] rk = c.rows[k];
            int word = k >>> 6;
            long bit = 1L << k;
            for (int i = 0; i < n; i++) {
                long[] ri = c.rows[i];
                if ((ri[word] & bit) != 0) {
                    for (int w = 0; w < ri.length; w++) {
                        ri[w] |= rk[w];
                    }
                }
            }
        }
        return c;
    }

    /** @return the number of ones in row i */
    int rowCount(int i) {
        int count = 0;
        for (long w : rows[i]) {
            count += Long.bitCount(w);
        }
        return count;
    }

    /** @return the number of ones in column j */
    int columnCount(int j) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (get(i, j)) {
                count++;
            }
        }
        return count;
    }

    /** @return a new {@code boolean[][]} with the same cells */
    boolean[][] toArray() {
        boolean[][] a = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = get(i, j);
            }
        }
        return a;
    }

    /** Bit set helpers over {@code long[]} sets of the same length. */
    static boolean contains(long[] set, int i) {
        return (set[i >>> 6] & (1L << i)) != 0;
    }

    static void add(long[] set, int i) {
        set[i >>> 6] |= 1L << i;
    }

    static void remove(long[] set, int i) {
        set[i >>> 6] &= ~(1L << i);
    }

    static long[] and(long[] a, long[] b) {
        long[] r = new long[a.length];
        for (int w = 0; w < a.length; w++) {
            r[w] = a[w] & b[w];
        }
        return r;
    }

    static boolean isSubset(long[] a, long[] b) {
        for (int w = 0; w < a.length; w++) {
            if ((a[w] & ~b[w]) != 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isEmpty(long[] a) {
        for (long w : a) {
            if (w != 0) {
                return false;
            }
        }
        return true;
    }
}
