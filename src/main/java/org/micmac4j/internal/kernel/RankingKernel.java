package org.micmac4j.internal.kernel;

/**
 * One fused step of the indirect-ranking iteration over an n x n non-negative matrix M:
 *
 * <pre>
 *   rowOut[i] = Σ_j m_ij · x[j]      (rowOut = M·x,   influence direction)
 *   colOut[j] = Σ_i y[i] · m_ij      (colOut = yᵀ·M,  dependence direction)
 * </pre>
 *
 * computed, where the implementation can, in a single pass over the stored matrix. Starting from
 * x = y = 1, k steps give the row sums M^k·1 and column sums 1ᵀ·M^k (up to the rescaling that the
 * caller applies between steps). Internal: implementations are chosen by {@link Kernels}.
 *
 * <p>Arguments: {@code x} and {@code y} are read only; {@code rowOut} and {@code colOut} are
 * overwritten (they must not alias {@code x} or {@code y}). Implementations may keep internal
 * buffers, so one instance must not be used by two threads at once.
 */
public interface RankingKernel {

    /** @return n, the matrix order */
    int size();

    /**
     * One fused step; see the class comment for the formula.
     *
     * @param x right vector, length n, not modified
     * @param y left vector, length n, not modified
     * @param rowOut receives M·x, length n, overwritten
     * @param colOut receives yᵀ·M, length n, overwritten
     */
    void step(double[] x, double[] y, double[] rowOut, double[] colOut);

    /** @return a short name of the implementation, for reports and benchmarks */
    String name();
}
