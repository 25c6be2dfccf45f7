package org.micmac4j.internal.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** T = (I - N)^-1 N by the panel solve against Commons Math's LU (independent oracle). */
class IdentityMinusInverseTimesTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 63, 64, 65, 130, 200})
    void matchesCommonsMathOnRandomMatricesAcrossPanelBoundaries(int n) {
        Random rnd = new Random(31L * n);
        double[] nm = new double[n * n];
        for (int i = 0; i < n * n; i++) {
            // Mixed signs and zeros so that partial pivoting actually permutes rows.
            nm[i] = rnd.nextInt(4) == 0 ? 0 : (rnd.nextDouble() - 0.3) * 3.0 / n;
        }
        double[] before = nm.clone();
        double[] t = DenseLinearAlgebra.identityMinusInverseTimes(nm, n);
        assertArrayEquals(before, nm, 0, "input modified");

        RealMatrix nMatrix = new Array2DRowRealMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                nMatrix.setEntry(i, j, nm[i * n + j]);
            }
        }
        RealMatrix a = MatrixUtils.createRealIdentityMatrix(n).subtract(nMatrix);
        RealMatrix expected = new LUDecomposition(a).getSolver().solve(nMatrix);
        for (int i = 0; i < n; i++) {
            assertArrayEquals(expected.getRow(i), java.util.Arrays.copyOfRange(t, i * n, (i + 1) * n), 1e-10,
                    "row " + i);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void singularIdentityMinusNIsRejected(int n) {
        double[] nm = new double[n * n];
        for (int i = 0; i < n; i++) {
            nm[i * n + (i + 1) % n] = 1; // a permutation cycle: I - N is singular
        }
        assertThrows(ArithmeticException.class, () -> DenseLinearAlgebra.identityMinusInverseTimes(nm, n));
    }
}
