package org.micmac4j.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Many experts saving at once, then every cell checked: the load of the no-lost-write test and of
 * the benchmark (benchmarks/serve-load.sh). Each expert writes every off-diagonal cell of the grid
 * once, in a random order, and first writes another value into n of them (so n x n saves per
 * expert: 84,100 for 100 experts on 29 variables), some final values being "no opinion"; one
 * thread per expert, each save waiting for its answer, like the grid page.
 */
final class LoadRun {
    /** What a run measured. */
    record Result(long study, String[] secrets, int saves, long nanos, long[] latencies, int mismatches,
            String firstMismatch) {
        double throughput() {
            return saves / (nanos / 1e9);
        }

        long percentile(double p) {
            long[] s = latencies.clone();
            Arrays.sort(s);
            return s[Math.min(s.length - 1, (int) Math.ceil(p * s.length) - 1)];
        }
    }

    private LoadRun() {
    }

    /** The variables of the bundled study (29), as the API takes them. */
    static List<Map<String, String>> exampleVariables() {
        List<Map<String, String>> out = new ArrayList<>();
        for (String line : new String(readExample(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
            String id = line.split(",", 2)[0].strip();
            if (!id.isEmpty() && !id.equals("id")) {
                out.add(Map.of("id", id, "name", "Variable " + id));
            }
        }
        return out;
    }

    private static byte[] readExample() {
        try (var in = LoadRun.class.getResourceAsStream("/org/micmac4j/data/hdf-industry-2040/variables.csv")) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One save of the plan. */
    record Save(String from, String to, String value) {
    }

    /** The saves of one expert, in order, and the final value of each cell (null: no opinion). */
    static List<Save> plan(List<String> ids, long seed, Map<String, String> finals) {
        Random r = new Random(seed);
        String[] values = {"0", "1", "2", "3", "P", null};
        List<Save> cells = new ArrayList<>();
        for (String a : ids) {
            for (String b : ids) {
                if (!a.equals(b)) {
                    String v = values[r.nextInt(values.length)];
                    cells.add(new Save(a, b, v));
                    finals.put(a + ">" + b, v);
                }
            }
        }
        Collections.shuffle(cells, r);
        List<Save> out = new ArrayList<>();
        for (int k = 0; k < ids.size(); k++) {
            Save c = cells.get(cells.size() - 1 - k);
            out.add(new Save(c.from(), c.to(), "3".equals(c.value()) ? "1" : "3"));
        }
        out.addAll(cells);
        return out;
    }

    /**
     * Creates a study of the bundled 29 variables, invites the experts, runs every save at once and
     * checks every cell.
     *
     * @param h the facilitator's client
     * @param experts how many experts
     * @param variables how many of the 29 variables
     * @return the measurements; {@code mismatches} counts cells whose value is not the last one saved
     */
    static Result run(Http h, int experts, int variables) throws InterruptedException {
        List<Map<String, String>> vars = exampleVariables().subList(0, variables);
        List<String> ids = vars.stream().map(v -> v.get("id")).toList();
        long study = h.createStudy("Load " + experts + " x " + variables, vars);
        String[] secrets = new String[experts];
        List<Map<String, String>> finals = new ArrayList<>();
        List<List<Save>> plans = new ArrayList<>();
        int saves = 0;
        for (int e = 0; e < experts; e++) {
            secrets[e] = h.invite(study, "expert " + e);
            Map<String, String> f = new LinkedHashMap<>();
            plans.add(plan(ids, 1000 + e, f));
            finals.add(f);
            saves += plans.get(e).size();
        }
        long[] latencies = new long[saves];
        long nanos = runAll(plans, (e, s) -> h.put(secrets[e], s.from(), s.to(), s.value()), latencies);
        int mismatches = 0;
        String first = null;
        for (int e = 0; e < experts; e++) {
            Map<String, String> got = new HashMap<>();
            for (JsonNode c : h.send("GET", "api/expert/" + secrets[e] + "/cells", null).json().get("cells")) {
                got.put(c.get("from").asText() + ">" + c.get("to").asText(),
                        c.get("value").isNull() ? null : c.get("value").asText());
            }
            for (Map.Entry<String, String> c : finals.get(e).entrySet()) {
                String v = got.get(c.getKey());
                if (!java.util.Objects.equals(v, c.getValue())) {
                    mismatches++;
                    if (first == null) {
                        first = "expert " + e + " cell " + c.getKey() + ": saved " + c.getValue() + ", found " + v;
                    }
                }
            }
        }
        return new Result(study, secrets, saves, nanos, latencies, mismatches, first);
    }

    /** One client's request for one save of its plan. */
    @FunctionalInterface
    interface Sender<S> {
        Http.Answer send(int expert, S save);
    }

    /**
     * Runs every expert's plan at once, one thread per expert, each save waiting for its answer.
     *
     * @param plans the saves of each expert, in order
     * @param sender sends one save
     * @param latencies filled with each save's latency (nanoseconds), the experts' plans one after another
     * @return the wall time from the start to the last answer, in nanoseconds
     * @throws AssertionError naming the first save not answered 200
     */
    static <S> long runAll(List<? extends List<S>> plans, Sender<S> sender, long[] latencies)
            throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        AtomicReference<String> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        int offset = 0;
        for (int e = 0; e < plans.size(); e++) {
            int ee = e;
            int base = offset;
            offset += plans.get(e).size();
            Thread t = new Thread(() -> {
                try {
                    go.await();
                    int k = base;
                    for (S s : plans.get(ee)) {
                        long t0 = System.nanoTime();
                        Http.Answer a = sender.send(ee, s);
                        latencies[k++] = System.nanoTime() - t0;
                        if (a.status() != 200) {
                            failure.compareAndSet(null, "expert " + ee + " " + s + ": " + a.status() + " " + a.text());
                            return;
                        }
                    }
                } catch (InterruptedException | RuntimeException ex) {
                    failure.compareAndSet(null, "expert " + ee + ": " + ex);
                }
            }, "expert-" + e);
            t.start();
            threads.add(t);
        }
        long t0 = System.nanoTime();
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        long nanos = System.nanoTime() - t0;
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        return nanos;
    }
}
