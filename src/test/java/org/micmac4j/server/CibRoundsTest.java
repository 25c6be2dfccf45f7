package org.micmac4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Delphi rounds of the cross-impact judgements, on H2 and PostgreSQL: closing round 1 keeps it
 * whole, carries every judgement into round 2, and shows each expert the panel's anonymous
 * distribution of the disputed judgements (tallied here from the judgements sent) next to their
 * own; revisions in round 2 leave round 1 as it was (each round's ensemble checked by brute force).
 */
class CibRoundsTest {
    @ParameterizedTest
    @EnumSource(Servers.Db.class)
    void roundTwoShowsTheDistributionsAndEveryRoundIsKept(Servers.Db db) {
        try (Servers.Running s = Servers.start(db)) {
            Http h = s.http();
            long id = CibCells.study(h, "Rounds");
            String[] names = {"ann", "ben", "cat"};
            String[] secrets = new String[3];
            List<Map<String, Integer>> round1 = new ArrayList<>();
            Random r = new Random(11);
            for (int e = 0; e < 3; e++) {
                secrets[e] = h.invite(id, names[e]);
                round1.add(CibCells.judgeAtRandom(h, secrets[e], r));
            }
            String cib = "api/studies/" + id + "/cib";
            assertEquals(409, h.facilitator("POST", cib + "/rounds", Map.of("close", 2)).status());
            Http.Answer closed = h.facilitator("POST", cib + "/rounds", Map.of("close", 1));
            assertEquals(201, closed.status(), closed.text());
            assertEquals(2, closed.json().get("round").asInt());
            assertEquals(409, h.facilitator("POST", cib + "/rounds", Map.of("close", 1)).status());

            // the oracle: every cell judged by at least two experts who differ, with its tally of -3..+3
            Map<String, int[]> tallies = new HashMap<>();
            for (Map<String, Integer> t : round1) {
                t.forEach((cell, v) -> tallies.computeIfAbsent(cell, k -> new int[7])[v + 3]++);
            }
            Map<String, int[]> disputed = new TreeMap<>();
            tallies.forEach((cell, c) -> {
                int judged = 0;
                int values = 0;
                for (int k : c) {
                    judged += k;
                    values += k > 0 ? 1 : 0;
                }
                if (judged >= 2 && values >= 2) {
                    disputed.put(cell, c);
                }
            });
            JsonNode shown = closed.json().get("disputed");
            assertEquals(Math.min(20, disputed.size()), shown.size());
            assertFalse(disputed.isEmpty());
            double spread = Double.MAX_VALUE;
            for (JsonNode d : shown) {
                String cell = d.get("from").asText() + "." + d.get("fromVariant").asText() + ">" + d.get("to").asText()
                        + "."
                        + d.get("toVariant").asText();
                int[] counts = new int[7];
                for (int k = 0; k < 7; k++) {
                    counts[k] = d.get("counts").get(k).asInt();
                }
                assertTrue(disputed.containsKey(cell), cell + " is not disputed");
                assertEquals(java.util.Arrays.toString(disputed.get(cell)), java.util.Arrays.toString(counts), cell);
                double sd = sd(counts);
                assertTrue(sd <= spread + 1e-12, "not the most disputed first: " + cell);
                spread = sd;
            }

            // each expert: round 2, their own judgements carried over, the anonymous distributions
            for (int e = 0; e < 3; e++) {
                Http.Answer mine = h.send("GET", "api/expert/" + secrets[e] + "/cib", null);
                assertEquals(2, mine.json().get("round").asInt());
                assertEquals(round1.get(e), CibCells.cells(h, secrets[e]));
                assertEquals(shown.toString(), mine.json().get("disputed").toString());
                for (int o = 0; o < 3; o++) {
                    assertTrue(o == e || !mine.text().contains(names[o]), "another expert's name in " + names[e]
                            + "'s view");
                }
            }

            // ann revises the most disputed judgement: round 2 changes, round 1 stays
            JsonNode top = shown.get(0);
            String from = top.get("from").asText() + "." + top.get("fromVariant").asText();
            String to = top.get("to").asText() + "." + top.get("toVariant").asText();
            Map<String, Integer> revised = new TreeMap<>(round1.get(0));
            int now = revised.getOrDefault(from + ">" + to, 0) == 3 ? -3 : 3;
            revised.put(from + ">" + to, now);
            Http.Answer put = CibCells.judge(h, secrets[0], from, to, now);
            assertEquals(200, put.status(), put.text());
            assertEquals(2, put.json().get("round").asInt());
            assertEquals(revised, CibCells.cells(h, secrets[0]));
            List<Map<String, Integer>> round2 = new ArrayList<>(List.of(revised, round1.get(1), round1.get(2)));
            assertEquals(CibCells.ensemble(round2), CibCells.scenarios(h.facilitator("GET", cib,
                    null).json().get("ensemble")));
            JsonNode first = h.facilitator("GET", cib + "?round=1", null).json();
            assertEquals(1, first.get("shownRound").asInt());
            assertEquals(CibCells.ensemble(round1), CibCells.scenarios(first.get("ensemble")));
            assertEquals(404, h.facilitator("GET", cib + "?round=3", null).status());
            assertEquals(400, h.facilitator("GET", cib + "?round=x", null).status());

            // the audit log names the round of every change
            Set<String> whats = new java.util.HashSet<>();
            boolean revisionLogged = false;
            for (JsonNode a : h.facilitator("GET", "api/studies/" + id + "/audit", null).json().get("audit")) {
                whats.add(a.get("what").asText());
                revisionLogged |= "cib".equals(a.get("what").asText()) && a.get("round").asInt() == 2
                        && (from).equals(a.get("from").asText())
                        && String.valueOf(now).equals(a.get("new").asText());
            }
            assertTrue(whats.containsAll(Set.of("cib round closed", "cib round opened")), whats.toString());
            assertTrue(revisionLogged, "ann's revision is not in the audit log");
        }
    }

    static double sd(int[] counts) {
        int k = 0;
        double sum = 0;
        for (int x = 0; x < 7; x++) {
            k += counts[x];
            sum += counts[x] * (x - 3);
        }
        double mean = sum / k;
        double ss = 0;
        for (int x = 0; x < 7; x++) {
            ss += counts[x] * (x - 3 - mean) * (x - 3 - mean);
        }
        return Math.sqrt(ss / (k - 1));
    }
}
