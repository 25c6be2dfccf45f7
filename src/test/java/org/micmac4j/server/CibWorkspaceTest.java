package org.micmac4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The cross-impact part of the workspace: descriptors from the key variables or given, each
 * expert's -3..+3 judgements, and the ensemble's scenarios with their share of experts, checked
 * against a brute-force oracle (a scenario is consistent for an expert when, for every
 * descriptor, no other variant has a larger impact balance).
 */
class CibWorkspaceTest {
    static final String[] D = {"X", "Y", "Z"};
    static final String[] V = {"lo", "hi"};

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

    @Test
    void theEnsembleShowsEachConsistentScenarioWithItsShareOfExperts() {
        try (Servers.Running s = Servers.start(Servers.Db.H2)) {
            Http h = s.http();
            long id = h.createStudy("CIB", ApiTest.variables());
            String[] secrets = {h.invite(id, "ann"), h.invite(id, "ben"), h.invite(id, "cat")};
            List<Map<String, Object>> ds = new ArrayList<>();
            for (String d : D) {
                ds.add(Map.of("id", d, "name", "Descriptor " + d, "variants", List.of(Map.of("id", "lo", "name", "low"),
                        Map.of("id", "hi", "name", "high"))));
            }
            Http.Answer set = h.facilitator("POST", "api/studies/" + id + "/cib", Map.of("descriptors", ds));
            assertEquals(201, set.status(), set.text());
            assertEquals(409, h.facilitator("POST", "api/studies/" + id + "/cib", Map.of("descriptors", ds)).status());

            Random r = new Random(5);
            Map<String, Integer> expected = new TreeMap<>();
            for (int e = 0; e < 2; e++) {
                Map<String, Integer> j = new HashMap<>();
                for (String a : D) {
                    for (String va : V) {
                        for (String b : D) {
                            for (String vb : V) {
                                if (a.equals(b) || r.nextInt(4) == 0) {
                                    continue;
                                }
                                int v = r.nextInt(7) - 3;
                                Http.Answer put = h.send("PUT",
                                        "api/expert/" + secrets[e] + "/cib/" + a + "/" + va + "/" + b + "/" + vb,
                                        Http.json(Map.of("value", v)), "Content-Type", "application/json");
                                assertEquals(200, put.status(), put.text());
                                j.put(a + "." + va + ">" + b + "." + vb, v);
                            }
                        }
                    }
                }
                for (String sc : consistent(j)) {
                    expected.merge(sc, 1, Integer::sum);
                }
            }
            assertEquals(400, h.send("PUT", "api/expert/" + secrets[0] + "/cib/X/lo/X/hi",
                    Http.json(Map.of("value", 1)), "Content-Type", "application/json").status());
            assertEquals(400, h.send("PUT", "api/expert/" + secrets[0] + "/cib/X/lo/Y/hi",
                    Http.json(Map.of("value", 4)), "Content-Type", "application/json").status());
            assertEquals(404, h.send("PUT", "api/expert/" + secrets[0] + "/cib/X/mid/Y/hi",
                    Http.json(Map.of("value", 1)), "Content-Type", "application/json").status());

            JsonNode cib = h.facilitator("GET", "api/studies/" + id + "/cib", null).json();
            JsonNode ensemble = cib.get("ensemble");
            assertEquals(List.of("ann", "ben"),
                    List.of(ensemble.get("members").get(0).asText(), ensemble.get("members").get(1).asText()));
            Map<String, Integer> got = new TreeMap<>();
            for (JsonNode sc : ensemble.get("scenarios")) {
                StringBuilder key = new StringBuilder();
                for (JsonNode v : sc.get("variants")) {
                    key.append(key.length() == 0 ? "" : ",").append(v.get("descriptor").asText()).append('=')
                            .append(v.get("variant").asText());
                }
                got.put(key.toString(), sc.get("count").asInt());
                assertEquals(sc.get("count").asInt() / 2.0, sc.get("share").asDouble(), 1e-12);
            }
            assertEquals(expected, got);
            assertFalse(got.isEmpty());

            // an expert sees the descriptors and only their own judgements
            JsonNode mine = h.send("GET", "api/expert/" + secrets[2] + "/cib", null).json();
            assertEquals(3, mine.get("descriptors").size());
            assertEquals(0, mine.get("cells").size());
            assertTrue(h.facilitator("GET", "api/studies/" + id + "/audit", null).text().contains("\"what\":\"cib\""));
        }
    }

    @Test
    void descriptorsFromTheKeyVariablesUseTheBundledHypotheses() {
        try (Servers.Running s = Servers.start(Servers.Db.H2)) {
            Http h = s.http();
            Http.Answer ex = h.facilitator("POST", "api/studies/example", Map.of());
            assertEquals(201, ex.status(), ex.text());
            long id = ex.json().get("id").asLong();
            List<Map<String, String>> vars = LoadRun.exampleVariables();
            String secret = h.invite(id, "solo");
            Random r = new Random(3);
            for (Map<String, String> a : vars) {
                for (Map<String, String> b : vars) {
                    if (a != b && r.nextInt(3) == 0) {
                        assertEquals(200, h.put(secret, a.get("id"), b.get("id"), String.valueOf(1 + r.nextInt(3)))
                                .status());
                    }
                }
            }
            assertEquals(400, h.facilitator("POST", "api/studies/" + id + "/cib", Map.of("fromKeyVariables", 1))
                    .status());
            Http.Answer set = h.facilitator("POST", "api/studies/" + id + "/cib", Map.of("fromKeyVariables", 4));
            assertEquals(201, set.status(), set.text());
            JsonNode ds = set.json().get("descriptors");
            assertTrue(ds.size() >= 2 && ds.size() <= 4, ds.toString());
            JsonNode syn = h.facilitator("GET", "api/studies/" + id + "/synthesis", null).json();
            for (JsonNode d : ds) {
                for (JsonNode v : syn.get("variables")) {
                    if (v.get("id").asText().equals(d.get("id").asText())) {
                        String sector = v.get("aggregate").get("indirect").get("sector").asText();
                        assertTrue(sector.equals("INFLUENT") || sector.equals("RELAY"), d + " is " + sector);
                    }
                }
                assertEquals("H1", d.get("variants").get(0).get("id").asText());
            }
        }
    }
}
