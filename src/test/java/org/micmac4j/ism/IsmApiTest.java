package org.micmac4j.ism;

import org.micmac4j.SplitRule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Behaviour of the public API on small inputs whose answers are derived by hand in the comments
 * (not computed by the library).
 */
class IsmApiTest {
    /**
     * a X b (a cycle), b V c, c V d, every other pair O. By hand: a and b reach each other and
     * c, d; c reaches d. Closure adds a->c, a->d, b->d. Levels from the sinks: {d} = 1, {c} = 2,
     * {a, b} = 3. Driving (row sums): a 4, b 4, c 2, d 1; dependence (column sums): a 2, b 2,
     * c 3, d 4.
     */
    private static final String CYCLE_SSIM = ",b,c,d\na,X,O,O\nb,,V,O\nc,,,V\n";

    private static IsmInput cycle() {
        return IsmInput.parseSsim(CYCLE_SSIM, "cycle.csv");
    }

    @Test
    void defaultsAreDocumentedConstants() {
        Ism ism = Ism.withDefaults();
        assertEquals(LevelNumbering.FROM_SINKS, Ism.LEVEL_NUMBERING_DEFAULT);
        assertEquals(ClosureMode.TRANSITIVE, Ism.CLOSURE_DEFAULT);
        assertEquals(SplitRule.FIXED, Ism.SPLIT_DEFAULT);
        assertEquals(Partition.TOP_DOWN, Ism.PARTITION_DEFAULT);
        assertEquals(Ism.PARTITION_DEFAULT, ism.partition());
        assertEquals(Ism.LEVEL_NUMBERING_DEFAULT, ism.levelNumbering());
        assertEquals(Ism.CLOSURE_DEFAULT, ism.closure());
        assertEquals(Ism.SPLIT_DEFAULT, ism.split());
        assertTrue(ism.isHalfNSplit());
        assertTrue(ism.equalCountsAsHigh());
        Ism other = ism.withLevelNumbering(LevelNumbering.FROM_SOURCES);
        assertEquals(LevelNumbering.FROM_SINKS, ism.levelNumbering(), "withX must not change the receiver");
        assertEquals(LevelNumbering.FROM_SOURCES, other.levelNumbering());
    }

    @Test
    void handWorkedCycleExample() {
        IsmResult r = Ism.withDefaults().analyze(cycle());
        assertEquals(List.of("a", "b", "c", "d"), r.ids());
        assertEquals(List.of(new IsmCell("a", "c"), new IsmCell("a", "d"), new IsmCell("b", "d")), r.transitiveCells());
        assertEquals(List.of(List.of("d"), List.of("c"), List.of("a", "b")), r.levels());
        assertArrayEquals(new int[] {4, 4, 2, 1}, r.drivingPowers());
        assertArrayEquals(new int[] {2, 2, 3, 4}, r.dependencePowers());
        assertArrayEquals(new int[] {3, 3, 2, 1}, r.levelNumbers());
        assertEquals(List.of("d", "c", "a", "b"), r.conicalOrder());
        // iteration 1 row of a: R = {a, b, c, d}, A = {a, b}, I = {a, b}; not selected
        IsmSetRow a1 = r.iterations().get(0).rows().get(0);
        assertEquals(new IsmSetRow("a", List.of("a", "b", "c", "d"), List.of("a", "b"), List.of("a", "b"), false), a1);
        // last iteration: only a and b remain, each R = A = I = {a, b}
        IsmIteration last = r.iterations().get(2);
        assertEquals(List.of("a", "b"), last.selected());
        assertEquals(List.of("a", "b"), last.rows().get(1).intersection());
    }

    @Test
    void reducedDigraphKeepsTheCycleAndDropsTransitiveEdges() {
        // a <-> b as a two-member cycle; b -> c drawn from the first member a; c -> d; the
        // transitive a -> d, b -> d and a -> c (as an original cell) are not edges.
        IsmResult r = Ism.withDefaults().analyze(cycle());
        assertEquals(List.of(new IsmEdge("a", "b", true), new IsmEdge("a", "c", false), new IsmEdge("b", "a", true),
                new IsmEdge("c", "d", false)), r.reducedEdges());
    }

    @Test
    void sourceFirstNumberingReversesTheSameLevels() {
        IsmResult r = Ism.withDefaults().withLevelNumbering(LevelNumbering.FROM_SOURCES).analyze(cycle());
        assertEquals(List.of(List.of("a", "b"), List.of("c"), List.of("d")), r.levels());
        assertArrayEquals(new int[] {1, 1, 2, 3}, r.levelNumbers());
        assertEquals(List.of("a", "b", "c", "d"), r.conicalOrder());
        assertEquals(3, r.iterations().get(0).level(), "iteration 1 still removes the sinks, now numbered last");
        assertEquals(List.of("d"), r.iterations().get(0).selected());
    }

    @Test
    void kumarSourceFirstNumbering() throws IOException {
        // Kumar et al. 2014 Table 10 has 4 levels with R3 at IV: from the sources R3 is level 1,
        // R5 level 2, {R2, R6, R7} level 3, {R1, R4, R8, R9} level 4.
        IsmInput in = IsmInput.readSsim(IsmCases.file("kumar2014-offshore-9", "ssim.csv"));
        IsmResult r = Ism.withDefaults().withLevelNumbering(LevelNumbering.FROM_SOURCES).analyze(in);
        assertEquals(List.of(List.of("R3"), List.of("R5"), List.of("R2", "R6", "R7"), List.of("R1", "R4", "R8", "R9")),
                r.levels());
    }

    @Test
    void splitRulesAndTies() {
        // powers: driving a 4, b 4, c 2, d 1; dependence a 2, b 2, c 3, d 4 (see CYCLE_SSIM)
        IsmInput in = cycle();
        Map<Ism, double[]> thresholds = Map.of(
                Ism.withDefaults().withHalfNThresholds(), new double[] {2, 2}, // n = 4
                Ism.withDefaults().withSplit(SplitRule.MEAN), new double[] {2.75, 2.75}, // 11 / 4
                Ism.withDefaults().withSplit(SplitRule.MEDIAN), new double[] {3, 2.5},
                // (2+4)/2 of 1,2,4,4 and (2+3)/2 of 2,2,3,4
                Ism.withDefaults().withSplit(SplitRule.MIDPOINT), new double[] {2.5, 3}, // (1+4)/2 and (2+4)/2
                Ism.withDefaults().withFixedThresholds(1.5, 3.5), new double[] {1.5, 3.5});
        thresholds.forEach((split, t) -> {
            IsmResult r = split.analyze(in);
            assertEquals(t[0], r.thresholds().influence(), split.toString());
            assertEquals(t[1], r.thresholds().dependence(), split.toString());
        });
        // n/2 = 2 with ties high: c (driving 2) and a, b (dependence 2) count as high
        IsmResult high = Ism.withDefaults().analyze(in);
        assertEquals(List.of("a", "b", "c"), high.cluster(IsmCluster.LINKAGE));
        assertEquals(List.of("d"), high.cluster(IsmCluster.DEPENDENT));
        // ties low: a, b high driving / low dependence; c, d low driving / high dependence
        IsmResult low = Ism.withDefaults().withEqualCountsAsHigh(false).analyze(in);
        assertEquals(List.of("a", "b"), low.cluster(IsmCluster.INDEPENDENT));
        assertEquals(List.of("c", "d"), low.cluster(IsmCluster.DEPENDENT));
        // fixed (1.5, 3.5): d driving 1 low, dependence 4 high; c 2 high, 3 low
        IsmResult fixed = Ism.withDefaults().withFixedThresholds(1.5, 3.5).analyze(in);
        assertEquals(List.of("a", "b", "c"), fixed.cluster(IsmCluster.INDEPENDENT));
        assertEquals(List.of("d"), fixed.cluster(IsmCluster.DEPENDENT));
        assertEquals(List.of(), fixed.cluster(IsmCluster.AUTONOMOUS));
    }

    @Test
    void asGivenCycleThatIsNotClosedFallsBackToItsClosure() {
        // a -> b -> c -> a given without closure: R(a) = {a, b} is not inside A(a) = {a, c}, and
        // likewise for b and c, so the literal rule selects nothing; the three form one cycle.
        boolean[][] m = {{true, true, false}, {false, true, true}, {true, false, true}};
        IsmResult r = Ism.withDefaults().withClosure(ClosureMode.AS_GIVEN)
                .analyze(IsmInput.fromReachability(List.of("a", "b", "c"), m));
        assertEquals(1, r.iterations().size());
        assertTrue(r.iterations().get(0).selectedByClosure());
        assertEquals(List.of(List.of("a", "b", "c")), r.levels());
        assertArrayEquals(m, r.finalReachability(), "as given: not closed");
        assertEquals(List.of(), r.transitiveCells());
        assertEquals(List.of(new IsmEdge("a", "b", true), new IsmEdge("b", "c", true), new IsmEdge("c", "a", true)),
                r.reducedEdges());
    }

    @Test
    void diagonalIsAlwaysSet() {
        IsmInput in = IsmInput.parseReachability(",A,B\nA,0,1\nB,0,0\n", "m.csv");
        assertArrayEquals(new boolean[][] {{true, true}, {false, true}}, in.initialReachability());
        assertArrayEquals(new int[] {2, 1}, Ism.withDefaults().analyze(in).drivingPowers());
    }

    @Test
    void fullSquareSsimWithIgnoredLowerTriangleEqualsTheUpperTriangle() {
        // the lower triangle holds noise that must be ignored
        IsmInput square = IsmInput.parseSsim(",a,b,c,d\na,,X,O,O\nb,zz,,V,O\nc,1,A,,V\nd,,,,\n", "square.csv");
        assertEquals(cycle().ids(), square.ids());
        assertArrayEquals(cycle().initialReachability(), square.initialReachability());
        assertEquals(IsmInput.Kind.SSIM, square.kind());
    }

    @Test
    void inputsAreCopiedAndResultsAreImmutable() {
        boolean[][] m = {{true, true}, {false, true}};
        List<String> ids = new java.util.ArrayList<>(List.of("A", "B"));
        IsmInput in = IsmInput.fromReachability(ids, m);
        m[1][0] = true;
        ids.set(0, "Z");
        assertEquals(List.of("A", "B"), in.ids());
        assertFalse(in.initialReachability()[1][0]);
        in.initialReachability()[1][0] = true;
        assertFalse(in.initialReachability()[1][0]);

        IsmResult r = Ism.withDefaults().analyze(in);
        assertFalse(in.initialReachability()[1][0], "analyze must not modify its input");
        r.finalReachability()[1][0] = true;
        r.conicalMatrix()[0][0] = false;
        r.drivingPowers()[0] = 99;
        assertFalse(r.finalReachability()[1][0]);
        assertTrue(r.conicalMatrix()[0][0]);
        assertEquals(2, r.drivingPowers()[0]);
        assertThrows(UnsupportedOperationException.class, () -> r.levels().add(List.of()));
        assertThrows(UnsupportedOperationException.class, () -> r.levels().get(0).add("X"));
        assertThrows(UnsupportedOperationException.class, () -> r.variables().clear());
        assertThrows(UnsupportedOperationException.class, () -> r.iterations().get(0).rows().clear());
        assertThrows(UnsupportedOperationException.class,
                () -> r.iterations().get(0).rows().get(0).reachability().clear());
        assertSame(r.levels(), r.levels());
    }

    @Test
    void moreThanSixtyFourVariablesUseSeveralWords() {
        // a chain v0 -> v1 -> ... -> v69: closure = upper triangle, level of vi = 70 - i
        int n = 70;
        List<String> ids = new java.util.ArrayList<>();
        boolean[][] m = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            ids.add("v" + i);
            if (i + 1 < n) {
                m[i][i + 1] = true;
            }
        }
        IsmResult r = Ism.withDefaults().analyze(IsmInput.fromReachability(ids, m));
        for (int i = 0; i < n; i++) {
            assertEquals(n - i, r.variables().get(i).level());
            assertEquals(n - i, r.variables().get(i).drivingPower());
            assertEquals(i + 1, r.variables().get(i).dependencePower());
        }
        assertEquals(n - 1, r.reducedEdges().size());
        assertEquals(n * (n + 1) / 2 - n - (n - 1), r.transitiveCells().size());
    }
}
