package org.micmac4j.cib;

import java.util.function.LongUnaryOperator;

/**
 * A succession rule as the streamed basins use it ({@link StreamedBasins}): one step from any
 * scenario, ranks, and optionally a fast pass of first steps over consecutive starts. The global
 * rule ({@link SuccessionKernel}) is the one implemented; other rules plug in here.
 */
interface StepRule {
    /** @return the rule's name in settings, e.g. {@code global} */
    String name();

    /** @return the number of descriptors */
    int descriptors();

    /** @return a scratch buffer for {@link #step}, one per worker */
    int[] newScratch();

    /**
     * One step.
     *
     * @param z the scenario (not modified)
     * @param next receives the next scenario
     * @param scratch from {@link #newScratch()}
     */
    void step(int[] z, int[] next, int[] scratch);

    /** @return the rank of a scenario */
    long rank(int[] z);

    /** Writes the scenario of a rank into z. */
    void decode(long rank, int[] z);

    /**
     * @return one step from a rank to its successor's rank, with buffers of its own (one per
     *     worker); by default {@link #decode}, {@link #step} and {@link #rank}
     */
    default LongUnaryOperator stepper() {
        int[] z = new int[descriptors()];
        int[] next = new int[descriptors()];
        int[] scratch = newScratch();
        return rank -> {
            decode(rank, z);
            step(z, next, scratch);
            return rank(next);
        };
    }

    /** @return the blocked pass of first steps, or null when the rule has none for this space */
    SuccessorPass firstSteps();

    /** The successor ranks of consecutive scenarios, with buffers of its own (one per worker). */
    interface Successors {
        /**
         * @param first the rank of the first scenario
         * @param count how many consecutive scenarios, first + count ≤ the space's size
         * @param out receives their successor ranks in out[0..count)
         */
        void of(long first, int count, long[] out);
    }

    /** @return successor ranks of consecutive scenarios; by default one {@link #step} each */
    default Successors successors() {
        int[] z = new int[descriptors()];
        int[] next = new int[descriptors()];
        int[] scratch = newScratch();
        return (first, count, out) -> {
            for (int i = 0; i < count; i++) {
                decode(first + i, z);
                step(z, next, scratch);
                out[i] = rank(next);
            }
        };
    }
}
