package org.micmac4j.internal.kernel;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

/**
 * The threads of the parallel kernels: one fork/join pool sized to the machine, created on first
 * use, with daemon threads so that it never keeps a JVM alive. Separate from the common pool so
 * that a caller's own parallel streams do not starve the kernels (or the reverse).
 */
final class KernelPool {
    private KernelPool() {
    }

    private static final class Holder {
        static final ForkJoinPool POOL = new ForkJoinPool(Runtime.getRuntime().availableProcessors(), pool -> {
            ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            t.setName("micmac4j-kernel-" + t.getPoolIndex());
            t.setDaemon(true);
            return t;
        }, null, false);
    }

    /** @return the shared pool */
    static ForkJoinPool get() {
        return Holder.POOL;
    }

    /** Read once: availableProcessors() is a system call, and kernels are built per analysis. */
    private static final int DEFAULT_THREADS = Runtime.getRuntime().availableProcessors();

    /** @return the number of threads a kernel uses when asked for "automatic" */
    static int defaultThreads() {
        return DEFAULT_THREADS;
    }
}
