package org.micmac4j.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.LongUnaryOperator;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.micmac4j.scenario.Descriptor;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * The packed step of the streamed walks against the full step ({@link SuccessionKernel#step}, scores
 * summed in ints): every scenario of random matrices, and matrices whose sums just fit 8 and 16 bits
 * per lane (the largest and smallest cells everywhere, so every lane reaches its top).
 */
class PackedStepTest {
    /** Asserts the packed step equals decode, full step and rank on the given ranks. */
    private static void assertSameSteps(SuccessionKernel k, long[] ranks, String what) {
        LongUnaryOperator packed = PackedStep.of(k).stepper();
        int[] z = new int[k.nd];
        int[] next = new int[k.nd];
        int[] theta = new int[k.n];
        for (long r : ranks) {
            k.decode(r, z);
            k.step(z, next, theta);
            assertEquals(k.rank(next), packed.applyAsLong(r), what + ", rank " + r);
        }
    }

    private static long[] all(SuccessionKernel k) {
        long[] r = new long[(int) k.size];
        for (int i = 0; i < r.length; i++) {
            r[i] = i;
        }
        return r;
    }

    @Property(tries = 500)
    void everyStepOfRandomMatricesEqualsTheFullStep(@ForAll long seed) {
        SuccessionKernel k = new SuccessionKernel(PrunedSearchTest.random(seed));
        assertSameSteps(k, all(k), "seed " + seed);
    }

    /**
     * Cells only lo or lo + range, nd · range just below or above 2^8 or 2^16: lanes from 0 to their
     * top, so a carry or a lane too narrow would show. 7 descriptors of 2 to 4 variants, ties
     * frequent (two values only).
     */
    @Property(tries = 200)
    void sumsAtTheTopOfTheirLanesEqualTheFullStep(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3) int which) {
        int nd = 7;
        // nd · range: 252 and 259 around 2^8, 65 534 and 65 541 around 2^16
        int range = new int[] {36, 37, 9362, 9363}[which];
        Random r = new Random(seed);
        List<Descriptor> ds = new ArrayList<>();
        for (int d = 0; d < nd; d++) {
            String[] ids = new String[2 + r.nextInt(3)];
            for (int v = 0; v < ids.length; v++) {
                ids[v] = "v" + v;
            }
            ds.add(Descriptor.ofIds("D" + d, ids));
        }
        ScenarioSpace s = ScenarioSpace.of(ds);
        int n = s.totalVariants();
        int lo = -range / 2 - r.nextInt(3);
        int[][] c = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                c[i][j] = r.nextBoolean() ? lo : lo + range;
            }
        }
        SuccessionKernel k = new SuccessionKernel(CibMatrix.of(s, c));
        if (which == 3) {
            assertNull(PackedStep.of(k), "sums of 17 bits are not packed");
            return;
        }
        assertSameSteps(k, all(k), "sums up to " + nd * range + ", seed " + seed);
    }

    @Test
    void onlyTheGlobalRuleIsPackedAndTheOthersStepAsBefore() {
        CibMatrix m = PrunedSearchTest.random(7);
        assertNotNull(PackedStep.of(new SuccessionKernel(m)));
        for (SuccessionRule rule : new SuccessionRule[] {SuccessionRule.SEQUENTIAL, SuccessionRule.ADJACENT}) {
            SuccessionKernel k = new SuccessionKernel(m, rule);
            assertNull(PackedStep.of(k), rule.id());
            LongUnaryOperator step = k.stepper();
            int[] z = new int[k.nd];
            int[] next = new int[k.nd];
            int[] theta = new int[k.n];
            for (long rank = 0; rank < k.size; rank++) {
                k.decode(rank, z);
                k.step(z, next, theta);
                assertEquals(k.rank(next), step.applyAsLong(rank), rule.id() + ", rank " + rank);
            }
        }
    }
}
