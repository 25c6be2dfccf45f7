package org.micmac4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Small cases whose expected values are worked out by hand in the comments. */
class HandCheckedTest {

    /** A -> B (2) -> C (3): influence (2, 3, 0), dependence (0, 2, 3); M² = A -> C with 6; M³ = 0. */
    private static InfluenceMatrix chain() {
        return InfluenceMatrix.builder("A", "B", "C").set("A", "B", 2).set("B", "C", 3).build();
    }

    @Test
    void chainDirectSums() {
        ViewResult d = Micmac.withDefaults().analyze(chain()).view(View.DIRECT);
        assertArrayEquals(new double[] {2, 3, 0}, d.influences());
        assertArrayEquals(new double[] {0, 2, 3}, d.dependences());
        assertEquals(5.0 / 3, d.thresholds().influence(), 1e-15);
        // B: influence 3 >= 5/3 and dependence 2 >= 5/3.
        assertEquals(Sector.RELAY, d.sector(1));
        assertEquals(Sector.INFLUENT, d.sector(0));
        assertEquals(Sector.DEPENDENT, d.sector(2));
        assertEquals(2, d.influenceRank(0));
        assertEquals(1, d.influenceRank(1));
    }

    @Test
    void chainSquareAndComparableScale() {
        MicmacResult r = Micmac.withDefaults().withOrder(2).analyze(chain());
        ViewResult v = r.view(View.INDIRECT);
        assertEquals(6.0, v.rawInfluence(0), 0);
        assertEquals(0.0, v.rawInfluence(1), 0);
        assertEquals(6.0, v.rawDependence(2), 0);
        // Comparable scale: total rescaled to the direct total 5.
        assertEquals(5.0, v.influence(0), 1e-12);
        assertEquals(5.0, v.dependence(2), 1e-12);
        assertEquals(1.0, v.influenceShare(0), 0);
        assertArrayEquals(new double[][] {{0, 0, 6}, {0, 0, 0}, {0, 0, 0}}, r.indirectMatrix(View.INDIRECT));
    }

    @Test
    void chainIsAcyclicAndTheAutomaticOrderStopsAtTheLongestPath() {
        MicmacResult r = Micmac.withDefaults().analyze(chain());
        assertEquals(StructureKind.ACYCLIC, r.structure().kind());
        assertEquals(0, r.structure().period());
        assertEquals(2, r.structure().longestPath());
        assertEquals(3, r.structure().components().size());
        assertEquals(StopReason.NILPOTENT, r.iteration(View.INDIRECT).stopReason());
        assertEquals(2, r.order());
        assertTrue(r.structure().perronLimit().isEmpty());
        // Above the longest path every indirect value is zero.
        ViewResult k3 = Micmac.withDefaults().withOrder(3).analyze(chain()).view(View.INDIRECT);
        assertEquals(0.0, k3.rawInfluence(0), 0);
        assertEquals(0.0, k3.influence(0), 0);
    }

    /** A pure 4-cycle with equal weights: every sum is equal at every order, all tie. */
    @Test
    void pureCycleIsPeriodicAndAllTie() {
        InfluenceMatrix m = InfluenceMatrix.builder("A", "B", "C", "D").set("A", "B", 1).set("B", "C", 1)
                .set("C", "D", 1).set("D", "A", 1).build();
        MicmacResult r = Micmac.withDefaults().analyze(m);
        assertEquals(StructureKind.PERIODIC, r.structure().kind());
        assertEquals(4, r.structure().period());
        assertEquals(1.0, r.structure().spectralRadius(), 1e-9);
        assertEquals(1.0, r.structure().convergenceRatio(), 1e-9);
        // Ranks never change (all 1), so the stability rule stops at the first possible order.
        assertEquals(StopReason.STABLE, r.iteration(View.INDIRECT).stopReason());
        assertEquals(3, r.order());
        for (int i = 0; i < 4; i++) {
            assertEquals(1, r.view(View.INDIRECT).influenceRank(i));
            assertEquals(Sector.RELAY, r.view(View.INDIRECT).sector(i));
        }
        Ranking perron = r.structure().perronLimit().orElseThrow();
        assertEquals(perron.influence(0), perron.influence(3), 1e-9);
    }

    /** A weighted 3-cycle: A -> B (3), B -> C (1), C -> A (2); the ranking cycles with period 3. */
    @Test
    void weightedCycleRankingCyclesAndIsReportedAsSuch() {
        InfluenceMatrix m = InfluenceMatrix.builder("A", "B", "C").set("A", "B", 3).set("B", "C", 1)
                .set("C", "A", 2).build();
        MicmacResult r = Micmac.withDefaults().analyze(m);
        assertEquals(StructureKind.PERIODIC, r.structure().kind());
        assertEquals(3, r.structure().period());
        IterationReport it = r.iteration(View.INDIRECT);
        assertEquals(StopReason.CYCLE, it.stopReason());
        assertFalse(it.stable());
        assertTrue(it.order() < Micmac.MAX_ORDER_DEFAULT);
        // M^3 = 6 I: the influence at k is the direct one shifted; Perron limit on M + I exists.
        Ranking perron = r.structure().perronLimit().orElseThrow();
        assertEquals(3, perron.size());
        // ρ = 6^(1/3).
        assertEquals(Math.cbrt(6), r.structure().spectralRadius(), 1e-9);
    }

    /**
     * P cells: A -> B = 1, B -> A = P, B -> C = 1. Current (P = 0): influence (1, 1, 0). Potential
     * (P = 3): influence (1, 4, 0), dependence (3, 1, 1).
     */
    @Test
    void potentialCellsCountZeroNowAndThreeInThePotentialViews() {
        InfluenceMatrix m = InfluenceMatrix.builder("A", "B", "C").set("A", "B", 1).potential("B", "A")
                .set("B", "C", 1).build();
        MicmacResult r = Micmac.withDefaults().withOrder(2).analyze(m);
        assertArrayEquals(new double[] {1, 1, 0}, r.view(View.DIRECT).influences());
        assertArrayEquals(new double[] {1, 4, 0}, r.view(View.POTENTIAL_DIRECT).influences());
        assertArrayEquals(new double[] {3, 1, 1}, r.view(View.POTENTIAL_DIRECT).dependences());
        // Current matrix is the chain A -> B -> C (acyclic); the potential one has the cycle A <-> B.
        assertEquals(StructureKind.ACYCLIC, r.structure(View.INDIRECT).kind());
        assertEquals(StructureKind.REDUCIBLE, r.structure(View.POTENTIAL_INDIRECT).kind());
        // MPDI²: A -> A 3, B -> B 3, A -> C 1; row sums (4, 3, 0).
        assertEquals(4.0, r.view(View.POTENTIAL_INDIRECT).rawInfluence(0), 1e-12);
        assertEquals(3.0, r.view(View.POTENTIAL_INDIRECT).rawInfluence(1), 1e-12);
        Displacement b = r.displacement(1, View.DIRECT, View.POTENTIAL_DIRECT);
        assertEquals(1, b.influenceRankTo());
        assertEquals(1, b.influenceRankFrom());
        // B: direct (1, 1) against mean 2/3 is RELAY; potential (4, 1) against mean 5/3 is INFLUENT.
        assertEquals(Sector.RELAY, b.sectorFrom());
        assertEquals(Sector.INFLUENT, b.sectorTo());
        assertTrue(b.sectorChanged());
        MatrixCharacteristics c = r.characteristics();
        assertEquals(1L, c.valueCounts().get("P"));
        assertEquals(2L, c.valueCounts().get("1"));
        assertEquals(6L, c.valueCounts().get("0"));
        assertEquals(3, c.nonZeroCells());
        assertEquals(2.0, c.totalWeight(), 0);
        assertEquals(5.0, c.potentialTotalWeight(), 0);
        // Other P weights are a parameter.
        MicmacResult half = Micmac.withDefaults().withPotentialWeights(1, 2).analyze(m);
        assertArrayEquals(new double[] {1, 2, 0}, half.view(View.DIRECT).influences());
        assertArrayEquals(new double[] {1, 3, 0}, half.view(View.POTENTIAL_DIRECT).influences());
    }

    /** Ties: A and B both have influence 3; competition ranking gives 1, 1, 3. */
    @Test
    void tiesShareTheBestRank() {
        InfluenceMatrix m = InfluenceMatrix.builder("A", "B", "C").set("A", "C", 3).set("B", "C", 2)
                .set("B", "A", 1).set("C", "A", 1).build();
        ViewResult d = Micmac.withDefaults().analyze(m).view(View.DIRECT);
        assertArrayEquals(new int[] {1, 1, 3}, d.ranking().influenceRanks());
    }

    /** Mathematically equal sums reached by different floating paths still tie (tolerance). */
    @Test
    void floatingRoundingDoesNotBreakTies() {
        double[][] a = {{0, 0.1, 0.2}, {0.3, 0, 0}, {0, 0.3, 0}};
        // Row sums 0.1 + 0.2 = 0.30000000000000004 and 0.3: equal in exact arithmetic.
        ViewResult d = Micmac.withDefaults().analyze(InfluenceMatrix.of(a, Scale.WEIGHTS)).view(View.DIRECT);
        assertArrayEquals(new int[] {1, 1, 1}, d.ranking().influenceRanks());
        ViewResult exact = Micmac.withDefaults().withTieTolerance(0).analyze(InfluenceMatrix.of(a, Scale.WEIGHTS))
                .view(View.DIRECT);
        assertArrayEquals(new int[] {1, 2, 2}, exact.ranking().influenceRanks());
    }

    @Test
    void splitRules() {
        // Influences {1, 2, 3, 10} as documented on SplitRule: MEAN 4, MEDIAN 2.5, MIDPOINT 5.5.
        InfluenceMatrix m = InfluenceMatrix.builder("A", "B", "C", "D").scale(Scale.integers(10, false))
                .set("A", "B", 1).set("B", "C", 2).set("C", "D", 3).set("D", "A", 10).build();
        assertEquals(4.0, Micmac.withDefaults().analyze(m).view(View.DIRECT).thresholds().influence(), 0);
        assertEquals(2.5, Micmac.withDefaults().withSplit(SplitRule.MEDIAN).analyze(m).view(View.DIRECT)
                .thresholds().influence(), 0);
        assertEquals(5.5, Micmac.withDefaults().withSplit(SplitRule.MIDPOINT).analyze(m).view(View.DIRECT)
                .thresholds().influence(), 0);
        Thresholds f = Micmac.withDefaults().withFixedThresholds(2, 3).analyze(m).view(View.DIRECT).thresholds();
        assertEquals(new Thresholds(SplitRule.FIXED, 2, 3), f);
        // A value equal to the threshold counts as high: D has influence 10 and dependence 3 = threshold 3
        // under FIXED(3, 3); C has influence 3 = threshold and dependence 2.
        ViewResult v = Micmac.withDefaults().withFixedThresholds(3, 3).analyze(m).view(View.DIRECT);
        assertEquals(Sector.RELAY, v.sector(3));
        assertEquals(Sector.INFLUENT, v.sector(2));
        assertThrows(InvalidInputException.class, () -> Micmac.withDefaults().withSplit(SplitRule.FIXED));
    }

    /**
     * Regulating zone: influences {1, 2, 3, 10} and dependences {10, 1, 2, 3} (the 4-cycle of
     * splitRules), thresholds 4 (MEAN). With radius 0.25 the zone is [3, 5] on both axes: C has
     * influence 3 but dependence 2, so no variable is regulating; with radius 0.5 ([2, 6]) C is.
     */
    @Test
    void regulatingVariablesSitNearBothThresholds() {
        InfluenceMatrix m = InfluenceMatrix.builder("A", "B", "C", "D").scale(Scale.integers(10, false))
                .set("A", "B", 1).set("B", "C", 2).set("C", "D", 3).set("D", "A", 10).build();
        ViewResult narrow = Micmac.withDefaults().analyze(m).view(View.DIRECT);
        for (int i = 0; i < 4; i++) {
            assertFalse(narrow.isRegulating(i), "narrow zone, variable " + i);
        }
        ViewResult wide = Micmac.withDefaults().withRegulatingRadius(0.5).analyze(m).view(View.DIRECT);
        assertTrue(wide.isRegulating(2));
        assertFalse(wide.isRegulating(0));
        assertFalse(wide.isRegulating(3));
        assertThrows(InvalidInputException.class, () -> Micmac.withDefaults().withRegulatingRadius(1.5));
    }

    @Test
    void configurationIsValidated() {
        assertThrows(InvalidInputException.class, () -> Micmac.withDefaults().withOrder(-1));
        assertThrows(InvalidInputException.class, () -> Micmac.withDefaults().withMaxOrder(0));
        assertThrows(InvalidInputException.class, () -> Micmac.withDefaults().withStabilityWindow(0));
        assertThrows(InvalidInputException.class, () -> Micmac.withDefaults().withPotentialWeights(-1, 3));
        assertThrows(InvalidInputException.class, () -> Micmac.withDefaults().withPotentialWeights(0, Double.NaN));
        assertEquals(Micmac.ORDER_AUTO, Micmac.withDefaults().order());
        assertEquals(64, Micmac.MAX_ORDER_DEFAULT);
        assertEquals(2, Micmac.STABILITY_WINDOW_DEFAULT);
    }

    @Test
    void exactArithmeticNeedsIntegerWeights() {
        InfluenceMatrix m = InfluenceMatrix.of(new double[][] {{0, 0.5}, {1, 0}}, Scale.WEIGHTS);
        MicmacResult r = Micmac.withDefaults().withArithmetic(Arithmetic.EXACT).analyze(m);
        assertThrows(ArithmeticException.class, () -> r.view(View.INDIRECT));
    }
}
