package org.micmac4j.fuzzy;

/** Max-min composition, the fuzzy matrix product. */
final class MaxMin {
    private MaxMin() {
    }

    /**
     * (A ∘ B)_ij = max_k min(a_ik, b_kj).
     *
     * @param a left, not modified
     * @param b right, not modified
     * @return a new array
     */
    static double[][] compose(double[][] a, double[][] b) {
        int n = a.length;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                double aik = a[i][k];
                if (aik == 0) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    double m = Math.min(aik, b[k][j]);
                    if (m > c[i][j]) {
                        c[i][j] = m;
                    }
                }
            }
        }
        return c;
    }
}
