package org.micmac4j.internal.graph;

/**
 * A square Boolean matrix stored as one {@code long[]} bit set per row; row i holds the variables
 * that i reaches: the one transitive closure of the library (ISM and the Boolean reachability
 * operator). Mutable; the public types copy out of it.
 */
public final class BitMatrix {
    private final int n;
    private final long[][] rows;

    /** @param n the order; every cell false */
    public BitMatrix(int n) {
        this.n = n;
        this.rows = new long[n][words(n)];
    }

    /** @return the number of 64-bit words of a bit set over n variables */
    public static int words(int n) {
        return (n + 63) >>> 6;
    }

    /**
     * @param m a square matrix (not modified)
     * @return its bit form
     */
    public static BitMatrix of(boolean[][] m) {
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

    /** @return the order */
    public int size() {
        return n;
    }

    /**
     * @param i row
     * @param j column
     * @return whether i reaches j
     */
    public boolean get(int i, int j) {
        return (rows[i][j >>> 6] & (1L << j)) != 0;
    }

    /**
     * @param i row
     * @param j column
     */
    public void set(int i, int j) {
        rows[i][j >>> 6] |= 1L << j;
    }

    /** @return row i as a bit set (a copy) */
    public long[] row(int i) {
        return rows[i].clone();
    }

    /** @return row i itself, not a copy: writes change this matrix */
    public long[] rowView(int i) {
        return rows[i];
    }

    /** @return a copy of this matrix */
    public BitMatrix copy() {
        BitMatrix c = new BitMatrix(n);
        for (int i = 0; i < n; i++) {
            System.arraycopy(rows[i], 0, c.rows[i], 0, rows[i].length);
        }
        return c;
    }

    /** @return the transpose (row j holds the variables that reach j) */
    public BitMatrix transpose() {
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
    public BitMatrix closure() {
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
    public int rowCount(int i) {
        int count = 0;
        for (long w : rows[i]) {
            count += Long.bitCount(w);
        }
        return count;
    }

    /** @return the number of ones in column j */
    public int columnCount(int j) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (get(i, j)) {
                count++;
            }
        }
        return count;
    }

    /** @return a new {@code boolean[][]} with the same cells */
    public boolean[][] toArray() {
        boolean[][] a = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = get(i, j);
            }
        }
        return a;
    }

    /**
     * Bit set helpers over {@code long[]} sets of the same length.
     *
     * @param set a set
     * @param i an element
     * @return whether the set holds it
     */
    public static boolean contains(long[] set, int i) {
        return (set[i >>> 6] & (1L << i)) != 0;
    }

    /**
     * @param set a set, modified
     * @param i the element to add
     */
    public static void add(long[] set, int i) {
        set[i >>> 6] |= 1L << i;
    }

    /**
     * @param set a set, modified
     * @param i the element to remove
     */
    public static void remove(long[] set, int i) {
        set[i >>> 6] &= ~(1L << i);
    }

    /**
     * @param a a set
     * @param b a set
     * @return a ∩ b, a new set
     */
    public static long[] and(long[] a, long[] b) {
        long[] r = new long[a.length];
        for (int w = 0; w < a.length; w++) {
            r[w] = a[w] & b[w];
        }
        return r;
    }

    /**
     * @param a a set
     * @param b a set
     * @return whether a ⊆ b
     */
    public static boolean isSubset(long[] a, long[] b) {
        for (int w = 0; w < a.length; w++) {
            if ((a[w] & ~b[w]) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param a a set
     * @return whether it is empty
     */
    public static boolean isEmpty(long[] a) {
        for (long w : a) {
            if (w != 0) {
                return false;
            }
        }
        return true;
    }
}
