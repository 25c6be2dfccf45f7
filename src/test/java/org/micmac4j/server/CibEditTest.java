package org.micmac4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The facilitator edits the cross-impact descriptors without losing a judgement, on H2 and
 * PostgreSQL: names change freely; renamed ids ("was") and moved descriptors carry their
 * judgements; removing a judged variant is refused with the count until the facilitator agrees,
 * and then the judgements are put aside, to come back exactly when the variant does; in every round.
 */
class CibEditTest {
    static Map<String, Object> variant(String id, String name, String was) {
        Map<String, Object> m = new HashMap<>(Map.of("id", id, "name", name));
        if (was != null) {
            m.put("was", was);
        }
        return m;
    }

    static Map<String, Object> descriptor(String id, String name, String was, List<Map<String, Object>> variants) {
        Map<String, Object> m = new HashMap<>(Map.of("id", id, "name", name, "variants", variants));
        if (was != null) {
            m.put("was", was);
        }
        return m;
    }

    /** A table's judgements with each variant label renamed. */
    static Map<String, Integer> renamed(Map<String, Integer> cells, UnaryOperator<String> label) {
        Map<String, Integer> out = new TreeMap<>();
        cells.forEach((k, v) -> {
            String[] ends = k.split(">");
            out.put(label.apply(ends[0]) + ">" + label.apply(ends[1]), v);
        });
        return out;
    }

    @ParameterizedTest
    @EnumSource(Servers.Db.class)
    void renamesKeepTheJudgementsAndARemovalAsksThenPutsThemAsideUntilTheVariantComesBack(Servers.Db db) {
        try (Servers.Running s = Servers.start(db)) {
            Http h = s.http();
            long id = CibCells.study(h, "Edits");
            String cib = "api/studies/" + id + "/cib";
            String ann = h.invite(id, "ann");
            String ben = h.invite(id, "ben");
            Random r = new Random(17);
            Map<String, Integer> annCells = CibCells.judgeAtRandom(h, ann, r);
            Map<String, Integer> benCells = CibCells.judgeAtRandom(h, ben, r);

            // 1. new names, Z moved first, Y's id becomes W, X.hi becomes X.high, a new variant X.mid
            List<Map<String, Object>> edited = List.of(
                    descriptor("Z", "Zeta <b>bold</b>", null, List.of(variant("lo", "lower", null), variant("hi",
                            "higher", null))),
                    descriptor("X", "Xi", null, List.of(variant("lo", "low", null), variant("mid", "middle", null),
                            variant("high", "high", "hi"))),
                    descriptor("W", "Omega", "Y", List.of(variant("lo", "low", null), variant("hi", "high", null))));
            Http.Answer e1 = h.facilitator("PUT", cib, Map.of("descriptors", edited));
            assertEquals(200, e1.status(), e1.text());
            assertEquals(0, e1.json().get("putAside").asInt());
            UnaryOperator<String> rename = l -> l.equals("X.hi") ? "X.high" : l.startsWith("Y.") ? "W." + l.substring(2)
                    : l;
            Map<String, Integer> annAfter = renamed(annCells, rename);
            Map<String, Integer> benAfter = renamed(benCells, rename);
            assertEquals(annAfter, CibCells.cells(h, ann));
            assertEquals(benAfter, CibCells.cells(h, ben));
            JsonNode ds = h.facilitator("GET", cib, null).json().get("descriptors");
            assertEquals("Z", ds.get(0).get("id").asText());
            assertEquals("Zeta <b>bold</b>", ds.get(0).get("name").asText());
            assertEquals("middle", ds.get(1).get("variants").get(1).get("name").asText());

            // 2. removing Z.lo, judged: refused with the count, nothing changes
            long judgedZlo = annAfter.keySet().stream().filter(k -> k.contains("Z.lo")).count()
                    + benAfter.keySet().stream().filter(k -> k.contains("Z.lo")).count();
            assertTrue(judgedZlo > 0);
            List<Map<String, Object>> noZlo = new ArrayList<>(edited);
            noZlo.set(0, descriptor("Z", "Zeta", null, List.of(variant("hi", "higher", null), variant("top", "top",
                    null))));
            Http.Answer refused = h.facilitator("PUT", cib, Map.of("descriptors", noZlo));
            assertEquals(409, refused.status(), refused.text());
            String why = refused.json().get("error").asText();
            assertTrue(why.contains("'Z.lo'") && why.contains(judgedZlo + " judgements") && why.contains("2 experts")
                    && why.contains("putAside"), why);
            assertEquals(annAfter, CibCells.cells(h, ann));
            assertEquals("lo", h.facilitator("GET", cib,
                    null).json().get("descriptors").get(0).get("variants").get(0).get("id").asText());

            // 3. with the facilitator's agreement: put aside, counted, gone from the grids
            Map<String, Object> body = new HashMap<>(Map.of("descriptors", noZlo, "putAside", true));
            Http.Answer aside = h.facilitator("PUT", cib, body);
            assertEquals(200, aside.status(), aside.text());
            assertEquals(judgedZlo, aside.json().get("putAside").asInt());
            assertEquals(judgedZlo, h.facilitator("GET", cib, null).json().get("putAside").asInt());
            Map<String, Integer> annWithout = new TreeMap<>(annAfter);
            annWithout.keySet().removeIf(k -> k.contains("Z.lo"));
            assertEquals(annWithout, CibCells.cells(h, ann));
            assertTrue(h.facilitator("GET", "api/studies/" + id + "/audit",
                    null).text().contains("cib judgements put aside"));

            // 4. an unjudged variant goes without asking (X.mid, Z.top)
            Http.Answer plain = h.facilitator("PUT", cib, Map.of("descriptors", List.of(
                    descriptor("Z", "Zeta", null, List.of(variant("hi", "higher", null), variant("top", "top", null))),
                    descriptor("X", "Xi", null, List.of(variant("lo", "low", null), variant("high", "high", null))),
                    descriptor("W", "Omega", null, List.of(variant("lo", "low", null), variant("hi", "high", null))))));
            assertEquals(200, plain.status(), plain.text());
            assertEquals(0, plain.json().get("putAside").asInt());

            // 5. Z.lo comes back: so do its judgements, exactly
            Http.Answer back = h.facilitator("PUT", cib, Map.of("descriptors", List.of(
                    descriptor("Z", "Zeta", null, List.of(variant("lo", "lower", null), variant("hi", "higher", null))),
                    descriptor("X", "Xi", null, List.of(variant("lo", "low", null), variant("high", "high", null))),
                    descriptor("W", "Omega", null, List.of(variant("lo", "low", null), variant("hi", "high", null))))));
            assertEquals(200, back.status(), back.text());
            assertEquals(judgedZlo, back.json().get("restored").asInt());
            assertEquals(0, h.facilitator("GET", cib, null).json().get("putAside").asInt());
            assertEquals(annAfter, CibCells.cells(h, ann));
            assertEquals(benAfter, CibCells.cells(h, ben));

            // 6. in round 2 too, and round 1 follows the rename
            assertEquals(201, h.facilitator("POST", cib + "/rounds", Map.of("close", 1)).status());
            Http.Answer late = h.facilitator("PUT", cib, Map.of("descriptors", List.of(
                    descriptor("Z", "Zeta", null, List.of(variant("lo", "lower", null), variant("hi", "higher", null))),
                    descriptor("X", "Xi", null, List.of(variant("lo", "low", null), variant("high", "high", null))),
                    descriptor("V", "Omega", "W", List.of(variant("lo", "low", null), variant("hi", "high", null))))));
            assertEquals(200, late.status(), late.text());
            UnaryOperator<String> toV = l -> l.startsWith("W.") ? "V." + l.substring(2) : l;
            assertEquals(renamed(annAfter, toV), CibCells.cells(h, ann));
            JsonNode first = h.facilitator("GET", cib + "?round=1", null).json().get("ensemble");
            assertEquals(2, first.get("members").size());
            assertTrue(first.toString().contains("\"descriptor\":\"V\""), first.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(Servers.Db.class)
    void badRenamesAreRefusedNamingTheField(Servers.Db db) {
        try (Servers.Running s = Servers.start(db)) {
            Http h = s.http();
            long id = CibCells.study(h, "Bad edits");
            String cib = "api/studies/" + id + "/cib";
            String ann = h.invite(id, "ann");
            assertEquals(200, CibCells.judge(h, ann, "X.lo", "Y.hi", 3).status());
            List<Map<String, Object>> twice = List.of(
                    descriptor("X", "X", null, List.of(variant("a", "a", "lo"), variant("b", "b", "lo"))),
                    descriptor("Y", "Y", null, List.of(variant("lo", "lo", null), variant("hi", "hi", null))),
                    descriptor("Z", "Z", null, List.of(variant("lo", "lo", null), variant("hi", "hi", null))));
            CibWorkspaceTest.assertError(h.facilitator("PUT", cib, Map.of("descriptors", twice)), 400,
                    "descriptors[0].variants[1].was: 'X.lo' is claimed twice");
            List<Map<String, Object>> unknown = List.of(
                    descriptor("N", "N", "Q", List.of(variant("lo", "lo", null), variant("hi", "hi", null))),
                    descriptor("Y", "Y", null, List.of(variant("lo", "lo", null), variant("hi", "hi", null))));
            CibWorkspaceTest.assertError(h.facilitator("PUT", cib, Map.of("descriptors", unknown)), 400,
                    "descriptors[0].variants[0].was: no variant 'Q.lo'");
            // Y's variants split between Y and Q: refused (its variants stay together)
            List<Map<String, Object>> split = List.of(
                    descriptor("X", "X", null, List.of(variant("lo", "lo", null), variant("hi", "hi", null))),
                    descriptor("Y", "Y", null, List.of(variant("lo", "lo", null), variant("new", "new", null))),
                    descriptor("Z", "Z", null, List.of(variant("lo", "lo", null), variant("hi", "hi", null))),
                    descriptor("Q", "Q", "Y", List.of(variant("hi", "hi", null), variant("other", "other", null))));
            CibWorkspaceTest.assertError(h.facilitator("PUT", cib, Map.of("descriptors", split)), 400,
                    "descriptors[3].variants[0].was: a descriptor's variants must come from one former descriptor");
            Map<String, Object> notBoolean = new HashMap<>(Map.of("descriptors", CibCells.descriptors(), "putAside",
                    "yes"));
            CibWorkspaceTest.assertError(h.facilitator("PUT", cib, notBoolean), 400, "putAside:");
            assertEquals(Map.of("X.lo>Y.hi", 3), CibCells.cells(h, ann));
            assertEquals(409, h.facilitator("PUT", "api/studies/" + h.createStudy("None", ApiTest.variables()) + "/cib",
                    Map.of("descriptors", CibCells.descriptors())).status());
        }
    }
}
