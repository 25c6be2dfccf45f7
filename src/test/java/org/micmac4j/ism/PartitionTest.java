package org.micmac4j.ism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The top-down and bottom-up partitions, and the numbering, on a graph where they differ. Expected
 * levels worked by hand from the definitions (R = reachability set, A = antecedent set, among the
 * remaining variables).
 */
class PartitionTest {
    /** A → B → C and D → C: D is one step from C, two from nothing else. */
    private static final IsmInput GRAPH = IsmInput.fromReachability(List.of("A", "B", "C", "D"), new boolean[][] {
        {true, true, false, false}, {false, true, true, false}, {false, false, true, false},
        {false, false, true, true}});

    private static List<List<String>> levels(Partition p, LevelNumbering numbering) {
        return Ism.withDefaults().withPartition(p).withLevelNumbering(numbering).analyze(GRAPH).levels();
    }

    @Test
    void topDownRemovesTheSinksFirst() {
        // iteration 1: R(C) = {C} ⊆ A(C); iteration 2 (A, B, D left): R(B) = {B}, R(D) = {D}; then A
        assertEquals(List.of(List.of("C"), List.of("B", "D"), List.of("A")),
                levels(Partition.TOP_DOWN, LevelNumbering.FROM_SINKS));
        assertEquals(List.of(List.of("A"), List.of("B", "D"), List.of("C")),
                levels(Partition.TOP_DOWN, LevelNumbering.FROM_SOURCES));
    }

    @Test
    void bottomUpRemovesTheSourcesFirstAndDiffersFromTheReversedTopDown() {
        // iteration 1: A(A) = {A}, A(D) = {D}; iteration 2 (B, C left): A(B) = {B}; then C
        List<List<String>> bottomUp = levels(Partition.BOTTOM_UP, LevelNumbering.FROM_SOURCES);
        assertEquals(List.of(List.of("A", "D"), List.of("B"), List.of("C")), bottomUp);
        assertNotEquals(levels(Partition.TOP_DOWN, LevelNumbering.FROM_SOURCES), bottomUp);
        assertEquals(List.of(List.of("C"), List.of("B"), List.of("A", "D")),
                levels(Partition.BOTTOM_UP, LevelNumbering.FROM_SINKS));
    }

    @Test
    void iterationsPrintTheSetsAndTheLevelGiven() {
        IsmResult r = Ism.withDefaults().withPartition(Partition.BOTTOM_UP)
                .withLevelNumbering(LevelNumbering.FROM_SOURCES).analyze(GRAPH);
        IsmIteration first = r.iterations().get(0);
        assertEquals(1, first.level());
        assertEquals(List.of("A", "D"), first.selected());
        IsmSetRow c = first.rows().get(2);
        assertEquals(List.of("C"), c.reachability());
        assertEquals(List.of("A", "B", "C", "D"), c.antecedent());
        assertEquals(List.of(1, 2, 3, 1), r.variables().stream().map(IsmVariable::level).toList());
    }

    @Test
    void aCycleSharesALevelInBothPartitions() {
        // a <-> b -> c: {a, b} is one strongly connected set
        IsmInput in = IsmInput.fromReachability(List.of("a", "b", "c"), new boolean[][] {
            {true, true, false}, {true, true, true}, {false, false, true}});
        assertEquals(List.of(List.of("c"), List.of("a", "b")),
                Ism.withDefaults().analyze(in).levels());
        assertEquals(List.of(List.of("a", "b"), List.of("c")),
                Ism.withDefaults().withPartition(Partition.BOTTOM_UP).withLevelNumbering(LevelNumbering.FROM_SOURCES)
                        .analyze(in).levels());
    }

    @Test
    void aVariableThatReachesNothingButItselfIsNeverHigh() {
        // n = 1: the n/2 threshold is 0.5 and the power 1 (the variable alone) would be "high"
        IsmResult one = Ism.withDefaults().analyze(IsmInput.fromReachability(List.of("x"), new boolean[1][1]));
        assertEquals(IsmCluster.AUTONOMOUS, one.variable("x").cluster());
        // isolated variables: every power is 1, the mean too; no variable is high
        IsmResult isolated = Ism.withDefaults().withSplit(org.micmac4j.SplitRule.MEAN)
                .analyze(IsmInput.fromReachability(List.of("x", "y", "z"), new boolean[3][3]));
        assertEquals(List.of("x", "y", "z"), isolated.cluster(IsmCluster.AUTONOMOUS));
    }

    @Test
    void builtFromAnInfluenceMatrixWithItsVariables() {
        // A -1-> B -3-> C, and a P cell C -> A
        org.micmac4j.InfluenceMatrix m = org.micmac4j.InfluenceMatrix.builder(List.of(
                org.micmac4j.Variable.of("A", "Alpha"), org.micmac4j.Variable.of("B"), org.micmac4j.Variable.of("C")))
                .set(0, 1, 1).set(1, 2, 3).potential(2, 0).build();
        IsmResult any = Ism.withDefaults().analyze(IsmInput.from(m, 0, 0));
        assertEquals(List.of(List.of("C"), List.of("B"), List.of("A")), any.levels());
        assertEquals("Alpha", any.variable("A").variable().name());
        // only weights of 2 or more: A reaches nothing
        IsmResult strong = Ism.withDefaults().analyze(IsmInput.from(m, 0, 2));
        assertEquals(false, strong.reaches("A", "B"));
        assertEquals(true, strong.reaches("B", "C"));
        // P weighted 3: C -> A closes the cycle, one level
        IsmResult potential = Ism.withDefaults().analyze(IsmInput.from(m, 3, 0));
        assertEquals(1, potential.levelCount());
    }
}
