package org.micmac4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

/**
 * Numeric overflow is never silent (docs/METHOD.md §3.2, §12: a dense 40-variable matrix overflows int64 near
 * k = 14).
 */
class OverflowTest {

    private static InfluenceMatrix denseThrees(int n) {
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = i == j ? 0 : 3;
            }
        }
        return InfluenceMatrix.of(a);
    }

    @Test
    void rankingsWorkAtOrdersWhoseSumsExceedTheDoubleRange() {
        // Row sums of M^400 are 117^400 ≈ e^1905, beyond Double.MAX_VALUE ≈ e^709.
        MicmacResult r = Micmac.withDefaults().withOrder(400).analyze(denseThrees(40));
        ViewResult v = r.view(View.INDIRECT);
        assertEquals(400 * Math.log(117), v.logInfluenceMagnitude(), 1e-9 * 400 * Math.log(117));
        for (int i = 0; i < 40; i++) {
            assertEquals(1, v.influenceRank(i));
            assertEquals(117.0, v.influence(i), 1e-9);
        }
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> v.rawInfluence(0));
        assertTrue(e.getMessage().contains("exceeds the double range"), e.getMessage());
        assertThrows(ArithmeticException.class, () -> r.indirectMatrix(View.INDIRECT));
    }

    @Test
    void exactSumsBeyondLongRange() {
        // k = 14: 117^14 ≈ 9.0e28 > Long.MAX_VALUE ≈ 9.2e18.
        ExactSums s = Micmac.withDefaults().withOrder(14).analyze(denseThrees(40)).exactSums(View.INDIRECT);
        BigInteger expected = BigInteger.valueOf(117).pow(14);
        assertEquals(expected, s.influence().get(0));
        assertTrue(expected.bitLength() > 63);
        assertArrayEquals(s.influence().toArray(), s.dependence().toArray());
    }
}
