package org.micmac4j.morph;

import java.util.function.LongConsumer;

import org.micmac4j.internal.Messages;
import org.micmac4j.internal.parallel.Workers;

/**
 * The work of one analysis's searches (counting, listing), in steps (one value tried at one
 * node): at most a limit, checked every {@value #CHECK} steps, where the thread's interrupt is
 * honoured and the progress listener told the steps so far. Not thread-safe: one per analysis.
 */
final class SearchBudget {
    /** Steps between two checks: cheap enough to leave the search's speed unchanged. */
    static final int CHECK = 1 << 16;

    private final long limit;
    private final LongConsumer progress;
    private long steps;
    private int sinceCheck;

    SearchBudget(long limit, LongConsumer progress) {
        this.limit = limit;
        this.progress = progress;
    }

    /** One step. */
    void step() {
        if (++sinceCheck == CHECK) {
            check();
        }
    }

    private void check() {
        steps += sinceCheck;
        sinceCheck = 0;
        Workers.checkInterrupted();
        if (progress != null) {
            progress.accept(steps);
        }
        Messages.require(steps <= limit, "the exact count of the consistent configurations needs more than %d search "
                + "steps, the search limit: the exclusions prune too little of a field this large (raise the limit to "
                + "wait longer; at roughly 10^7 to 10^8 steps a second)", limit);
    }

    /** @return the steps so far */
    long steps() {
        return steps + sinceCheck;
    }
}
