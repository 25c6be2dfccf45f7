package org.micmac4j.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Many experts saving their full cross-impact (CIB) grids at once, then every judgement checked:
 * the CIB phase of the benchmark (benchmarks/serve-load.sh). The study has {@code descriptors}
 * descriptors of {@code variants} variants each; an expert judges every pair of variants of
 * different descriptors once, in a random order (values -3..+3, some "no judgement"), and first
 * writes another value into as many of them as there are variants in all; one thread per expert,
 * each save waiting for its answer, like the CIB page.
 */
final class CibLoadRun {
    private CibLoadRun() {
    }

    /** One judgement of the plan: variants as "D.V", value null for "no judgement". */
    record Save(String from, String to, Integer value) {
    }

    /** The descriptors D1..Dd of variants v1..vv, as the API takes them. */
    static List<Map<String, Object>> descriptors(int descriptors, int variants) {
        List<Map<String, Object>> ds = new ArrayList<>();
        for (int d = 1; d <= descriptors; d++) {
            List<Map<String, String>> vs = new ArrayList<>();
            for (int v = 1; v <= variants; v++) {
                vs.add(Map.of("id", "v" + v, "name", "variant " + v));
            }
            ds.add(Map.of("id", "D" + d, "name", "Descriptor " + d, "variants", vs));
        }
        return ds;
    }

    /** The saves of one expert, in order, and the final value of each judgement (null: none). */
    static List<Save> plan(int descriptors, int variants, long seed, Map<String, Integer> finals) {
        Random r = new Random(seed);
        List<Save> cells = new ArrayList<>();
        for (int a = 1; a <= descriptors; a++) {
            for (int va = 1; va <= variants; va++) {
                for (int b = 1; b <= descriptors; b++) {
                    for (int vb = 1; vb <= variants && a != b; vb++) {
                        int k = r.nextInt(8);
                        Integer v = k == 7 ? null : k - 3;
                        String from = "D" + a + ".v" + va;
                        String to = "D" + b + ".v" + vb;
                        cells.add(new Save(from, to, v));
                        finals.put(from + ">" + to, v);
                    }
                }
            }
        }
        Collections.shuffle(cells, r);
        List<Save> out = new ArrayList<>();
        for (int k = 0; k < descriptors * variants; k++) {
            Save c = cells.get(cells.size() - 1 - k);
            out.add(new Save(c.from(), c.to(), Integer.valueOf(3).equals(c.value()) ? -3 : 3));
        }
        out.addAll(cells);
        return out;
    }

    /**
     * Creates a study with the descriptors, invites the experts, runs every save at once and
     * checks every judgement.
     *
     * @return the measurements; {@code mismatches} counts judgements not holding the last value saved
     */
    static LoadRun.Result run(Http h, int experts, int descriptors, int variants) throws InterruptedException {
        long study = h.createStudy("CIB load " + experts + " x " + descriptors + "x" + variants,
                LoadRun.exampleVariables().subList(0, 3));
        Http.Answer set = h.facilitator("POST", "api/studies/" + study + "/cib",
                Map.of("descriptors", descriptors(descriptors, variants)));
        if (set.status() != 201) {
            throw new AssertionError(set.status() + " " + set.text());
        }
        String[] secrets = new String[experts];
        List<Map<String, Integer>> finals = new ArrayList<>();
        List<List<Save>> plans = new ArrayList<>();
        int saves = 0;
        for (int e = 0; e < experts; e++) {
            secrets[e] = h.invite(study, "expert " + e);
            Map<String, Integer> f = new LinkedHashMap<>();
            plans.add(plan(descriptors, variants, 2000 + e, f));
            finals.add(f);
            saves += plans.get(e).size();
        }
        long[] latencies = new long[saves];
        long nanos = LoadRun.runAll(plans, (e, s) -> CibCells.judge(h, secrets[e], s.from(), s.to(), s.value()),
                latencies);
        int mismatches = 0;
        String first = null;
        for (int e = 0; e < experts; e++) {
            Map<String, Integer> got = new HashMap<>();
            for (JsonNode c : h.send("GET", "api/expert/" + secrets[e] + "/cib", null).json().get("cells")) {
                got.put(c.get("from").asText() + "." + c.get("fromVariant").asText() + ">" + c.get("to").asText() + "."
                        + c.get("toVariant").asText(), c.get("value").asInt());
            }
            for (Map.Entry<String, Integer> c : finals.get(e).entrySet()) {
                Integer v = got.get(c.getKey());
                if (!Objects.equals(v, c.getValue())) {
                    mismatches++;
                    if (first == null) {
                        first = "expert " + e + " judgement " + c.getKey() + ": saved " + c.getValue() + ", found "
                                + v;
                    }
                }
            }
        }
        return new LoadRun.Result(study, secrets, saves, nanos, latencies, mismatches, first);
    }
}
