package org.micmac4j.internal.graph;

import org.micmac4j.internal.store.Layout;
import org.micmac4j.internal.store.MatrixStore;

/**
 * The influence graph of a matrix in compressed adjacency form: an edge i -> j for every non-zero
 * cell m_ij (so a self-loop where the diagonal is non-zero). Immutable; O(n + nnz)
 * memory: 4 bytes per edge, plus 8 for its weight only when the matrix is stored sparse (dense and
 * byte stores give a cell's weight in O(1), and a 10 000-variable dense matrix would otherwise
 * need 720 MB of weights beside its 100 MB of byte cells).
 */
public final class Digraph {
    final int n;
    final int[] start;
    final int[] target;
    private final double[] weight; // null: read from the store
    private final MatrixStore store;

    private Digraph(int n, int[] start, int[] target, double[] weight, MatrixStore store) {
        this.n = n;
        this.start = start;
        this.target = target;
        this.weight = weight;
        this.store = store;
    }

    /**
     * @param u the edge's source
     * @param e the edge, in {@code start[u] .. start[u + 1] - 1}
     * @return its weight m_uv
     */
    double weight(int u, int e) {
        return weight != null ? weight[e] : store.get(u, target[e]);
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
        double[] weight = store.layout() == Layout.SPARSE ? new double[(int) nnz] : null;
        int[] k = {0};
        store.forEachNonZero((i, j, v) -> {
            start[i + 1]++;
            if (weight != null) {
                weight[k[0]] = v;
            }
            target[k[0]++] = j;
        });
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        return new Digraph(n, start, target, weight, weight == null ? store : null);
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
