package org.micmac4j.dematel;

import org.micmac4j.internal.Messages;

/**
 * How DEMATEL turns the direct-relation matrix Z into the normalised matrix N = Z / s.
 *
 * <p>Example: Z = [[0, 3], [1, 0]] has row sums 3, 1 and column sums 1, 3. {@link #MAX_ROW_COLUMN}
 * divides by s = max(3, 3) = 3; {@link #MAX_ROW} by 3; {@link #MAX_COLUMN} by 3. For
 * Z = [[0, 3, 1], [0, 0, 0], [0, 0, 0]] (row sums 4, 0, 0; column sums 0, 3, 1) they give 4, 4 and
 * 3.
 *
 * <p>Each choice bounds the spectral radius of N by 1 (a matrix's spectral radius is at most its
 * largest row sum and at most its largest column sum). It equals 1 exactly when some closed group
 * of variables has all its row sums (or column sums) equal to s, e.g. a pure cycle with equal
 * weights or a matrix with equal row sums; DEMATEL then has no total relation and the analysis
 * fails with a message.
 */
public enum Normalization {
    /**
     * s = max(largest row sum, largest column sum): the usual DEMATEL normalisation (JMcDM, the CRAN
     * package {@code dematel}, spectralDEMATEL). The default.
     */
    MAX_ROW_COLUMN,
    /** s = largest row sum (the original Gabus and Fontela variant used by some authors). */
    MAX_ROW,
    /** s = largest column sum. */
    MAX_COLUMN;

    /**
     * The divisor s.
     *
     * @param z the direct-relation matrix, not modified
     * @return s, at least 0
     * @throws org.micmac4j.InvalidInputException when a row or column sum exceeds the double
     *     range (s would be infinite and N = Z / s all zeros: a silently wrong answer)
     */
    double divisor(double[][] z) {
        int n = z.length;
        double[] columns = new double[n];
        double maxRow = 0;
        for (int i = 0; i < n; i++) {
            double row = 0;
            double[] zi = z[i];
            for (int j = 0; j < n; j++) {
                row += zi[j];
                columns[j] += zi[j];
            }
            Messages.require(Double.isFinite(row), "DEMATEL: the sum of row %d of Z exceeds the double range (cells up "
                    + "to %s): divide the matrix by a constant (DEMATEL is scale-free)", i + 1, Double.MAX_VALUE);
            maxRow = Math.max(maxRow, row);
        }
        double maxColumn = 0;
        for (int j = 0; j < n; j++) {
            Messages.require(Double.isFinite(columns[j]), "DEMATEL: the sum of column %d of Z exceeds the double "
                    + "range (cells up to %s): divide the matrix by a constant (DEMATEL is scale-free)", j + 1,
                    Double.MAX_VALUE);
            maxColumn = Math.max(maxColumn, columns[j]);
        }
        switch (this) {
            case MAX_ROW:
                return maxRow;
            case MAX_COLUMN:
                return maxColumn;
            default:
                return Math.max(maxRow, maxColumn);
        }
    }
}
