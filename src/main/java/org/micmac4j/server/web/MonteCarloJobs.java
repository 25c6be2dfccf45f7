package org.micmac4j.server.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.micmac4j.server.analysis.LibraryAdapter;
import org.micmac4j.server.analysis.SynthesisOptions;
import org.micmac4j.server.study.WorkspaceException;

/**
 * Sector probabilities by Monte Carlo, on request, one run per study at a time on one background
 * thread (so that the experts' saves keep the other core); the dashboard polls the progress.
 */
final class MonteCarloJobs implements AutoCloseable {
    /** Most draws per request. */
    static final int DRAWS_MAX = 20_000;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "micmac-montecarlo");
        t.setDaemon(true);
        return t;
    });
    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();

    /** One run: its progress, then its result or error. */
    static final class Job {
        final int draws;
        final long seed;
        final long version;
        final AtomicInteger done = new AtomicInteger();
        volatile List<Map<String, Object>> result;
        volatile String error;

        Job(int draws, long seed, long version) {
            this.draws = draws;
            this.seed = seed;
            this.version = version;
        }

        Map<String, Object> status() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("state", error != null ? "failed" : result != null ? "done" : "running");
            m.put("draws", draws);
            m.put("seed", seed);
            m.put("done", done.get());
            m.put("version", version);
            m.put("variables", result);
            m.put("error", error);
            return m;
        }
    }

    Map<String, Object> start(long studyId, LibraryAdapter.Synthesis s, SynthesisOptions options, int draws, long seed,
            long version) {
        Job job = new Job(draws, seed, version);
        Job old = jobs.get(studyId);
        if (old != null && old.result == null && old.error == null) {
            throw WorkspaceException.conflict("draws: a Monte Carlo run is already going on for this study");
        }
        jobs.put(studyId, job);
        executor.submit(() -> {
            try {
                job.result = LibraryAdapter.sectorProbabilities(s, options, draws, seed, job.done::set);
            } catch (RuntimeException | OutOfMemoryError e) {
                job.error = String.valueOf(e.getMessage()).lines().findFirst().orElse("failed");
            }
        });
        return job.status();
    }

    Map<String, Object> status(long studyId) {
        Job j = jobs.get(studyId);
        if (j == null) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("state", "none");
            return m;
        }
        return j.status();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
