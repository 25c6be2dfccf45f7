package org.micmac4j.internal.graph;

import org.micmac4j.internal.store.MatrixStore;

/**
 * The influence graph of a matrix in compressed adjacency form: an edge i -> j for every non-zero
 * cell m_ij (so a self-loop where the diagonal is non-zero). Immutable; O(n + nnz)
 * memory.
 */
public final class Digraph {
    final int n;
    final int[] start;
    final int[] target;
    final double[] weight;

    private Digraph(int n, int[] start, int[] target, double[] weight) {
        this.n = n;
        this.start = start;
        this.target = target;
        this.weight = weight;
    }

    /**
     * @param store a matrix
     * @return its graph (edges in row-major order)
     */
    public static Digraph of(MatrixStore store) {
        int n = store.size();
        long nnz = store.nonZeroCount();
        if (nnz > Integer.MAX_VALUE - 8) {
            throw new ArithmeticException("too many non-zero cells for one graph: " + nnz);
        }
        int[] start = new int[n + 1];
        int[] target = new int[(int) nnz];
        double[] weight = new double[(int) nnz];
        int[] k = {0};
        store.forEachNonZero((i, j, v) -> {
            start[i + 1]++;
            target[k[0]] = j;
            weight[k[0]++] = v;
        });
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        return new Digraph(n, start, target, weight);
    }

    /** @return the number of vertices */
    public int size() {
        return n;
    }

    /** @return the number of edges */
    public int edgeCount() {
        return target.length;
    }
}
