package org.micmac4j.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Group commit of the experts' saves: writer threads each take every change waiting in their
 * queue, write them in one transaction and commit once; each save is acknowledged after that
 * commit. Under a hundred experts saving at once this writes the database file (H2) or flushes
 * the log (PostgreSQL) once per batch instead of once per save, and on PostgreSQL sends one
 * statement per batch ({@link PgBatch}) instead of three per save.
 *
 * <p>Order: an expert's changes always go to the same writer (by the expert's number), which
 * writes its queue in order; two changes of one answer in a batch go to successive statements of
 * its transaction, so the last change wins and the audit lines follow the order of the saves.
 * A batch that fails is rolled back and its changes are retried one per transaction, in order,
 * so one bad save never takes others down.
 */
final class GroupCommit implements AutoCloseable {
    /** Most changes per transaction. */
    static final int BATCH_MAX = 256;

    /** How a transaction writes a list of changes of distinct answers. */
    @FunctionalInterface
    interface Writes {
        void write(Connection c, List<Change> changes) throws SQLException;
    }

    /** Row by row, each change's own statements (H2). */
    static final Writes ROW_BY_ROW = (c, changes) -> {
        for (Change x : changes) {
            x.write(c);
        }
    };

    /** One save, and who waits for it. */
    private record Job(Change change, CompletableFuture<Void> done) {
    }

    private final Database db;
    private final Writes writes;
    private final List<LinkedBlockingQueue<Job>> queues = new ArrayList<>();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean closed;

    /**
     * @param db the database
     * @param writers how many writer threads (each with its own connection per batch)
     * @param writes how a batch is written
     */
    GroupCommit(Database db, int writers, Writes writes) {
        this.db = db;
        this.writes = writes;
        for (int w = 0; w < writers; w++) {
            LinkedBlockingQueue<Job> q = new LinkedBlockingQueue<>();
            queues.add(q);
            Thread t = new Thread(() -> loop(q), "micmac-group-commit-" + w);
            t.setDaemon(true);
            this.writers.add(t);
        }
        this.writers.forEach(Thread::start);
    }

    /**
     * Writes the change in the next batch of its writer and waits for its commit.
     *
     * @param change one save
     */
    void run(Change change) {
        if (closed) {
            throw new StoreException("the database is closed", null);
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        queues.get((int) Math.floorMod(change.expertId(), (long) queues.size())).add(new Job(change, done));
        try {
            done.get();
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

    private void loop(LinkedBlockingQueue<Job> queue) {
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
     * Splits a batch, in order, into runs of changes of distinct answers: each run is one call of
     * {@link Writes#write}, and a change follows every earlier change of its answer.
     */
    static List<List<Change>> distinctRuns(List<Change> changes) {
        List<List<Change>> runs = new ArrayList<>();
        List<Change> run = new ArrayList<>();
        Set<Change.Key> keys = new HashSet<>();
        for (Change x : changes) {
            if (!keys.add(x.key())) {
                runs.add(run);
                run = new ArrayList<>();
                keys.clear();
                keys.add(x.key());
            }
            run.add(x);
        }
        runs.add(run);
        return runs;
    }

    /**
     * @return whether the batch committed (its jobs are then completed); on failure nothing is completed unless alone
     */
    private boolean runBatch(List<Job> batch) {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                for (List<Change> run : distinctRuns(batch.stream().map(Job::change).toList())) {
                    writes.write(c, run);
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
        for (Job j : batch) {
            j.done().complete(null);
        }
        return true;
    }

    @Override
    public void close() {
        closed = true;
        for (Thread t : writers) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
