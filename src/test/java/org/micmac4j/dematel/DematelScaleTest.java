package org.micmac4j.dematel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import org.micmac4j.InvalidInputException;

/**
 * Overflow is an error, and the iterative path (above 300 variables: GMRES for D and R, power
 * iteration for ρ(N)) agrees with independent dense computations (Commons Math).
 */
class DematelScaleTest {

    @Test
    void rowSumsBeyondTheDoubleRangeAreRefusedWithTheCause() {
        double big = 1e308;
        String m = assertThrows(InvalidInputException.class,
                () -> Dematel.withDefaults().analyze(new double[][] {{0, big, big}, {big, 0, 0}, {0, big, 0}}))
                .getMessage();
        assertTrue(m.contains("row 1") && m.contains("exceeds the double range"), m);
        String c = assertThrows(InvalidInputException.class,
                () -> Dematel.withDefaults().analyze(new double[][] {{0, big, 0}, {0, 0, 0}, {0, big, 0}}))
                .getMessage();
        assertTrue(c.contains("column 2") && c.contains("exceeds the double range"), c);
    }

    @Test
    void iterativePathAgreesWithDenseAlgebra() {
        int n = 320;
        Random rnd = new Random(7);
        double[][] z = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                z[i][j] = i == j ? 0 : rnd.nextInt(5);
            }
        }
        DematelResult r = Dematel.withDefaults().analyze(z);
        double s = r.divisor();
        RealMatrix nm = MatrixUtils.createRealMatrix(z).scalarMultiply(1 / s);
        // T = (I - N)^-1 N by Commons Math's LU
        RealMatrix t = MatrixUtils.inverse(MatrixUtils.createRealIdentityMatrix(n).subtract(nm)).multiply(nm);
        double[] d = r.d();
        double[] rr = r.r();
        for (int i = 0; i < n; i++) {
            double row = 0;
            double column = 0;
            for (int j = 0; j < n; j++) {
                row += t.getEntry(i, j);
                column += t.getEntry(j, i);
            }
            assertEquals(row, d[i], 1e-9 * row, "D " + i);
            assertEquals(column, rr[i], 1e-9 * column, "R " + i);
        }
        double rho = 0;
        for (double re : new EigenDecomposition(nm).getRealEigenvalues()) {
            rho = Math.max(rho, Math.abs(re));
        }
        assertEquals(rho, r.spectralRadiusOfN(), 1e-10);
        assertEquals(t.getEntry(3, 5), r.totalRelation(3, 5), 1e-12);
    }
}
