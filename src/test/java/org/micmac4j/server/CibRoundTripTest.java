package org.micmac4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The panel folder carries the whole cross-impact part, on H2 and PostgreSQL: every CIB round
 * with its judgements and disputed judgements, and the judgements put aside. Exported, imported
 * and exported again it gives the same files; each round's ensemble is the same in the copy; and
 * the judgements put aside come back in the copy, as in the original, when their variant does
 * (then every round equals the judgements sent, and round 1's ensemble the brute-force one).
 */
class CibRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(Servers.Db.class)
    void everyRoundAndThePutAsideJudgementsComeBackIdentical(Servers.Db db) throws IOException {
        try (Servers.Running s = Servers.start(db)) {
            Http h = s.http();
            long id = CibCells.study(h, "Round trip");
            String ann = h.invite(id, "ann");
            String ben = h.invite(id, "ben");
            h.invite(id, "cat");
            Random r = new Random(29);
            Map<String, Map<String, Integer>> round1 = new TreeMap<>();
            round1.put("ann", CibCells.judgeAtRandom(h, ann, r));
            round1.put("ben", CibCells.judgeAtRandom(h, ben, r));
            String cib = "api/studies/" + id + "/cib";
            assertEquals(201, h.facilitator("POST", cib + "/rounds", Map.of("close", 1)).status());

            // round 2: ben revises a few judgements, the others carried over
            Map<String, Map<String, Integer>> round2 = new TreeMap<>();
            round2.put("ann", new TreeMap<>(round1.get("ann")));
            round2.put("ben", new TreeMap<>(round1.get("ben")));
            for (String cell : List.of("X.lo>Z.lo", "Z.lo>Y.hi", "Y.hi>X.hi", "Z.hi>X.lo")) {
                int v = r.nextInt(7) - 3;
                String[] ends = cell.split(">");
                assertEquals(200, CibCells.judge(h, ben, ends[0], ends[1], v).status());
                round2.get("ben").put(cell, v);
            }
            assertEquals(round2.get("ben"), CibCells.cells(h, ben));

            // Z.lo removed: its judgements of both rounds put aside
            Map<String, Object> noZlo = Map.of("putAside", true, "descriptors", List.of(
                    CibCells.descriptors().get(0), CibCells.descriptors().get(1), zWith("hi", "top")));
            Http.Answer aside = h.facilitator("PUT", cib, noZlo);
            assertEquals(200, aside.status(), aside.text());
            int putAside = aside.json().get("putAside").asInt();
            assertEquals(zLo(round1) + zLo(round2), putAside);
            assertTrue(putAside > 0);

            byte[] first = h.facilitator("GET", "api/studies/" + id + "/export.zip", null).body();
            JsonNode exported = JSON.readTree(ApiTest.unzip(first).get("study.json")).get("cib");
            assertEquals(2, exported.get("round").asInt());
            assertEquals(without(round1), judgements(exported.get("rounds").get(0).get("judgements")));
            assertEquals(without(round2), judgements(exported.get("rounds").get(1).get("judgements")));
            assertEquals(putAside, exported.get("putAside").size());
            assertEquals(h.facilitator("GET", cib + "?round=2", null).json().get("disputedThisRound"),
                    exported.get("rounds").get(1).get("disputed"));
            assertFalse(exported.get("rounds").get(1).get("disputed").isEmpty());

            Http.Answer imported = h.facilitatorBytes("POST", "api/studies/import", first, "application/zip");
            assertEquals(201, imported.status(), imported.text());
            String copy = "api/studies/" + imported.json().get("id").asLong() + "/cib";
            byte[] second = h.facilitator("GET", copy.replace("/cib", "/export.zip"), null).body();
            Map<String, byte[]> a = ApiTest.unzip(first);
            Map<String, byte[]> b = ApiTest.unzip(second);
            assertEquals(a.keySet(), b.keySet());
            for (String f : a.keySet()) {
                assertEquals(new String(a.get(f), StandardCharsets.UTF_8), new String(b.get(f), StandardCharsets.UTF_8),
                        f);
            }
            for (int round = 1; round <= 2; round++) {
                JsonNode original = h.facilitator("GET", cib + "?round=" + round, null).json();
                JsonNode again = h.facilitator("GET", copy + "?round=" + round, null).json();
                assertEquals(original.get("ensemble"), again.get("ensemble"), "round " + round);
                assertEquals(original.get("round"), again.get("round"));
                assertEquals(original.get("putAside"), again.get("putAside"));
                assertEquals(original.get("disputedThisRound"), again.get("disputedThisRound"));
            }

            // Z.lo back in both: its judgements come back from the import's put-aside as from the original's
            Map<String, Object> withZlo = Map.of("descriptors", CibCells.descriptors());
            Http.Answer backOriginal = h.facilitator("PUT", cib, withZlo);
            Http.Answer backCopy = h.facilitator("PUT", copy, withZlo);
            assertEquals(200, backCopy.status(), backCopy.text());
            assertEquals(putAside, backOriginal.json().get("restored").asInt());
            assertEquals(putAside, backCopy.json().get("restored").asInt());
            JsonNode restored = JSON.readTree(ApiTest.unzip(h.facilitator("GET", copy.replace("/cib", "/export.zip"),
                    null).body()).get("study.json")).get("cib");
            assertEquals(round1, judgements(restored.get("rounds").get(0).get("judgements")));
            assertEquals(round2, judgements(restored.get("rounds").get(1).get("judgements")));
            assertEquals(0, restored.get("putAside").size());
            assertEquals(CibCells.ensemble(new ArrayList<>(round1.values())),
                    CibCells.scenarios(h.facilitator("GET", copy + "?round=1", null).json().get("ensemble")));
            assertEquals(CibCells.ensemble(new ArrayList<>(round2.values())),
                    CibCells.scenarios(h.facilitator("GET", copy + "?round=2", null).json().get("ensemble")));
        }
    }

    @Test
    void aBrokenCrossImpactPartIsRefusedNamingTheFieldAndNothingIsCreated() throws IOException {
        try (Servers.Running s = Servers.start(Servers.Db.H2)) {
            Http h = s.http();
            long id = CibCells.study(h, "Broken");
            String ann = h.invite(id, "ann");
            assertEquals(200, CibCells.judge(h, ann, "X.lo", "Y.hi", 2).status());
            assertEquals(200, h.put(ann, "A", "D", "3").status());
            byte[] zip = h.facilitator("GET", "api/studies/" + id + "/export.zip", null).body();
            String json = new String(ApiTest.unzip(zip).get("study.json"), StandardCharsets.UTF_8);
            int studies = h.facilitator("GET", "api/studies", null).json().get("studies").size();
            String[][] cases = {
                {"\"toVariant\" : \"hi\"", "\"toVariant\" : \"nope\"",
                    "cib.rounds[0].judgements[0].to: no variant 'Y.nope'"},
                {"\"value\" : 2", "\"value\" : 5", "cib.rounds[0].judgements[0].value: a whole number from -3 to 3"},
                {"\"expert\" : \"ann\"", "\"expert\" : \"zed\"", "cib.rounds[0].judgements[0].expert: no expert "
                    + "named 'zed'"},
                {"\"value\" : 2", "\"valu\" : 2", "cib: "},
                {"\"rounds\" : [ {\n      \"round\" : 1", "\"rounds\" : [ {\n      \"round\" : 3",
                    "cib.rounds[0].round: 1 expected, got 3"},
            };
            for (String[] c : cases) {
                assertTrue(json.contains(c[0]), c[0] + " in " + json);
                Map<String, byte[]> files = new LinkedHashMap<>(ApiTest.unzip(zip));
                files.put("study.json", json.replace(c[0], c[1]).getBytes(StandardCharsets.UTF_8));
                Http.Answer a = h.facilitatorBytes("POST", "api/studies/import", zip(files), "application/zip");
                assertEquals(400, a.status(), a.text());
                String error = a.json().get("error").asText();
                assertTrue(error.startsWith("export.zip: study.json: " + c[2]), error);
            }
            assertEquals(studies, h.facilitator("GET", "api/studies", null).json().get("studies").size());
        }
    }

    private static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                z.putNextEntry(new ZipEntry(f.getKey()));
                z.write(f.getValue());
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** Descriptor Z with the given variants. */
    private static Map<String, Object> zWith(String... variants) {
        List<Map<String, Object>> vs = new ArrayList<>();
        for (String v : variants) {
            vs.add(Map.of("id", v, "name", v));
        }
        return Map.of("id", "Z", "name", "Descriptor Z", "variants", vs);
    }

    private static int zLo(Map<String, Map<String, Integer>> tables) {
        return (int) tables.values().stream().flatMap(t -> t.keySet().stream()).filter(k -> k.contains("Z.lo")).count();
    }

    private static Map<String, Map<String, Integer>> without(Map<String, Map<String, Integer>> tables) {
        Map<String, Map<String, Integer>> out = new TreeMap<>();
        tables.forEach((e, t) -> {
            Map<String, Integer> kept = new TreeMap<>(t);
            kept.keySet().removeIf(k -> k.contains("Z.lo"));
            out.put(e, kept);
        });
        return out;
    }

    /** An exported round's judgements: expert → "X.lo>Y.hi" → value. */
    private static Map<String, Map<String, Integer>> judgements(JsonNode list) {
        Map<String, Map<String, Integer>> out = new TreeMap<>();
        for (JsonNode j : list) {
            out.computeIfAbsent(j.get("expert").asText(), k -> new TreeMap<>()).put(j.get("from").asText() + "."
                    + j.get("fromVariant").asText() + ">" + j.get("to").asText() + "." + j.get("toVariant").asText(),
                    j.get("value").asInt());
        }
        return out;
    }
}
