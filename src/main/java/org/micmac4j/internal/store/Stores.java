package org.micmac4j.internal.store;

/**
 * Chooses the storage of a matrix from its values. The rule (documented on
 * {@code InfluenceMatrix}) is: dense doubles. Faster layouts (one byte per cell for small
 * integers, compressed rows for sparse matrices) plug in here.
 */
public final class Stores {
    private Stores() {
    }

    /**
     * @param rowMajor the values, taken over
     * @param n the order
     * @return a store holding them
     */
    public static MatrixStore dense(double[] rowMajor, int n) {
        return new DenseStore(rowMajor, n);
    }
}
