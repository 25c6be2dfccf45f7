package org.micmac4j.internal.kernel;

/**
 * The innermost loop of {@link PackedGemm}: one tile of C from one packed micro-panel of A and
 * one of B,
 *
 * <pre>
 *   C[r][j] = (overwrite ? 0 : C[r][j]) + Σ_{p &lt; kc} Ap[p·MR + r] · Bp[p·NR + j]     (r &lt; MR, j &lt; NR)
 * </pre>
 *
 * where Ap holds MR rows of A column by column and Bp holds NR columns of B row by row (see
 * {@link GemmPacking}). The sum over p runs in order, in registers, and is added to C once, so
 * that every entry of C gets the same operations wherever its tile lies. Implementations keep the
 * MR x NR tile in registers (the Vector API one; plain Java has {@link PlainGemm} instead, which C2
 * can vectorize).
 */
interface MicroKernel {
    /** @return MR, the rows of a tile (values of A broadcast per step) */
    int rows();

    /** @return NR, the columns of a tile (values of B loaded per step) */
    int columns();

    /**
     * One tile; see the class comment.
     *
     * @param ap packed A, read from {@code ao}, MR·kc values
     * @param ao offset of the micro-panel in {@code ap}
     * @param bp packed B, read from {@code bo}, NR·kc values
     * @param bo offset of the micro-panel in {@code bp}
     * @param kc depth, at least 1
     * @param c receives the tile: row r at {@code co + r·ldc}, NR values
     * @param co offset of the tile's first value in {@code c}
     * @param ldc distance between rows of {@code c}
     * @param overwrite true to store the sums, false to add them to C
     */
    void multiply(double[] ap, int ao, double[] bp, int bo, int kc, double[] c, int co, int ldc, boolean overwrite);

    /** @return a short name, for reports and benchmarks */
    String name();
}
