package org.micmac4j.internal.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** The back-to-back mode of Workers: every part once per call, failures passed on, cancellation, helpers leave. */
class TeamTest {

    @Test
    void everyPartRunsExactlyOncePerCall() {
        for (int parts : new int[] {1, 2, 3, 5}) {
            Team team = Workers.team(parts);
            assertEquals(parts, team.parts());
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
        assertEquals(Workers.processors(), Workers.team(Workers.AUTO).parts());
    }

    @Test
    void aFailingPartFailsTheCallAndTheTeamGoesOn() {
        Team team = Workers.team(3);
        IllegalStateException boom = new IllegalStateException("part 2");
        AtomicIntegerArray runs = new AtomicIntegerArray(3);
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> team.run(k -> {
            runs.incrementAndGet(k);
            if (k == 2) {
                throw boom;
            }
        }));
        assertSame(boom, thrown);
        assertEquals(1, runs.get(2));
        // The next call runs every part again, once.
        AtomicIntegerArray again = new AtomicIntegerArray(3);
        team.run(again::incrementAndGet);
        for (int k = 0; k < 3; k++) {
            assertEquals(1, again.get(k), "part " + k + " after a failed call");
        }
        // A failure in part 0 (the caller's) stops the unclaimed parts: none starts after it.
        Team one = Workers.team(1);
        AssertionError error = new AssertionError("an error");
        assertSame(error, assertThrows(AssertionError.class, () -> one.run(k -> {
            throw error;
        })));
        assertThrows(IllegalArgumentException.class, () -> new Team(0));
    }

    @Test
    void interruptingTheCallerCancelsTheCallAndKeepsTheInterrupt() throws Exception {
        Team team = Workers.team(2);
        AtomicIntegerArray runs = new AtomicIntegerArray(2);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            Thread.currentThread().interrupt();
            try {
                team.run(runs::incrementAndGet);
            } catch (Throwable t) {
                thrown.set(t);
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            }
        });
        caller.start();
        caller.join(10_000);
        assertFalse(caller.isAlive());
        assertTrue(thrown.get() instanceof CancellationException, String.valueOf(thrown.get()));
        assertTrue(stillInterrupted.get(), "the interrupt status is kept");
        assertEquals(0, runs.get(0) + runs.get(1), "no part starts once the caller is interrupted");
    }

    @Test
    void idleHelpersReturnTheirThreads() throws InterruptedException {
        Team team = Workers.team(2);
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
