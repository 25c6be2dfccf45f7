package org.micmac4j;

import org.micmac4j.internal.parallel.Workers;

/**
 * The thread policy of every micmac4j analysis that runs in parallel ({@code withThreads} of
 * {@link Draws}, {@code Cib}, {@code Succession}; the MICMAC kernels choose their own count):
 *
 * <ul>
 *   <li><b>Count.</b> A thread count is {@link #AUTO} ({@value #AUTO}: one thread per available
 *       processor, {@link #resolve(int)}) or a positive number; a negative one is refused with
 *       {@link InvalidInputException}. The count includes the calling thread, which works
 *       too.</li>
 *   <li><b>Pool.</b> The other threads come from one pool of daemon threads shared by all of
 *       micmac4j, sized to the processors and created on first use: no threads are started per
 *       call, none keeps the JVM alive, and a caller's own parallel streams (the common pool) do
 *       not compete with it. Asking for more threads than processors gains nothing.</li>
 *   <li><b>Split.</b> The work is cut into many more pieces than threads (row ranges, rank
 *       ranges, blocks of draws), each thread taking the next free piece until none is
 *       left.</li>
 *   <li><b>Determinism.</b> Results never depend on the thread count or on which thread did
 *       which piece: pieces are merged by exact operations, and each random draw has its own
 *       generator determined by (seed, draw index) alone ({@link Draws}).</li>
 *   <li><b>Cancellation.</b> Interrupting the thread that called an analysis stops it at the
 *       next piece, with {@link java.util.concurrent.CancellationException}; no partial result is
 *       returned.</li>
 * </ul>
 */
public final class Threads {
    /** Thread count meaning "one per available processor": {@value}. */
    public static final int AUTO = Workers.AUTO;

    private Threads() {
    }

    /**
     * @param threads {@link #AUTO} or a positive count
     * @return the number of threads it stands for: the available processors for {@link #AUTO}
     *     (read once per JVM), otherwise {@code threads}
     * @throws InvalidInputException when negative
     */
    public static int resolve(int threads) {
        Workers.requireValid(threads);
        return Workers.resolve(threads);
    }
}
