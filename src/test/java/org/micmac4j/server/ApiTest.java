package org.micmac4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.micmac4j.cli.Main;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The JSON API as docs/SERVER.md specifies it, on H2 and on a real PostgreSQL: statuses, bodies,
 * errors naming the field, the synthesis equal to {@code micmac experts --json} run on the
 * exported panel folder, the export imported back identical, rounds, and the audit log.
 */
class ApiTest {
    static final List<String> IDS = List.of("A", "B,2", "#C", "D", "E", "F");

    static List<Map<String, String>> variables() {
        List<Map<String, String>> vars = new ArrayList<>();
        for (String id : IDS) {
            Map<String, String> v = new LinkedHashMap<>();
            v.put("id", id);
            v.put("name", id.equals("D") ? "<img src=x onerror=alert(1)>" : "Variable " + id);
            v.put("group", id.compareTo("D") < 0 ? "first" : "second");
            v.put("description", "About " + id + ", with \"quotes\", commas");
            vars.add(v);
        }
        return vars;
    }

    /** Fills about 80 % of an expert's grid at random (seeded), returns what was written. */
    static Map<String, String> fill(Http h, String secret, long seed) {
        Random r = new Random(seed);
        Map<String, String> written = new TreeMap<>();
        for (String from : IDS) {
            for (String to : IDS) {
                if (from.equals(to) || r.nextDouble() < 0.2) {
                    continue;
                }
                int k = r.nextInt(5);
                String v = k == 4 ? "P" : String.valueOf(k);
                Http.Answer a = h.put(secret, from, to, v);
                assertEquals(200, a.status(), a.text());
                written.put(from + "|" + to, v);
            }
        }
        return written;
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null;) {
                out.put(e.getName(), z.readAllBytes());
            }
        }
        return out;
    }

    /** Runs {@code micmac experts FOLDER --json ARGS} in-process, as a user would on the exported folder. */
    static String cliExperts(Path folder, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> a = new ArrayList<>(List.of("experts", folder.toString(), "--json"));
        a.addAll(List.of(args));
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), a.toArray(new String[0]));
        assertEquals(0, status, err.toString());
        return out.toString().strip();
    }

    static Path writeFolder(Map<String, byte[]> files) throws IOException {
        Path dir = Files.createTempDirectory("micmac-panel-");
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Files.write(dir.resolve(f.getKey()), f.getValue());
        }
        return dir;
    }

    @ParameterizedTest
    @EnumSource(Servers.Db.class)
    void contractAndSynthesisEqualsTheCommandLine(Servers.Db db) throws IOException {
        try (Servers.Running s = Servers.start(db)) {
            Http h = s.http();
            Http.Answer created = h.facilitator(
                    "POST", "api/studies", Map.of("title", "Panel test", "variables", variables()));
            assertEquals(201, created.status(), created.text());
            long id = created.json().get("id").asLong();

            Http.Answer inv = h.facilitator("POST", "api/studies/" + id + "/experts", Map.of("name", "Alice Martin"));
            assertEquals(201, inv.status(), inv.text());
            String link = inv.json().get("link").asText();
            assertTrue(link.startsWith(s.url() + "e/"), link);
            String alice = link.substring(link.lastIndexOf('/') + 1);
            assertTrue(alice.length() >= 22, "at least 128 bits in base64url: " + alice);
            String bob = h.invite(id, "bob");
            String carol = h.invite(id, "Carol");
            h.invite(id, "dan (no answer yet)");
            assertEquals(409, h.facilitator("POST", "api/studies/" + id + "/experts", Map.of("name", "BOB")).status());

            Map<String, String> a = fill(h, alice, 1);
            fill(h, bob, 2);
            fill(h, carol, 3);
            // a change of mind and a cleared cell: the last value counts
            assertEquals(200, h.put(alice, "A", "D", "3").status());
            assertEquals(200, h.put(alice, "A", "D", null).status());
            a.remove("A|D");

            JsonNode cells = h.send("GET", "api/expert/" + alice + "/cells", null).json().get("cells");
            Map<String, String> read = new TreeMap<>();
            for (JsonNode c : cells) {
                read.put(c.get("from").asText() + "|" + c.get("to").asText(), c.get("value").asText());
            }
            assertEquals(a, read);

            // errors: one line naming the field
            Http.Answer bad = h.send("PUT", "api/expert/" + alice + "/cells/A/D", "{\"value\":\"4\"}".getBytes(),
                    "Content-Type", "application/json");
            assertEquals(400, bad.status());
            assertTrue(bad.json().get("error").asText().startsWith("value:"), bad.text());
            assertEquals(400, h.send("PUT", "api/expert/" + alice + "/cells/A/A", "{\"value\":\"1\"}".getBytes())
                    .status());
            Http.Answer unknown = h.put(alice, "A", "NOPE", "1");
            assertEquals(404, unknown.status());
            assertTrue(unknown.json().get("error").asText().startsWith("to:"), unknown.text());
            assertEquals(400, h.facilitator("POST", "api/studies", Map.of("title", "x")).status());
            Http.Answer noVars = h.facilitator("POST", "api/studies", Map.of("title", "x", "variables",
                    List.of(Map.of("id", "A"), Map.of("id", "A"))));
            assertEquals(400, noVars.status());
            assertTrue(noVars.json().get("error").asText().startsWith("variables[1].id"), noVars.text());
            assertEquals(404, h.facilitator("GET", "api/studies/999/synthesis", null).status());
            assertEquals(401, h.send("GET", "api/studies/" + id + "/synthesis", null).status());

            // the synthesis is micmac experts --json on the exported panel folder, for the default and other options
            Http.Answer zip = h.facilitator("GET", "api/studies/" + id + "/export.zip", null);
            assertEquals(200, zip.status());
            Map<String, byte[]> files = unzip(zip.body());
            assertTrue(files.containsKey("variables.csv") && files.containsKey("Alice Martin.csv")
                    && files.containsKey("study.json"), files.keySet().toString());
            assertTrue(!files.containsKey("dan (no answer yet).csv"), "an expert without answers has no grid file");
            Path folder = writeFolder(files);
            try {
                String api = h.facilitator("GET", "api/studies/" + id + "/synthesis", null).text();
                assertEquals(cliExperts(folder), api);
                String median = h.facilitator("GET",
                        "api/studies/" + id + "/synthesis?rule=median&min-coverage=3&disputed=5&blanks=aggregate",
                        null).text();
                assertEquals(cliExperts(folder, "--rule", "median", "--min-coverage", "3", "--disputed", "5",
                        "--blanks", "aggregate"), median);
                assertNotEquals(api, median);
            } finally {
                Servers.delete(folder);
            }
            Http.Answer badRule = h.facilitator("GET", "api/studies/" + id + "/synthesis?rule=avg", null);
            assertEquals(400, badRule.status());
            assertTrue(badRule.json().get("error").asText().startsWith("rule:"));
        }
    }

    @ParameterizedTest
    @EnumSource(Servers.Db.class)
    void aStudyExportedAndImportedComesBackIdentical(Servers.Db db) throws IOException {
        try (Servers.Running s = Servers.start(db)) {
            Http h = s.http();
            long id = h.createStudy("Étude « exportée »", variables());
            String alice = h.invite(id, "alice");
            String bob = h.invite(id, "bob");
            h.invite(id, "nobody yet");
            fill(h, alice, 7);
            fill(h, bob, 8);
            Http.Answer withRationale = h.send("PUT", "api/expert/" + bob + "/cells/D/E",
                    Http.json(Map.of("value", "2", "rationale", "Because <b>of</b> E, \"quoted\"")), "Content-Type",
                    "application/json");
            assertEquals(200, withRationale.status(), withRationale.text());
            Http.Answer cib = h.facilitator("POST", "api/studies/" + id + "/cib", Map.of("descriptors", List.of(
                    Map.of("id", "A", "name", "Energy", "variants",
                    List.of(Map.of("id", "up", "name", "rises"), Map.of("id", "down", "name", "falls"))),
                    Map.of("id", "D", "name", "Skills", "variants",
                    List.of(Map.of("id", "hi", "name", "high"), Map.of("id", "lo", "name", "low"))))));
            assertEquals(201, cib.status(), cib.text());
            assertEquals(200, h.send("PUT", "api/expert/" + alice + "/cib/A/up/D/lo", Http.json(Map.of("value", -2)),
                    "Content-Type", "application/json").status());
            assertEquals(200, h.send("PUT", "api/expert/" + bob + "/cib/D/hi/A/down", Http.json(Map.of("value", 3)),
                    "Content-Type", "application/json").status());
            byte[] first = h.facilitator("GET", "api/studies/" + id + "/export.zip", null).body();

            Http.Answer imported = h.facilitatorBytes("POST", "api/studies/import", first, "application/zip");
            assertEquals(201, imported.status(), imported.text());
            long copy = imported.json().get("id").asLong();
            assertNotEquals(id, copy);
            byte[] second = h.facilitator("GET", "api/studies/" + copy + "/export.zip", null).body();

            Map<String, byte[]> a = unzip(first);
            Map<String, byte[]> b = unzip(second);
            assertEquals(a.keySet(), b.keySet());
            for (String f : a.keySet()) {
                assertEquals(new String(a.get(f), "UTF-8"), new String(b.get(f), "UTF-8"), f);
            }
            assertEquals(h.facilitator("GET", "api/studies/" + id + "/synthesis", null).text(),
                    h.facilitator("GET", "api/studies/" + copy + "/synthesis", null).text());
            assertEquals(h.facilitator("GET", "api/studies/" + id + "/cib", null).json().get("ensemble"),
                    h.facilitator("GET", "api/studies/" + copy + "/cib", null).json().get("ensemble"));
            assertTrue(new String(a.get("study.json"), "UTF-8").contains("\"judgements\""));
            JsonNode study = h.facilitator("GET", "api/studies/" + copy, null).json();
            assertEquals("Étude « exportée »", study.get("title").asText());
            assertEquals(3, study.get("experts").size());

            Http.Answer broken = h.facilitatorBytes(
                    "POST", "api/studies/import", "not a zip".getBytes(), "application/zip");
            assertEquals(400, broken.status());
        }
    }

    @ParameterizedTest
    @EnumSource(Servers.Db.class)
    void roundsKeepEveryRoundAndShowTheDistributionAndTheAuditLogHasEveryChange(Servers.Db db) {
        try (Servers.Running s = Servers.start(db)) {
            Http h = s.http();
            long id = h.createStudy("Delphi", variables());
            String alice = h.invite(id, "alice");
            String bob = h.invite(id, "bob");
            String carol = h.invite(id, "carol");
            fill(h, alice, 11);
            fill(h, bob, 12);
            fill(h, carol, 13);
            assertEquals(200, h.put(alice, "A", "E", "3").status());
            assertEquals(200, h.put(bob, "A", "E", "0").status());
            assertEquals(200, h.put(carol, "A", "E", "1").status());
            String round1 = h.facilitator("GET", "api/studies/" + id + "/synthesis", null).text();
            JsonNode disputed1 = h.facilitator("GET", "api/studies/" + id + "/synthesis", null).json()
                    .get("disputedCells");

            Http.Answer next = h.facilitator("POST", "api/studies/" + id + "/rounds", Map.of("close", 1));
            assertEquals(201, next.status(), next.text());
            assertEquals(2, next.json().get("round").asInt());
            assertEquals(409, h.facilitator("POST", "api/studies/" + id + "/rounds", Map.of("close", 1)).status());

            // the expert sees, for the disputed cells, the anonymous distribution: counts, no names
            JsonNode view = h.send("GET", "api/expert/" + alice, null).json();
            assertEquals(2, view.get("study").get("round").asInt());
            assertEquals(disputed1.size(), view.get("disputed").size());
            JsonNode first = view.get("disputed").get(0);
            JsonNode scores = disputed1.get(0).get("scores");
            int[] expected = new int[5];
            scores.forEach(v -> {
                if (!v.isNull()) {
                    expected[v.asText().equals("P") ? 4 : v.asInt()]++;
                }
            });
            assertEquals(disputed1.get(0).get("from").asText(), first.get("from").asText());
            for (int k = 0; k < 5; k++) {
                assertEquals(expected[k], first.get("counts").get(k).asInt());
            }
            assertTrue(!view.toString().contains("bob") && !view.toString().contains("carol"),
                    "no other expert's name");

            // answers carried over; a revision changes round 2 only
            assertEquals(round1, h.facilitator("GET", "api/studies/" + id + "/synthesis", null).text());
            assertEquals(200, h.put(bob, "A", "E", "3").status());
            assertEquals(round1, h.facilitator("GET", "api/studies/" + id + "/synthesis?round=1", null).text());
            assertNotEquals(round1, h.facilitator("GET", "api/studies/" + id + "/synthesis", null).text());

            JsonNode audit = h.facilitator("GET", "api/studies/" + id + "/audit", null).json().get("audit");
            List<JsonNode> ae = new ArrayList<>();
            audit.forEach(x -> {
                if ("value".equals(x.get("what").asText()) && "A".equals(x.get("from").asText())
                        && "E".equals(x.get("to").asText()) && x.get("actor").asText().startsWith("expert bob")) {
                    ae.add(x);
                }
            });
            JsonNode last = ae.get(ae.size() - 1);
            assertEquals(2, last.get("round").asInt());
            assertEquals("0", last.get("old").asText());
            assertEquals("3", last.get("new").asText());
            assertTrue(ae.size() >= 2);
            assertEquals(1, ae.get(ae.size() - 2).get("round").asInt());
            assertTrue(audit.toString().contains("round opened"));
        }
    }
}
