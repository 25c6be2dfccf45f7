package org.micmac4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.micmac4j.testutil.RandomMatrices;

/** Structure diagnosis on matrices whose structure is known by construction. */
class StructureDiagnosisTest {

    @Test
    void denseRandomMatrixIsPrimitiveAndItsRankingApproachesThePerronLimit() {
        InfluenceMatrix m = InfluenceMatrix.of(RandomMatrices.classic(3, 30, 0.5));
        MicmacResult r = Micmac.withDefaults().analyze(m);
        StructureDiagnosis d = r.structure();
        assertEquals(StructureKind.PRIMITIVE, d.kind());
        assertEquals(1, d.period());
        assertEquals(1, d.components().size());
        assertTrue(d.convergenceRatio() > 0 && d.convergenceRatio() < 1, "ratio " + d.convergenceRatio());
        assertEquals(StopReason.STABLE, r.iteration(View.INDIRECT).stopReason());
        // At a high order the ranking is the Perron ranking (geometric convergence).
        Ranking perron = d.perronLimit().orElseThrow();
        ViewResult high = Micmac.withDefaults().withOrder(60).analyze(m).view(View.INDIRECT);
        assertArrayEquals(perron.influenceRanks(), high.ranking().influenceRanks());
        assertArrayEquals(perron.dependenceRanks(), high.ranking().dependenceRanks());
        // λ1 agrees with the growth of the row sums: ‖M^61·1‖ / ‖M^60·1‖.
        double growth = Math.exp(Micmac.withDefaults().withOrder(61).analyze(m).view(View.INDIRECT)
                .logInfluenceMagnitude() - high.logInfluenceMagnitude());
        assertEquals(d.spectralRadius(), growth, 1e-6 * growth);
    }

    /**
     * An exogenous driver X feeding a 2-cycle {A, B} (period 2) and a primitive triangle-with-chord
     * {C, D, E}, which feeds an output Y. Components sources first: X, then the cycles, then Y.
     */
    @Test
    void reducibleComponentsInTopologicalOrderWithTheirPeriods() {
        InfluenceMatrix m = InfluenceMatrix.builder("Y", "A", "B", "C", "D", "E", "X")
                .set("X", "A", 1).set("X", "C", 1)
                .set("A", "B", 1).set("B", "A", 1)
                .set("C", "D", 1).set("D", "E", 1).set("E", "C", 1).set("D", "C", 1)
                .set("E", "Y", 1).build();
        StructureDiagnosis d = Micmac.withDefaults().analyze(m).structure();
        assertEquals(StructureKind.REDUCIBLE, d.kind());
        List<List<Variable>> c = d.components();
        assertEquals(4, c.size());
        assertEquals("X", c.get(0).get(0).id());
        assertEquals("Y", c.get(3).get(0).id());
        int[] periods = d.componentPeriods();
        assertEquals(0, periods[0]);
        assertEquals(0, periods[3]);
        int ab = c.get(1).size() == 2 ? 1 : 2;
        assertEquals(2, periods[ab]);
        assertEquals(1, periods[3 - ab]);
        // The triangle with chord has ρ ≈ 1.3247 (x³ = x + 1) > 1 = ρ of the 2-cycle: it dominates,
        // so the ranking does not cycle.
        assertEquals(1, d.period());
        assertEquals(1.324717957244746, d.spectralRadius(), 1e-9);
    }

    @Test
    void periodicDominantComponentMakesAReducibleMatrixCycle() {
        // A weighted 2-cycle (ρ = 3) dominates a primitive component of ρ ≈ 1.32.
        InfluenceMatrix m = InfluenceMatrix.builder("A", "B", "C", "D", "E")
                .set("A", "B", 3).set("B", "A", 3).set("B", "C", 1)
                .set("C", "D", 1).set("D", "E", 1).set("E", "C", 1).set("D", "C", 1).build();
        MicmacResult r = Micmac.withDefaults().analyze(m);
        assertEquals(StructureKind.REDUCIBLE, r.structure().kind());
        assertEquals(2, r.structure().period());
        assertEquals(3.0, r.structure().spectralRadius(), 1e-9);
    }

    @Test
    void zeroMatrixIsAcyclicWithNoPath() {
        MicmacResult r = Micmac.withDefaults().analyze(InfluenceMatrix.of(new double[3][3]));
        assertEquals(StructureKind.ACYCLIC, r.structure().kind());
        assertEquals(0, r.structure().longestPath());
        assertEquals(1, r.order());
        assertEquals(StopReason.NILPOTENT, r.iteration(View.INDIRECT).stopReason());
        assertEquals(0.0, r.structure().spectralRadius(), 0);
    }

    @Test
    void longCycleDoesNotOverflowTheStack() {
        // A long path would overflow a recursive Tarjan; check the iterative one on a 2000-cycle.
        InfluenceMatrix.Builder b = InfluenceMatrix.builder(ids(2000));
        for (int i = 0; i < 2000; i++) {
            b.set(i, (i + 1) % 2000, 1);
        }
        StructureDiagnosis d = Micmac.withDefaults().analyze(b.build()).structure();
        assertEquals(StructureKind.PERIODIC, d.kind());
        assertEquals(2000, d.period());
    }

    private static List<Variable> ids(int n) {
        Variable[] v = new Variable[n];
        for (int i = 0; i < n; i++) {
            v[i] = Variable.of("V" + i);
        }
        return List.of(v);
    }
}
