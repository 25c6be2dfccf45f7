package org.micmac4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The cross-impact part of the workspace: descriptors from the key variables or given, each
 * expert's -3..+3 judgements and their progress, the ensemble's scenarios with their share of
 * experts (checked against {@link CibCells#consistent}, a brute-force oracle), and the security
 * points of the CIB calls (validation, isolation, CSRF).
 */
class CibWorkspaceTest {
    @ParameterizedTest
    @EnumSource(Servers.Db.class)
    void theEnsembleShowsEachConsistentScenarioWithItsShareOfExperts(Servers.Db db) {
        try (Servers.Running s = Servers.start(db)) {
            Http h = s.http();
            long id = h.createStudy("CIB", ApiTest.variables());
            String[] secrets = {h.invite(id, "ann"), h.invite(id, "ben"), h.invite(id, "cat")};
            Http.Answer set = h.facilitator("POST", "api/studies/" + id + "/cib", Map.of("descriptors",
                    CibCells.descriptors()));
            assertEquals(201, set.status(), set.text());
            assertEquals(409, h.facilitator("POST", "api/studies/" + id + "/cib", Map.of("descriptors",
                    CibCells.descriptors())).status());

            Random r = new Random(5);
            List<Map<String, Integer>> tables = new ArrayList<>();
            for (int e = 0; e < 2; e++) {
                tables.add(CibCells.judgeAtRandom(h, secrets[e], r));
            }
            JsonNode cib = h.facilitator("GET", "api/studies/" + id + "/cib", null).json();
            JsonNode ensemble = cib.get("ensemble");
            assertEquals(List.of("ann", "ben"), List.of(ensemble.get("members").get(0).asText(),
                    ensemble.get("members").get(1).asText()));
            for (JsonNode sc : ensemble.get("scenarios")) {
                assertEquals(sc.get("count").asInt() / 2.0, sc.get("share").asDouble(), 1e-12);
            }
            Map<String, Integer> got = CibCells.scenarios(ensemble);
            assertEquals(CibCells.ensemble(tables), got);
            assertFalse(got.isEmpty());

            // each expert's progress: judgements given out of 6 variants x 4 variants of other descriptors
            JsonNode experts = h.facilitator("GET", "api/studies/" + id, null).json().get("experts");
            for (int e = 0; e < 3; e++) {
                assertEquals(e < 2 ? tables.get(e).size() : 0, experts.get(e).get("cibJudgements").asInt(), "expert "
                        + e);
                assertEquals(24, experts.get(e).get("cibCells").asInt());
            }
            // a judgement cleared (null) no longer counts
            String first = tables.get(0).keySet().iterator().next();
            assertEquals(200, CibCells.judge(h, secrets[0], first.split(">")[0], first.split(">")[1], null).status());
            assertEquals(tables.get(0).size() - 1, h.facilitator("GET", "api/studies/" + id,
                    null).json().get("experts").get(0)
                    .get("cibJudgements").asInt());

            // an expert sees the descriptors and only their own judgements
            JsonNode mine = h.send("GET", "api/expert/" + secrets[2] + "/cib", null).json();
            assertEquals(3, mine.get("descriptors").size());
            assertEquals(0, mine.get("cells").size());
            assertTrue(h.facilitator("GET", "api/studies/" + id + "/audit", null).text().contains("\"what\":\"cib\""));
        }
    }

    @Test
    void badJudgementsAndDescriptorsAreRefusedNamingTheField() {
        try (Servers.Running s = Servers.start(Servers.Db.H2)) {
            Http h = s.http();
            long id = CibCells.study(h, "Checks");
            String ann = h.invite(id, "ann");
            assertEquals(400, CibCells.judge(h, ann, "X.lo", "X.hi", 1).status());
            Http.Answer four = CibCells.judge(h, ann, "X.lo", "Y.hi", 4);
            assertEquals(400, four.status());
            assertTrue(four.json().get("error").asText().startsWith("value:"), four.text());
            assertEquals(404, CibCells.judge(h, ann, "X.mid", "Y.hi", 1).status());
            for (String body : List.of("{\"value\":\"2\"}", "{\"value\":2.5}", "{}", "[1]")) {
                Http.Answer a = h.send("PUT", "api/expert/" + ann + "/cib/X/lo/Y/hi",
                        body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "Content-Type", "application/json");
                assertEquals(400, a.status(), body + " " + a.text());
            }
            assertTrue(CibCells.cells(h, ann).isEmpty(), "a refused judgement was saved");

            long other = h.createStudy("Descriptors", ApiTest.variables());
            String path = "api/studies/" + other + "/cib";
            List<Map<String, Object>> ds = new ArrayList<>(CibCells.descriptors());
            ds.set(1, Map.of("id", "Y", "name", "line\nbreak", "variants", List.of(Map.of("id", "a"), Map.of("id",
                    "b"))));
            assertError(h.facilitator("POST", path, Map.of("descriptors", ds)), 400, "descriptors[1].name:");
            ds.set(1, Map.of("id", "X", "variants", List.of(Map.of("id", "a"), Map.of("id", "b"))));
            assertError(h.facilitator("POST", path, Map.of("descriptors", ds)), 400, "descriptors[1].id: duplicate");
            ds.set(1, Map.of("id", "Y", "variants", List.of(Map.of("id", "a"))));
            assertError(h.facilitator("POST", path, Map.of("descriptors", ds)), 400, "descriptors[1].variants:");
            List<Map<String, Object>> many = new ArrayList<>();
            for (int d = 0; d < 13; d++) {
                many.add(Map.of("id", "D" + d, "variants", List.of(Map.of("id", "a"), Map.of("id", "b"))));
            }
            assertError(h.facilitator("POST", path, Map.of("descriptors", many)), 400, "descriptors:");
            assertEquals(0, h.facilitator("GET", path, null).json().get("descriptors").size());
        }
    }

    static void assertError(Http.Answer a, int status, String start) {
        assertEquals(status, a.status(), a.text());
        assertTrue(a.json().get("error").asText().startsWith(start), a.text());
    }

    @Test
    void anExpertNeitherReadsNorRunsTheCrossImpactSynthesisAndBrowsersNeedTheCsrfToken() {
        try (Servers.Running s = Servers.start(Servers.Db.H2)) {
            Http h = s.http();
            long id = CibCells.study(h, "Isolation");
            String ann = h.invite(id, "ann");
            String ben = h.invite(id, "ben");
            assertEquals(200, CibCells.judge(h, ben, "X.lo", "Y.hi", -3).status());
            assertEquals(200, CibCells.judge(h, ann, "X.lo", "Y.hi", 2).status());
            String annView = h.send("GET", "api/expert/" + ann + "/cib", null).text();
            assertFalse(annView.contains("ben") || annView.contains("-3"), "ben's judgement leaks: " + annView);
            Http asExpert = new Http(s.url(), ann);
            String base = "api/studies/" + id + "/cib";
            assertEquals(401, asExpert.facilitator("GET", base, null).status());
            assertEquals(401, asExpert.facilitator("PUT", base, Map.of("descriptors",
                    CibCells.descriptors())).status());
            assertEquals(401, asExpert.facilitator("POST", base + "/rounds", Map.of("close", 1)).status());
            assertEquals(401, h.send("GET", base, null).status());

            // a signed-in browser: the edits and the rounds need the session's CSRF token and this site's origin
            String[] session = SecurityTest.signIn(s);
            byte[] edit = Http.json(Map.of("descriptors", CibCells.descriptors()));
            byte[] close = Http.json(Map.of("close", 1));
            assertEquals(403, h.send("PUT", base, edit, "Cookie", session[0], "Content-Type",
                    "application/json").status());
            assertEquals(403, h.send("POST", base + "/rounds", close, "Cookie", session[0], "Content-Type",
                    "application/json").status());
            assertEquals(403, h.send("POST", base + "/rounds", close, "Cookie", session[0], "Content-Type",
                    "application/json",
                    "X-CSRF-Token", session[1], "Origin", "http://evil.example").status());
            assertEquals(1, h.facilitator("GET", base, null).json().get("round").asInt());
            assertEquals(403, h.send("PUT", "api/expert/" + ann + "/cib/X/lo/Y/hi",
                    "{\"value\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "Content-Type", "application/json", "Origin", "http://evil.example").status());
            assertEquals(Map.of("X.lo>Y.hi", 2), CibCells.cells(h, ann));
            Http.Answer ok = h.send("POST", base + "/rounds", close, "Cookie", session[0], "Content-Type",
                    "application/json",
                    "X-CSRF-Token", session[1]);
            assertEquals(201, ok.status(), ok.text());
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
                        assertEquals(200, h.put(secret, a.get("id"), b.get("id"), String.valueOf(1
                                + r.nextInt(3))).status());
                    }
                }
            }
            assertEquals(400, h.facilitator("POST", "api/studies/" + id + "/cib", Map.of("fromKeyVariables",
                    1)).status());
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
