package org.micmac4j.internal.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.micmac4j.InvalidInputException;

/** The one parallel mechanism: every task once, per-thread states, failures, cancellation, nesting. */
class WorkersTest {
    private static final int[] THREADS = {Workers.AUTO, 1, 2, 3, 7, 64};

    @Test
    void everyTaskRunsExactlyOnceWhateverTheThreads() {
        for (int threads : THREADS) {
            for (int count : new int[] {0, 1, 2, 5, 100, 10_000}) {
                AtomicIntegerArray runs = new AtomicIntegerArray(count);
                Workers.run(threads, count, runs::incrementAndGet);
                for (int i = 0; i < count; i++) {
                    assertEquals(1, runs.get(i), "task " + i + " of " + count + " on " + threads + " threads");
                }
            }
        }
    }

    @Test
    void perThreadStatesAddUpToEveryTask() {
        for (int threads : THREADS) {
            AtomicInteger made = new AtomicInteger();
            List<long[]> states = Workers.run(threads, 5000, () -> {
                made.incrementAndGet();
                return new long[2];
            }, (s, i) -> {
                s[0]++;
                s[1] += i;
            });
            assertEquals(made.get(), states.size(), "one state per thread that ran a task");
            assertTrue(states.size() <= Math.max(1, Workers.resolve(threads)));
            long tasks = 0;
            long sum = 0;
            for (long[] s : states) {
                assertTrue(s[0] > 0, "a state belongs to a thread that ran a task");
                tasks += s[0];
                sum += s[1];
            }
            assertEquals(5000, tasks);
            assertEquals(5000L * 4999 / 2, sum);
        }
    }

    @Test
    void autoIsOneThreadPerProcessor() {
        assertEquals(Runtime.getRuntime().availableProcessors(), Workers.resolve(Workers.AUTO));
        assertEquals(Runtime.getRuntime().availableProcessors(), Workers.processors());
        assertEquals(5, Workers.resolve(5));
        assertThrows(InvalidInputException.class, () -> Workers.requireValid(-1));
        Workers.requireValid(0);
    }

    @Test
    void theFirstFailureIsRethrownAndStopsTheRest() {
        for (int threads : THREADS) {
            AtomicInteger ran = new AtomicInteger();
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Workers.run(threads, 1_000_000,
                    i -> {
                        ran.incrementAndGet();
                        if (i == 10) {
                            throw new IllegalStateException("task 10");
                        }
                    }));
            assertEquals("task 10", e.getMessage());
            assertTrue(ran.get() < 1_000_000, "no task is claimed after a failure");
        }
        AssertionError error = new AssertionError("an error");
        assertSame(error, assertThrows(AssertionError.class, () -> Workers.run(2, 10, i -> {
            throw error;
        })));
    }

    @Test
    void interruptingTheCallerCancelsTheRunAndKeepsTheInterrupt() throws Exception {
        for (int threads : new int[] {1, 2, 7}) {
            AtomicInteger ran = new AtomicInteger();
            CountDownLatch started = new CountDownLatch(1);
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
            Thread caller = new Thread(() -> {
                try {
                    Workers.run(threads, 1_000_000, i -> {
                        ran.incrementAndGet();
                        started.countDown();
                        sleep(1);
                    });
                } catch (Throwable t) {
                    thrown.set(t);
                    stillInterrupted.set(Thread.currentThread().isInterrupted());
                }
            });
            caller.start();
            assertTrue(started.await(10, TimeUnit.SECONDS));
            caller.interrupt();
            caller.join(10_000);
            assertFalse(caller.isAlive(), "the run stopped");
            assertTrue(thrown.get() instanceof CancellationException, String.valueOf(thrown.get()));
            assertTrue(stillInterrupted.get(), "the interrupt status is kept");
            int after = ran.get();
            sleep(50);
            assertEquals(after, ran.get(), "no helper runs on after the call returned");
            assertTrue(after < 1_000_000);
        }
    }

    @Test
    void nestedCallsFinish() {
        // Every outer task runs an inner parallel loop: a pool thread waiting for its helpers must
        // never wait for a task still queued (that could deadlock with all pool threads waiting).
        AtomicInteger inner = new AtomicInteger();
        Workers.run(7, 200, i -> Workers.run(7, 50, j -> inner.incrementAndGet()));
        assertEquals(200 * 50, inner.get());
    }

    @Test
    void theCallerWorksToo() {
        // One thread: everything on the caller, in index order.
        List<Integer> order = new ArrayList<>();
        Thread me = Thread.currentThread();
        Workers.run(1, 20, i -> {
            assertSame(me, Thread.currentThread());
            order.add(i);
        });
        for (int i = 0; i < 20; i++) {
            assertEquals(i, order.get(i));
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
