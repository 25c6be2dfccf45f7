package org.micmac4j.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.micmac4j.Draws;
import org.micmac4j.InvalidInputException;
import org.micmac4j.scenario.Descriptor;
import org.micmac4j.scenario.ScenarioSpace;

class SuccessionTest {
    private static ScenarioSpace space(int descriptors, int variants) {
        Descriptor[] ds = new Descriptor[descriptors];
        for (int d = 0; d < descriptors; d++) {
            String[] v = new String[variants];
            for (int i = 0; i < variants; i++) {
                v[i] = "v" + i;
            }
            ds[d] = Descriptor.ofIds("D" + d, v);
        }
        return ScenarioSpace.of(ds);
    }

    @Test
    void allZeroMatrixMakesEveryScenarioItsOwnBasinBeyondTheByteMemo() {
        // 6^4 = 1296 fixed points: more attractors than a one-byte memo holds
        ScenarioSpace s = space(4, 6);
        CibMatrix zero = CibMatrix.of(s, new int[s.totalVariants()][s.totalVariants()]);
        SuccessionResult w = Succession.withDefaults().weights(zero);
        assertEquals(1296, w.fixedPoints().size());
        assertTrue(w.fixedPoints().stream().allMatch(b -> b.weight() == 1));
        assertEquals(0, w.cycleStarts());
        assertEquals(1296, Cib.withDefaults().solve(zero).size());
    }

    @Test
    void limitsAreEnforcedWithTheSizeInTheMessage() {
        ScenarioSpace s = space(10, 3);
        CibMatrix zero = CibMatrix.of(s, new int[30][30]);
        // exact is never refused for the size of a space that fits a long: beyond the in-memory limit it is streamed
        SuccessionResult exact = Succession.withDefaults().withWeightMode(WeightMode.EXACT).withInMemoryLimit(1000)
                .weights(zero);
        assertEquals(59049, exact.fixedPoints().size());
        assertEquals(WeightMode.SAMPLED, Succession.withDefaults().withExactLimit(1000)
                .withDraws(Draws.withDefaults().withCount(10)).weights(zero).mode());
        assertThrows(InvalidInputException.class,
                () -> Cib.withDefaults().withAlgorithm(Algorithm.SWEEP).withEnumerationLimit(1000).solve(zero));
        // a set larger than the listing limit is no error: counted exactly, the first listed in order
        for (boolean split : new boolean[] {true, false}) {
            CibResult cut = Cib.withDefaults().withLimit(100).withSplitting(split).solve(zero);
            assertEquals(java.math.BigInteger.valueOf(59049), cut.count());
            assertEquals(100, cut.size());
            assertFalse(cut.isComplete());
            assertEquals(Cib.withDefaults().withSplitting(split).solve(zero).scenarios().subList(0, 100),
                    cut.scenarios());
        }
    }

    @Test
    void overflowIsRejected() {
        ScenarioSpace s = space(3, 2);
        int[][] c = new int[6][6];
        c[0][2] = Integer.MAX_VALUE / 2;
        c[2][0] = Integer.MAX_VALUE / 2;
        assertThrows(InvalidInputException.class, () -> CibMatrix.of(s, c));
    }
}
