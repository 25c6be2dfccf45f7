package org.micmac4j.internal.kernel;

import org.micmac4j.internal.store.DenseStore;
import org.micmac4j.internal.store.MatrixStore;

/** Chooses the ranking kernel for a store. */
public final class Kernels {
    private Kernels() {
    }

    /**
     * @param store the matrix
     * @return a kernel computing one fused step over it
     */
    public static RankingKernel ranking(MatrixStore store) {
        double[] a = store instanceof DenseStore ? ((DenseStore) store).backingArray() : store.toRowMajor();
        return new NaiveDenseKernel(a, store.size());
    }
}
