package org.micmac4j.operator;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.internal.Messages;

/** The weighted matrix as row-major arrays, shared by the operators of this package. */
final class Weights {
    private Weights() {
    }

    /** @return m with P cells at {@code potentialWeight}, row-major, a new array */
    static double[] rowMajor(InfluenceMatrix m, double potentialWeight) {
        Messages.nonNegative(potentialWeight, "potentialWeight");
        int n = m.size();
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i * n + j] = m.weight(i, j, potentialWeight);
            }
        }
        return a;
    }

    static double[][] square(double[] rowMajor, int n) {
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(rowMajor, i * n, a[i], 0, n);
        }
        return a;
    }
}
