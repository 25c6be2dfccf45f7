package org.micmac4j.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Group commit of the experts' saves: one writer thread takes every save waiting, runs them in one
 * transaction and commits once; each save is acknowledged after that commit. Under a hundred
 * experts saving at once this writes the database file (H2) or flushes the log (PostgreSQL) once
 * per batch instead of once per save. A batch that fails is rolled back and its saves are retried
 * one per transaction, so one bad save never takes others down.
 */
final class GroupCommit implements AutoCloseable {
    /** Most saves per transaction. */
    static final int BATCH_MAX = 256;

    /** One save: its statements, and who waits for it. */
    private record Job(Store.Work<Object> work, CompletableFuture<Object> done) {
    }

    private final Database db;
    private final LinkedBlockingQueue<Job> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closed;

    GroupCommit(Database db) {
        this.db = db;
        writer = new Thread(this::loop, "micmac-group-commit");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Runs the work in the next batch and waits for its commit.
     *
     * @param work the statements of one save (on the batch's connection, in its transaction)
     * @param <T> the result's type
     * @return the work's result, once committed
     */
    @SuppressWarnings("unchecked")
    <T> T run(Store.Work<T> work) {
        if (closed) {
            throw new StoreException("the database is closed", null);
        }
        CompletableFuture<Object> done = new CompletableFuture<>();
        queue.add(new Job((Store.Work<Object>) work, done));
        try {
            return (T) done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while saving", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new StoreException("database error: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private void loop() {
        List<Job> batch = new ArrayList<>();
        while (!closed || !queue.isEmpty()) {
            try {
                Job first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH_MAX - 1);
                if (!runBatch(batch)) {
                    for (Job j : batch) {
                        runBatch(List.of(j));
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    /**
     * @return whether the batch committed (its jobs are then completed); on failure nothing is completed unless alone
     */
    private boolean runBatch(List<Job> batch) {
        List<Object> results = new ArrayList<>(batch.size());
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                for (Job j : batch) {
                    results.add(j.work().run(c));
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                if (batch.size() == 1) {
                    batch.get(0).done().completeExceptionally(e instanceof SQLException
                            ? new StoreException("database error: "
                            + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e) : e);
                    return true;
                }
                return false;
            }
        } catch (SQLException e) {
            if (batch.size() == 1) {
                batch.get(0).done().completeExceptionally(new StoreException("database error: " + e.getMessage(), e));
                return true;
            }
            return false;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).done().complete(results.get(i));
        }
        return true;
    }

    @Override
    public void close() {
        closed = true;
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
