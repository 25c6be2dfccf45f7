package org.micmac4j.operator;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.internal.Messages;
import org.micmac4j.internal.store.Layout;
import org.micmac4j.internal.store.MatrixStore;
import org.micmac4j.internal.store.Stores;

/**
 * The weighted matrix in the kernels' store, shared by the operators of this package: built from
 * the matrix's links, never through an n² copy when the matrix is sparse (the storage rule of
 * {@link Stores} decides), and with every size computed in long so that n² never overflows an int.
 */
final class Weights {
    private Weights() {
    }

    /**
     * @param m the matrix, not modified
     * @param potentialWeight what a P cell weighs, finite and non-negative
     * @return the store (a new one)
     * @throws ArithmeticException when a dense layout is chosen for a matrix whose n² cells do not
     *     fit in one array
     */
    static MatrixStore store(InfluenceMatrix m, double potentialWeight) {
        Messages.nonNegative(potentialWeight, "potentialWeight");
        int n = m.size();
        long links = m.nonZeroCount() + (potentialWeight > 0 ? m.potentialCount() : 0);
        if (Stores.choose(Layout.AUTO, n, links, false) == Layout.SPARSE) {
            int count = Math.toIntExact(links);
            int[] from = new int[count];
            int[] to = new int[count];
            double[] w = new double[count];
            int[] k = {0};
            m.forEachLink(potentialWeight, (i, j, v) -> {
                from[k[0]] = i;
                to[k[0]] = j;
                w[k[0]++] = v;
            });
            return Stores.sparse(n, from, to, w);
        }
        double[] a = new double[Math.toIntExact(Math.multiplyExact((long) n, n))];
        m.forEachLink(potentialWeight, (i, j, v) -> a[i * n + j] = v);
        return Stores.of(a, n);
    }
}
