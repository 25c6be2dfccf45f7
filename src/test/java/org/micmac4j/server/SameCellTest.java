package org.micmac4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Many requests saving the same cell at once, while other experts save too (so the group-commit
 * writers batch them together), keep the last committed value and a whole audit chain, on H2 and
 * PostgreSQL. Every grid save carries its own rationale, so each acknowledged save leaves exactly
 * one "rationale" audit line naming it: replaying the audit lines of the cell in order must give,
 * save after save, that save's value (each "value" line's old value being the previous line's
 * new one), and the value and rationale of the last save must be the cell's, in memory and read
 * back from the database by a restarted workspace. The same for a CIB judgement (value lines only).
 */
@ExtendWith(TestPostgres.Stopper.class)
class SameCellTest {
    static final int EXPERTS = 3;
    static final int THREADS_PER_EXPERT = 4;
    static final int SAVES_PER_THREAD = 25;
    static final String[] VALUES = {"0", "1", "2", "3", "P", null};

    @ParameterizedTest
    @EnumSource(Servers.Db.class)
    void concurrentSavesOfOneCellKeepTheLastValueAndTheAuditChain(Servers.Db db) throws Exception {
        Path dir = db == Servers.Db.H2 ? Files.createTempDirectory("micmac-same-") : null;
        String url = db == Servers.Db.POSTGRES ? TestPostgres.newDatabase() : null;
        Workspace.Options o = Workspace.Options.defaults().withPort(0);
        o = dir != null ? o.withDataDir(dir) : o.withDatabase(url, "micmac", "");
        try {
            Workspace w = Workspace.start(o);
            Http h = new Http(w.url(), w.newToken().orElseThrow());
            long study = CibCells.study(h, "Same cell");
            String[] secrets = new String[EXPERTS];
            for (int e = 0; e < EXPERTS; e++) {
                secrets[e] = h.invite(study, "expert " + e);
            }
            // value and CIB value of each save, by rationale ("e/t/k")
            Map<String, String> sent = new ConcurrentHashMap<>();
            Map<String, Integer> cibSent = new ConcurrentHashMap<>();
            CountDownLatch go = new CountDownLatch(1);
            AtomicReference<String> failure = new AtomicReference<>();
            List<Thread> threads = new ArrayList<>();
            for (int e = 0; e < EXPERTS; e++) {
                for (int t = 0; t < THREADS_PER_EXPERT; t++) {
                    int ee = e;
                    int tt = t;
                    Thread th = new Thread(() -> {
                        Random r = new Random(31L * ee + tt);
                        try {
                            go.await();
                            for (int k = 0; k < SAVES_PER_THREAD; k++) {
                                String why = ee + "/" + tt + "/" + k;
                                String v = VALUES[r.nextInt(VALUES.length)];
                                Map<String, Object> body = new HashMap<>();
                                body.put("value", v);
                                body.put("rationale", why);
                                Http.Answer a = h.send("PUT", "api/expert/" + secrets[ee] + "/cells/A/D",
                                        Http.json(body), "Content-Type", "application/json");
                                if (a.status() != 200) {
                                    failure.compareAndSet(null, why + ": " + a.status() + " " + a.text());
                                    return;
                                }
                                sent.put(why, v == null ? "-" : v);
                                int cv = r.nextInt(7) - 3;
                                Http.Answer c = CibCells.judge(h, secrets[ee], "X.lo", "Y.hi", cv);
                                if (c.status() != 200) {
                                    failure.compareAndSet(null, why + " (CIB): " + c.status() + " " + c.text());
                                    return;
                                }
                                cibSent.merge(ee + "/" + cv, 1, Integer::sum);
                            }
                        } catch (InterruptedException | RuntimeException ex) {
                            failure.compareAndSet(null, ex.toString());
                        }
                    });
                    th.start();
                    threads.add(th);
                }
            }
            go.countDown();
            for (Thread th : threads) {
                th.join();
            }
            assertNull(failure.get(), failure.get());
            assertEquals(EXPERTS * THREADS_PER_EXPERT * SAVES_PER_THREAD, sent.size());

            List<JsonNode> audit = new ArrayList<>();
            h.facilitator("GET", "api/studies/" + study + "/audit", null).json().get("audit").forEach(audit::add);
            String[] last = new String[EXPERTS];
            String[] lastWhy = new String[EXPERTS];
            Integer[] lastCib = new Integer[EXPERTS];
            for (int e = 0; e < EXPERTS; e++) {
                String actor = "expert expert " + e + " ";
                String value = "-";
                String why = null;
                Integer cib = null;
                int saves = 0;
                Map<String, Integer> seenPerThread = new HashMap<>();
                for (JsonNode a : audit) {
                    if (!a.get("actor").asText().startsWith(actor)) {
                        continue;
                    }
                    String what = a.get("what").asText();
                    String old = a.get("old").isNull() ? null : a.get("old").asText();
                    String now = a.get("new").isNull() ? null : a.get("new").asText();
                    if (what.equals("value")) {
                        assertEquals(value, old == null ? "-" : old, "expert " + e + ": audit line " + a);
                        assertNotEquals(old, now, "a value line without a change: " + a);
                        value = now == null ? "-" : now;
                    } else if (what.equals("rationale")) {
                        assertEquals(why, old, "expert " + e + ": audit line " + a);
                        assertNotNull(now);
                        why = now;
                        saves++;
                        assertEquals(sent.get(why), value, "expert " + e + ": after save " + why);
                        String[] ek = why.split("/");
                        int k = Integer.parseInt(ek[2]);
                        int before = seenPerThread.getOrDefault(ek[1], -1);
                        assertEquals(before + 1, k, "expert " + e + ": a thread's saves out of order at " + why);
                        seenPerThread.put(ek[1], k);
                    } else if (what.equals("cib")) {
                        assertEquals(cib == null ? null : cib.toString(), old, "expert " + e + ": audit line " + a);
                        assertNotEquals(old, now, "a CIB line without a change: " + a);
                        cib = now == null ? null : Integer.valueOf(now);
                    }
                }
                assertEquals(THREADS_PER_EXPERT * SAVES_PER_THREAD, saves, "expert " + e + ": rationale lines");
                last[e] = value;
                lastWhy[e] = why;
                lastCib[e] = cib;
                assertTrue(cibSent.containsKey(e + "/" + cib), "expert " + e + ": last CIB value " + cib
                        + " never sent");
            }
            checkStored(h, secrets, last, lastWhy, lastCib);
            w.close();

            try (Workspace again = Workspace.start(o)) {
                checkStored(new Http(again.url(), h.token), secrets, last, lastWhy, lastCib);
            }
        } finally {
            if (dir != null) {
                Servers.delete(dir);
            }
        }
    }

    private static void checkStored(Http h, String[] secrets, String[] value, String[] why, Integer[] cib) {
        for (int e = 0; e < secrets.length; e++) {
            String v = "-";
            String r = null;
            for (JsonNode c : h.send("GET", "api/expert/" + secrets[e] + "/cells", null).json().get("cells")) {
                if (c.get("from").asText().equals("A") && c.get("to").asText().equals("D")) {
                    v = c.get("value").isNull() ? "-" : c.get("value").asText();
                    r = c.get("rationale").isNull() ? null : c.get("rationale").asText();
                }
            }
            assertEquals(value[e], v, "expert " + e + ": the cell's value");
            assertEquals(why[e], r, "expert " + e + ": the cell's rationale");
            Integer got = CibCells.cells(h, secrets[e]).get("X.lo>Y.hi");
            assertTrue(Objects.equals(cib[e], got), "expert " + e + ": the judgement " + got + ", audit " + cib[e]);
        }
    }
}
