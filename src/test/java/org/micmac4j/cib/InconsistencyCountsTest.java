package org.micmac4j.cib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.micmac4j.Draws;
import org.micmac4j.cib.io.CibCsv;
import org.micmac4j.scenario.Descriptor;
import org.micmac4j.scenario.ScenarioSpace;
import org.micmac4j.testutil.Resources;

/** The inconsistency histogram: exact against the solver, sampled from the caller's draws. */
class InconsistencyCountsTest {
    private static Draws seed(long s) {
        return Draws.withDefaults().withCount(InconsistencyCounts.DRAWS_DEFAULT).withSeed(s);
    }

    @Test
    void smallSpacesAreCountedExactlyAsTheSolverFindsThem() throws Exception {
        CibMatrix m = CibCsv.read(Resources.path("/cases/cib/somewhereland/matrix.csv"));
        InconsistencyCounts c = InconsistencyCounts.of(m, seed(7));
        assertTrue(c.exact());
        assertEquals(m.space().size().longValue(), c.scenarios());
        assertArrayEquals(c.counts(), InconsistencyCounts.of(m, seed(8)).counts(), "no randomness below the limit");
        // oracle: the solver's own sets for K = 0, 1, 2 give the cumulative counts
        long cumulative = 0;
        for (int k = 0; k < Math.min(3, c.counts().length); k++) {
            cumulative += c.counts()[k];
            assertEquals(Cib.withDefaults().withMaxInconsistency(k).solve(m).size(), cumulative, "K = " + k);
        }
    }

    /**
     * Above the limit: a sample of the documented size, the same for the same seed, another for
     * another seed, and close to the exact distribution (counted here by brute force over the
     * 2^21 scenarios: each share within 5 standard errors).
     */
    @Test
    void largeSpacesAreSampledFromTheSeed() {
        Random rnd = new Random(3);
        List<Descriptor> ds = new ArrayList<>();
        for (int d = 0; d < 21; d++) {
            ds.add(Descriptor.ofIds("D" + d, "a", "b"));
        }
        ScenarioSpace space = ScenarioSpace.of(ds);
        int[][] cells = new int[42][42];
        for (int i = 0; i < 42; i++) {
            for (int j = 0; j < 42; j++) {
                cells[i][j] = i / 2 == j / 2 ? 0 : rnd.nextInt(7) - 3;
            }
        }
        CibMatrix m = CibMatrix.of(space, cells);
        InconsistencyCounts a = InconsistencyCounts.of(m, seed(11));
        assertFalse(a.exact());
        assertEquals(InconsistencyCounts.DRAWS_DEFAULT, a.scenarios());
        assertEquals(InconsistencyCounts.DRAWS_DEFAULT, Arrays.stream(a.counts()).sum());
        assertEquals(a, InconsistencyCounts.of(m, seed(11)));
        assertNotEquals(a, InconsistencyCounts.of(m, seed(12)));
        assertEquals(a, InconsistencyCounts.of(m, seed(11).withThreads(1)), "whatever the threads");
        assertEquals(a, InconsistencyCounts.of(m, seed(11).withThreads(3)), "whatever the threads");
        long[] exact = new long[64];
        long total = space.size().longValue();
        for (long r = 0; r < total; r++) {
            exact[m.balance(space.scenarioAt(r)).inconsistency()]++;
        }
        for (int ic = 0; ic < a.counts().length; ic++) {
            double p = exact[ic] / (double) total;
            double se = Math.sqrt(p * (1 - p) / InconsistencyCounts.DRAWS_DEFAULT);
            assertEquals(p, a.counts()[ic] / (double) InconsistencyCounts.DRAWS_DEFAULT, 5 * se + 1e-9,
                    "inconsistency " + ic);
        }
    }
}
