package org.micmac4j.dematel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Oracle: spectralDEMATEL (P. Delias), tests/testthat/test-golden.R @
 * ffd6f8fccde8ef98ab9dd2a98408282e20d7b34d, FEFO stock control matrix (DOI
 * 10.1016/j.jafr.2025.101848): golden values with {@code tolerance = 1e-12} (relative), and values
 * "computed independently" by the paper's own code with tolerance 1e-4 / 1e-5.
 *
 * <p>The matrix has a non-zero diagonal (1 to 4), which the source keeps and counts in the sums
 * (s = 32). Setting that reproduces it: the defaults (the diagonal is used as given).
 */
class SpectralFefoCaseTest {
    private static final String CASE = "spectral-fefo-13";
    private static final double GOLDEN = 1e-12;

    private final Map<String, Object> expected = Cases.expected(CASE);
    private final DematelResult result = Dematel.withDefaults().analyze(Cases.input(CASE));
    private final SpectralDiagnostics spectral = result.spectral();

    @SuppressWarnings("unchecked")
    private double golden(String key) {
        return MiniJson.number(((Map<String, Object>) expected.get("golden")).get(key));
    }

    private static void assertRelative(double want, double got, double tolerance, String what) {
        assertTrue(Math.abs(got - want) <= tolerance * Math.abs(want), what + ": want " + want + ", got " + got);
    }

    @Test
    void diagonalCountsInTheDivisor() {
        // s = 32 from verify_output.txt (independent numpy recomputation); the source does not print s
        assertEquals(32.0, result.divisor(), 0.0);
        assertEquals((int) golden("n"), result.size());
    }

    @Test
    void largestEigenvalueOfTAndCoupling() {
        assertRelative(golden("lambda_max"), result.largestEigenvalueOfT(), GOLDEN, "lambda_max (result)");
        assertRelative(golden("mu_max"), result.spectralRadiusOfN(), GOLDEN, "mu_max (result)");
        assertRelative(golden("lambda_max"), spectral.lambdaMax(), GOLDEN, "lambda_max");
        assertRelative(golden("mu_max"), spectral.muMax(), GOLDEN, "mu_max");
        assertRelative(golden("multiplier"), spectral.multiplier(), GOLDEN, "multiplier");
        assertTrue(spectral.indirectDominant());
        assertEquals(Boolean.TRUE, ((Map<?, ?>) expected.get("golden")).get("indirect_dominant"));
    }

    @Test
    void dominanceHierarchyAndCondition() {
        assertRelative(golden("dominance"), spectral.dominance(), GOLDEN, "dominance");
        assertRelative(golden("hierarchy_sd"), spectral.hierarchySd(), GOLDEN, "hierarchy_sd");
        assertRelative(golden("hierarchy_pr"), spectral.hierarchyPr(), GOLDEN, "hierarchy_pr");
        assertRelative(golden("hierarchy_gini"), spectral.hierarchyGini(), GOLDEN, "hierarchy_gini");
        assertRelative(golden("ev_condition"), spectral.evCondition(), GOLDEN, "ev_condition");
    }

    @Test
    @SuppressWarnings("unchecked")
    void independentCorpusValues() {
        Map<String, Object> corpus = (Map<String, Object>) expected.get("corpus_independent");
        assertRelative(MiniJson.number(corpus.get("lambda_max")), spectral.lambdaMax(), 1e-4, "corpus lambda_max");
        assertRelative(MiniJson.number(corpus.get("dominance")), spectral.dominance(), 1e-4, "corpus dominance");
        assertRelative(MiniJson.number(corpus.get("hierarchy_sd")), spectral.hierarchySd(), 1e-5,
                "corpus hierarchy_sd");
    }

    @Test
    void perronVectorsHaveUnitNorm() {
        double su = 0;
        double sv = 0;
        for (int i = 0; i < result.size(); i++) {
            su += spectral.entryPoints()[i] * spectral.entryPoints()[i];
            sv += spectral.accumulation()[i] * spectral.accumulation()[i];
        }
        assertEquals(1.0, su, 1e-12);
        assertEquals(1.0, sv, 1e-12);
    }
}
