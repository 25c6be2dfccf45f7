package org.micmac4j.internal.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/**
 * Draws run by {@link DrawRunner} are the draws of the contract: draw d sees
 * {@code stream(seed, d)} whatever the threads (1, 2, 3, 7, automatic) and the cut into blocks,
 * as when computed alone; the per-thread states add up; progress ends at the count.
 */
class DrawRunnerTest {
    private static long[] alone(long seed, int count) {
        long[] out = new long[count];
        for (int d = count - 1; d >= 0; d--) { // backwards: order does not matter
            var r = DrawStreams.stream(seed, d);
            r.nextLong();
            out[d] = r.nextLong(); // the second number, to see that a draw's stream is not shared
        }
        return out;
    }

    @Test
    void everyDrawSeesItsOwnStreamWhateverTheThreadsAndTheCut() {
        int count = 1000;
        long[] expected = alone(11, count);
        for (int threads : new int[] {0, 1, 2, 3, 7}) {
            for (long grain : new long[] {1, 2, 3, 7, 64, 999, 1000, 5000}) {
                long[] seen = new long[count];
                DrawRunner.run(0, count, grain, 11, threads, null, () -> null, (s, d, rng) -> {
                    rng.nextLong();
                    seen[(int) d] = rng.nextLong();
                });
                assertArrayEquals(expected, seen, threads + " threads, blocks of " + grain);
            }
            long[] seen = new long[count];
            DrawRunner.run(count, 11, threads, null, () -> null, (s, d, rng) -> {
                rng.nextLong();
                seen[(int) d] = rng.nextLong();
            });
            assertArrayEquals(expected, seen, threads + " threads, default cut");
        }
    }

    @Test
    void aRangeRunAloneIsPartOfTheWholeRun() {
        // As a Spark task would: draws 300..699 alone, then 0..299 and 700..999.
        long[] whole = new long[1000];
        DrawRunner.run(1000, 5, 2, null, () -> null, (s, d, rng) -> whole[(int) d] = rng.nextLong());
        long[] parts = new long[1000];
        for (long[] range : new long[][] {{300, 700}, {0, 300}, {700, 1000}}) {
            DrawRunner.run(range[0], range[1], 17, 5, 3, null, () -> null,
                    (s, d, rng) -> parts[(int) d] = rng.nextLong());
        }
        assertArrayEquals(whole, parts);
    }

    @Test
    void statesAddUpAndProgressEndsAtTheCount() {
        AtomicLong max = new AtomicLong();
        List<long[]> states = DrawRunner.run(12_345, 3, 3, p -> max.accumulateAndGet(p, Math::max), () -> new long[1],
                (s, d, rng) -> s[0]++);
        assertEquals(12_345, states.stream().mapToLong(s -> s[0]).sum());
        assertEquals(12_345, max.get());
        assertTrue(DrawRunner.run(0, 3, 3, null, () -> new long[1], (s, d, rng) -> s[0]++).isEmpty());
    }
}
