package org.micmac4j.internal.store;

/**
 * Read-only storage of the numeric cells of a square non-negative matrix (P cells are stored as
 * their substituted weight, see {@link #withCells}). Implementations are immutable, so that an
 * {@code InfluenceMatrix} can share one store between views and threads. Internal.
 */
public interface MatrixStore {

    /** Receives one non-zero cell. */
    @FunctionalInterface
    interface CellVisitor {
        /**
         * @param i row
         * @param j column
         * @param value the non-zero value
         */
        void visit(int i, int j, double value);
    }

    /** @return n, the order */
    int size();

    /** @return the layout of this store (never {@link Layout#AUTO}) */
    Layout layout();

    /**
     * @param i row, 0-based
     * @param j column, 0-based
     * @return m_ij
     */
    double get(int i, int j);

    /** @return the number of non-zero cells */
    long nonZeroCount();

    /**
     * Visits every non-zero cell in row-major order.
     *
     * @param visitor receives each cell
     */
    void forEachNonZero(CellVisitor visitor);

    /** @return true when every value is an integer (so exact arithmetic applies) */
    boolean isIntegral();

    /** @return the largest value (0 for an all-zero matrix) */
    double maxValue();

    /**
     * A copy with the given cells set to {@code value}.
     *
     * @param cells cell positions {@code i * n + j}, sorted ascending, not modified
     * @param value the value to write into those cells (non-negative, finite)
     * @return a new store; this one is unchanged
     */
    MatrixStore withCells(long[] cells, double value);

    /**
     * A copy with cell (rows[k], columns[k]) set to values[k] for k &lt; count, in the same layout
     * when the values fit it (a byte store given a value that is not a byte becomes dense). One
     * copy of the store plus O(count): the way to change a few cells of a large matrix.
     *
     * @param rows the rows of the changed cells, not modified
     * @param columns their columns, not modified; cells in strictly increasing row-major order
     * @param values the new values (non-negative, finite), not modified
     * @param count how many entries of the arrays to use
     * @return a new store; this one is unchanged
     */
    MatrixStore withCells(int[] rows, int[] columns, double[] values, int count);

    /**
     * A dense row-major copy, m_ij at {@code [i * n + j]}.
     *
     * @return a new array
     * @throws ArithmeticException when n² does not fit in an array
     */
    default double[] toRowMajor() {
        int n = size();
        long len = (long) n * n;
        if (len > Integer.MAX_VALUE - 8) {
            throw new ArithmeticException("a dense copy of a " + n + "x" + n + " matrix does not fit in one array");
        }
        double[] a = new double[(int) len];
        forEachNonZero((i, j, v) -> a[i * n + j] = v);
        return a;
    }
}
