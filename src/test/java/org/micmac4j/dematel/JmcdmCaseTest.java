package org.micmac4j.dematel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Oracle: JMcDM (Julia), test/mcdm/testdematel.jl @ 87bbb34e0dc0468ddb311310f0a7b54d1d374633, which
 * asserts threshold, c, r, influenceMatrix and weights with {@code isapprox(..., atol = 1e-5)}
 * (norm of the difference). JMcDM's c is our D (row sums), its r our R (column sums). Setting that
 * reproduces it: the defaults (exact N, MAX_ROW_COLUMN, MEAN threshold, strict comparison).
 */
class JmcdmCaseTest {
    private static final String CASE = "jmcdm-10";
    private static final double ATOL = 1e-5;

    private final Map<String, Object> expected = Cases.expected(CASE);
    private final DematelResult result = Dematel.withDefaults().analyze(Cases.input(CASE));

    @Test
    void normalisesBy30() {
        // s = 30 by verify.py (independent numpy recomputation), not printed by JMcDM
        assertEquals(30.0, result.divisor(), 0.0);
    }

    @Test
    void thresholdIsTheMeanOfT() {
        assertEquals(MiniJson.number(expected.get("threshold")), result.threshold(), ATOL);
    }

    @Test
    void rowAndColumnSumsOfT() {
        assertTrue(Cases.normOfDifference(MiniJson.vector(expected.get("c")), result.d()) <= ATOL);
        assertTrue(Cases.normOfDifference(MiniJson.vector(expected.get("r")), result.r()) <= ATOL);
    }

    @Test
    void influenceMatrixIsTheStrictThresholdPattern() {
        double[][] want = MiniJson.matrix(expected.get("influenceMatrix"));
        for (int i = 0; i < want.length; i++) {
            for (int j = 0; j < want.length; j++) {
                assertEquals(want[i][j] == 1, result.isRelation(i, j), "cell " + i + "," + j);
            }
        }
        int count = 0;
        for (double[] row : want) {
            for (double v : row) {
                count += (int) v;
            }
        }
        assertEquals(count, result.relations().size());
    }

    @Test
    void weightsAreNormalisedDistances() {
        double[] w = result.weights();
        assertTrue(Cases.normOfDifference(MiniJson.vector(expected.get("weights")), w) <= ATOL);
        double sum = 0;
        for (double x : w) {
            sum += x;
        }
        assertEquals(1.0, sum, 1e-12);
    }

    @Test
    void roundingNToFiveDecimalsWouldFailThisOracle() {
        // SOURCE.md: the CRAN package's rounding of N moves c by up to 3.7e-5 here, beyond JMcDM's atol:
        // the two oracles need opposite settings, hence exact N by default.
        DematelResult rounded = Dematel.withDefaults().withRounding(5).analyze(Cases.input(CASE));
        assertTrue(Cases.normOfDifference(MiniJson.vector(expected.get("c")), rounded.d()) > ATOL);
    }
}
