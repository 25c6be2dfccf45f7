package org.micmac4j.cib;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** Runs independent tasks 0..count-1 on a number of threads; the first failure is rethrown. */
final class Parallel {
    private Parallel() {
    }

    static void run(int threads, int count, IntConsumer task) {
        if (threads <= 1 || count <= 1) {
            for (int i = 0; i < count; i++) {
                task.accept(i);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        int workers = Math.min(threads, count);
        Thread[] pool = new Thread[workers - 1];
        Throwable[] failure = new Throwable[1];
        Runnable loop = () -> {
            try {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    task.accept(i);
                }
            } catch (RuntimeException | Error e) {
                synchronized (failure) {
                    if (failure[0] == null) {
                        failure[0] = e;
                    }
                }
                next.set(count);
            }
        };
        for (int w = 0; w < pool.length; w++) {
            pool[w] = new Thread(loop, "micmac4j-cib-" + w);
            pool[w].setDaemon(true);
            pool[w].start();
        }
        loop.run();
        for (Thread t : pool) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        if (failure[0] instanceof RuntimeException r) {
            throw r;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
    }

    /** @return the default number of threads: the available processors */
    static int available() {
        return Math.max(1, ForkJoinPool.getCommonPoolParallelism() + 1);
    }
}
