package org.micmac4j.morph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.micmac4j.InvalidInputException;
import org.micmac4j.scenario.Descriptor;
import org.micmac4j.scenario.ScenarioSpace;
import org.micmac4j.testutil.Fields;

/**
 * Unbounded work of the morphological analysis is bounded: a field of 10^30 configurations whose
 * exclusions link every parameter (so no split into components helps) and prune almost nothing
 * stops at the search limit with one message, reports its steps, and stops when interrupted;
 * the list is bounded too.
 */
class MorphBoundsTest {
    private static MorphologicalField chain() {
        return Fields.chain();
    }

    @Test
    void aFieldTooLargeToCountStopsAtTheSearchLimit() {
        MorphologicalField f = chain();
        assertEquals(BigInteger.TEN.pow(30), f.space().size());
        AtomicLong steps = new AtomicLong();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MorphologicalAnalysis.withDefaults()
                .withSearchLimit(2_000_000).withProgress(steps::set).analyze(f));
        assertTrue(e.getMessage().contains("more than 2000000 search steps, the search limit"), e.getMessage());
        assertTrue(steps.get() > 2_000_000 && steps.get() <= 2_000_000 + SearchBudget.CHECK, "steps " + steps);
    }

    @Test
    void aSmallFieldIsCountedExactly() {
        // The first 4 parameters of the chain: 10^4 configurations, every one visited.
        List<Descriptor> ds = chain().space().descriptors().subList(0, 4);
        MorphologicalField f = MorphologicalField.of(ScenarioSpace.of(ds), PairScale.BINARY);
        for (int p = 0; p < 3; p++) {
            f = f.withScore("P" + p, "v0", "P" + (p + 1), "v0", 0);
        }
        // Inclusion-exclusion by hand over the three excluded pairs: 10^4 − 3·10^2 (each pair)
        // + 10 + 10 + 1 (two pairs: sharing a parameter, or the first and the last) − 1 (all three).
        MorphologicalResult r = MorphologicalAnalysis.withDefaults().withLimit(0).analyze(f);
        assertEquals(BigInteger.valueOf(10_000 - 300 + 21 - 1), r.count());
    }

    @Test
    void anInterruptStopsTheSearch() throws Exception {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicLong steps = new AtomicLong();
        Thread t = new Thread(() -> {
            try {
                MorphologicalAnalysis.withDefaults().withSearchLimit(Long.MAX_VALUE).withProgress(steps::set)
                        .analyze(chain());
            } catch (Throwable x) {
                thrown.set(x);
            }
        });
        t.start();
        while (steps.get() == 0 && t.isAlive()) {
            Thread.sleep(5);
        }
        t.interrupt();
        t.join(30_000);
        assertFalse(t.isAlive(), "the search stopped");
        assertTrue(thrown.get() instanceof CancellationException, String.valueOf(thrown.get()));
    }

    @Test
    void theListIsBounded() {
        assertEquals(MorphologicalAnalysis.LIMIT_MAX,
                MorphologicalAnalysis.withDefaults().withLimit(MorphologicalAnalysis.LIMIT_MAX).limit());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> MorphologicalAnalysis.withDefaults().withLimit(100_000_000));
        assertTrue(e.getMessage().contains("at most 100000"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> MorphologicalAnalysis.withDefaults().withSearchLimit(0));
    }
}
