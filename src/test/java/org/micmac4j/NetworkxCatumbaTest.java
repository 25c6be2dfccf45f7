package org.micmac4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.micmac4j.io.MatrixCsv;
import org.micmac4j.testutil.Json;
import org.micmac4j.testutil.Resources;

/**
 * Reference case: networkx (J. Catumba, 2013) {@code test_micmac.py}, MICMAC at order 4 on a
 * 10-node graph; see {@code src/test/resources/cases/micmac/networkx-catumba-10/PROVENANCE.md}.
 * The source asserts normalised row and column sums of M^4 to 4 places.
 */
class NetworkxCatumbaTest {
    private static final String CASE = "/cases/micmac/networkx-catumba-10/";
    /** The source's tolerance: assert_almost_equal(places=4). */
    private static final double SOURCE_TOLERANCE = 5e-5;

    private static InfluenceMatrix matrix;
    private static Object expected;

    @BeforeAll
    static void load() throws IOException {
        matrix = MatrixCsv.read(Resources.path(CASE + "input.csv"));
        expected = Json.resource(CASE + "expected.json");
    }

    @Test
    void normalisedInfluenceAndDependenceAtOrder4AsPrinted() {
        ViewResult v = Micmac.withDefaults().withOrder(4).analyze(matrix).view(View.INDIRECT);
        assertEquals(4, v.order());
        @SuppressWarnings("unchecked")
        Map<String, Object> inf = (Map<String, Object>) Json.at(expected, "micmac_k4", "influences");
        @SuppressWarnings("unchecked")
        Map<String, Object> dep = (Map<String, Object>) Json.at(expected, "micmac_k4", "dependences");
        assertEquals(10, inf.size());
        for (int i = 0; i < matrix.size(); i++) {
            String id = matrix.variable(i).id();
            assertEquals(Json.num(inf.get(id)), v.influenceShare(i), SOURCE_TOLERANCE, "influence of " + id);
            assertEquals(Json.num(dep.get(id)), v.dependenceShare(i), SOURCE_TOLERANCE, "dependence of " + id);
        }
    }

    @Test
    void exactSumsOfM4() {
        // Raw sums as recomputed by the shared case's verify.py: total 16.
        ExactSums s = Micmac.withDefaults().withOrder(4).analyze(matrix).exactSums(View.INDIRECT);
        assertEquals(List.of(0, 4, 3, 3, 3, 0, 3, 0, 0, 0), s.influence().stream().map(BigInteger::intValue).toList());
        assertEquals(List.of(2, 1, 1, 3, 0, 5, 0, 0, 0, 4), s.dependence().stream().map(BigInteger::intValue).toList());
    }

    @Test
    void diagnosedAsNotPrimitiveWithPeriodThree() {
        StructureDiagnosis d = Micmac.withDefaults().analyze(matrix).structure();
        // Not strongly connected; its only cycle is n1 -> n2 -> n3 -> n1.
        assertEquals(StructureKind.REDUCIBLE, d.kind());
        assertEquals(3, d.period());
        assertTrue(d.isCyclic());
        List<List<Variable>> components = d.components();
        assertEquals(8, components.size());
        long cyclic = components.stream().filter(c -> c.size() > 1).count();
        assertEquals(1, cyclic);
        List<Variable> cycle = components.stream().filter(c -> c.size() > 1).findFirst().orElseThrow();
        assertEquals(List.of("n1", "n2", "n3"), cycle.stream().map(Variable::id).toList());
        assertEquals(1.0, d.spectralRadius(), 1e-9);
    }

    @Test
    void automaticOrderStopsOnTheCycleInsteadOfLoopingToTheMaximum() {
        MicmacResult r = Micmac.withDefaults().analyze(matrix);
        IterationReport it = r.iteration(View.INDIRECT);
        assertFalse(it.stable());
        assertEquals(StopReason.CYCLE, it.stopReason());
        // Ranks repeat with period 3 from order 3 (orders 3,4,5 = 6,7,8): detected at 8, not 64.
        assertEquals(8, it.order());
        assertEquals(7, it.orders().size());
        // The ranking reported at order 8 is that of order 5 (8 = 5 + period).
        ViewResult at8 = r.view(View.INDIRECT);
        ViewResult at5 = Micmac.withDefaults().withOrder(5).analyze(matrix).view(View.INDIRECT);
        assertArrayEquals(at5.ranking().influenceRanks(), at8.ranking().influenceRanks());
        assertArrayEquals(at5.ranking().dependenceRanks(), at8.ranking().dependenceRanks());
    }
}
