package org.micmac4j.internal.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** The hand-off of the parallel ranking steps: every part once per call, failures passed on, helpers leave. */
class SpinningTeamTest {

    @Test
    void everyPartRunsExactlyOncePerCall() {
        for (int parts : new int[] {1, 2, 3, 5}) {
            SpinningTeam team = new SpinningTeam(parts);
            AtomicIntegerArray runs = new AtomicIntegerArray(parts);
            int[] lastCall = new int[parts];
            for (int call = 1; call <= 3000; call++) {
                final int c = call;
                team.run(k -> {
                    runs.incrementAndGet(k);
                    lastCall[k] = c;
                });
                for (int k = 0; k < parts; k++) {
                    assertEquals(call, lastCall[k], "parts=" + parts + " part " + k + " after call " + call);
                    assertEquals(call, runs.get(k), "parts=" + parts + " part " + k + " ran once per call");
                }
            }
        }
    }

    @Test
    void aFailingPartFailsTheCallAndTheTeamGoesOn() {
        SpinningTeam team = new SpinningTeam(3);
        IllegalStateException boom = new IllegalStateException("part 2");
        AtomicIntegerArray runs = new AtomicIntegerArray(3);
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> team.run(k -> {
            runs.incrementAndGet(k);
            if (k == 2) {
                throw boom;
            }
        }));
        assertSame(boom, thrown);
        for (int k = 0; k < 3; k++) {
            assertEquals(1, runs.get(k), "every part still ran");
        }
        team.run(k -> runs.incrementAndGet(k));
        assertEquals(2, runs.get(1));
        assertThrows(IllegalArgumentException.class, () -> new SpinningTeam(0));
    }

    @Test
    void idleHelpersReturnTheirThreads() throws InterruptedException {
        SpinningTeam team = new SpinningTeam(2);
        for (int call = 0; call < 100; call++) {
            team.run(k -> { });
        }
        long deadline = System.nanoTime() + 30_000_000_000L; // a generous wait on a busy machine
        while (team.helpers() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(0, team.helpers(), "helpers still spinning long after the last call");
        int[] seen = new int[2];
        team.run(k -> seen[k]++); // new helpers (or the caller) take the next call
        assertTrue(seen[0] == 1 && seen[1] == 1);
    }
}
