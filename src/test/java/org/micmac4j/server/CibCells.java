package org.micmac4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Cross-impact judgements in the tests: three descriptors X, Y, Z of two variants lo and hi, an
 * expert's judgements as "X.lo>Y.hi" → value, and a brute-force oracle of the consistent
 * scenarios (a scenario is consistent for a judgement table when, for every descriptor, no other
 * variant has a larger impact balance).
 */
final class CibCells {
    static final String[] D = {"X", "Y", "Z"};
    static final String[] V = {"lo", "hi"};

    private CibCells() {
    }

    /** The descriptors X, Y, Z of variants lo and hi, as the API takes them. */
    static List<Map<String, Object>> descriptors() {
        List<Map<String, Object>> ds = new ArrayList<>();
        for (String d : D) {
            ds.add(Map.of("id", d, "name", "Descriptor " + d, "variants", List.of(Map.of("id", "lo", "name", "low"),
                    Map.of("id", "hi", "name", "high"))));
        }
        return ds;
    }

    /** A study of ApiTest's variables with the descriptors X, Y, Z set. */
    static long study(Http h, String title) {
        long id = h.createStudy(title, ApiTest.variables());
        Http.Answer set = h.facilitator("POST", "api/studies/" + id + "/cib", Map.of("descriptors", descriptors()));
        assertEquals(201, set.status(), set.text());
        return id;
    }

    static Http.Answer judge(Http h, String secret, String from, String to, Integer value) {
        String[] a = from.split("\\.");
        String[] b = to.split("\\.");
        Map<String, Object> body = new HashMap<>();
        body.put("value", value);
        return h.send("PUT", "api/expert/" + secret + "/cib/" + Http.enc(a[0]) + "/" + Http.enc(a[1]) + "/"
                + Http.enc(b[0]) + "/"
                + Http.enc(b[1]), Http.json(body), "Content-Type", "application/json");
    }

    /** Judges, at random, about three cells in four between variants of different descriptors (each saved, 200). */
    static Map<String, Integer> judgeAtRandom(Http h, String secret, Random r) {
        Map<String, Integer> j = new TreeMap<>();
        for (String a : D) {
            for (String va : V) {
                for (String b : D) {
                    for (String vb : V) {
                        if (a.equals(b) || r.nextInt(4) == 0) {
                            continue;
                        }
                        int v = r.nextInt(7) - 3;
                        Http.Answer put = judge(h, secret, a + "." + va, b + "." + vb, v);
                        assertEquals(200, put.status(), put.text());
                        j.put(a + "." + va + ">" + b + "." + vb, v);
                    }
                }
            }
        }
        return j;
    }

    /** An expert's own judgements, as their page reads them. */
    static Map<String, Integer> cells(Http h, String secret) {
        Http.Answer a = h.send("GET", "api/expert/" + secret + "/cib", null);
        assertEquals(200, a.status(), a.text());
        Map<String, Integer> out = new TreeMap<>();
        for (JsonNode c : a.json().get("cells")) {
            out.put(c.get("from").asText() + "." + c.get("fromVariant").asText() + ">" + c.get("to").asText() + "."
                    + c.get("toVariant").asText(), c.get("value").asInt());
        }
        return out;
    }

    /** Brute force: the scenarios (variant per descriptor) consistent for one judgement table. */
    static List<String> consistent(Map<String, Integer> j) {
        List<String> out = new ArrayList<>();
        for (int s = 0; s < 8; s++) {
            int[] pick = {s & 1, (s >> 1) & 1, (s >> 2) & 1};
            boolean ok = true;
            for (int d = 0; d < 3 && ok; d++) {
                int[] balance = new int[2];
                for (int v = 0; v < 2; v++) {
                    for (int o = 0; o < 3; o++) {
                        if (o != d) {
                            balance[v] += j.getOrDefault(D[o] + "." + V[pick[o]] + ">" + D[d] + "." + V[v], 0);
                        }
                    }
                }
                ok = balance[pick[d]] >= balance[1 - pick[d]];
            }
            if (ok) {
                out.add(D[0] + "=" + V[pick[0]] + "," + D[1] + "=" + V[pick[1]] + "," + D[2] + "=" + V[pick[2]]);
            }
        }
        return out;
    }

    /** Brute force: each consistent scenario with how many of the tables hold it (empty tables are no members). */
    static Map<String, Integer> ensemble(List<Map<String, Integer>> tables) {
        Map<String, Integer> expected = new TreeMap<>();
        for (Map<String, Integer> t : tables) {
            if (!t.isEmpty()) {
                for (String sc : consistent(t)) {
                    expected.merge(sc, 1, Integer::sum);
                }
            }
        }
        return expected;
    }

    /** The scenarios of an ensemble document: "X=lo,Y=hi,Z=lo" → count. */
    static Map<String, Integer> scenarios(JsonNode ensemble) {
        Map<String, Integer> got = new LinkedHashMap<>();
        for (JsonNode sc : ensemble.get("scenarios")) {
            StringBuilder key = new StringBuilder();
            for (JsonNode v : sc.get("variants")) {
                key.append(key.length() == 0 ? ""
                        : ",").append(v.get("descriptor").asText()).append('=').append(v.get("variant").asText());
            }
            got.put(key.toString(), sc.get("count").asInt());
        }
        return new TreeMap<>(got);
    }
}
