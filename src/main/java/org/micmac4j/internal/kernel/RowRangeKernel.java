package org.micmac4j.internal.kernel;

/**
 * A ranking kernel whose step splits by rows, so that {@link ParallelKernel} can hand row ranges
 * to threads, each with its own column accumulator.
 */
abstract class RowRangeKernel implements RankingKernel {
    /** The order n. */
    final int n;

    RowRangeKernel(int n) {
        this.n = n;
    }

    @Override
    public final int size() {
        return n;
    }

    /**
     * The part of one step owed to rows {@code from} to {@code to - 1}:
     *
     * <pre>
     *   rowOut[i]  = Σ_j m_ij · x[j]          for from ≤ i &lt; to   (overwritten)
     *   colAcc[j] += Σ_{from ≤ i &lt; to} y[i] · m_ij   for all j   (accumulated)
     * </pre>
     *
     * Rows are summed in column order and columns in row order, as in {@link NaiveDenseKernel}.
     *
     * @param x right vector, not modified
     * @param y left vector, not modified
     * @param rowOut entries from..to-1 overwritten
     * @param colAcc added to, length n
     * @param from first row
     * @param to one past the last row
     */
    abstract void stepRows(double[] x, double[] y, double[] rowOut, double[] colAcc, int from, int to);

    /** Single-threaded step; the results are bit-identical to {@link NaiveDenseKernel}'s. */
    @Override
    public void step(double[] x, double[] y, double[] rowOut, double[] colOut) {
        java.util.Arrays.fill(colOut, 0, n, 0.0);
        stepRows(x, y, rowOut, colOut, 0, n);
        Finite.check(rowOut, colOut, n);
    }

    /** @return the number of stored cells one step reads (n² dense, nnz sparse), for the parallel rule */
    abstract long work();

    /**
     * @param row a row index, 0..n
     * @return the cells read for the rows before it, to balance row ranges between threads
     */
    long workBefore(int row) {
        return (long) row * n;
    }
}
