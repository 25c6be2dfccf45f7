package org.micmac4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code micmac serve} killed with SIGKILL in the middle of saves, then restarted on the same
 * data, has every save it acknowledged (200), on H2 and on PostgreSQL. A save that was in flight
 * when the server died may or may not be there; nothing else may differ.
 */
@Tag("slow")
class KillTest {
    static final int EXPERTS = 20;

    @ParameterizedTest
    @EnumSource(Servers.Db.class)
    void everyAcknowledgedSaveSurvivesSigkill(Servers.Db db) throws Exception {
        Path dir = Files.createTempDirectory("micmac-kill-");
        String dbUrl = db == Servers.Db.POSTGRES ? TestPostgres.newDatabase() : null;
        try {
            ChildServer server = ChildServer.start(dir, dbUrl);
            String token = server.token;
            Http h = new Http(server.url, token);
            List<Map<String, String>> vars = LoadRun.exampleVariables();
            List<String> ids = vars.stream().map(v -> v.get("id")).toList();
            long study = h.createStudy("Kill", vars);
            String[] secrets = new String[EXPERTS];
            List<Map<String, String>> acked = new ArrayList<>();
            List<Map<String, String>> inFlight = new ArrayList<>();
            for (int e = 0; e < EXPERTS; e++) {
                secrets[e] = h.invite(study, "expert " + e);
                acked.add(new ConcurrentHashMap<>());
                inFlight.add(new ConcurrentHashMap<>());
            }
            AtomicInteger acks = new AtomicInteger();
            List<Thread> threads = new ArrayList<>();
            for (int e = 0; e < EXPERTS; e++) {
                int ee = e;
                Thread t = new Thread(() -> {
                    for (LoadRun.Save s : LoadRun.plan(ids, 77 + ee, new LinkedHashMap<>())) {
                        String cell = s.from() + ">" + s.to();
                        String v = s.value() == null ? "-" : s.value();
                        inFlight.get(ee).put(cell, v);
                        Http.Answer a;
                        try {
                            a = h.put(secrets[ee], s.from(), s.to(), s.value());
                        } catch (RuntimeException dead) {
                            return;
                        }
                        if (a.status() != 200) {
                            return;
                        }
                        acked.get(ee).put(cell, v);
                        inFlight.get(ee).remove(cell);
                        acks.incrementAndGet();
                    }
                });
                t.start();
                threads.add(t);
            }
            long until = System.currentTimeMillis() + 60_000;
            while (acks.get() < 3000 && System.currentTimeMillis() < until) {
                Thread.sleep(20);
            }
            server.kill();
            for (Thread t : threads) {
                t.join(60_000);
            }
            assertTrue(acks.get() >= 1000, "too few saves before the kill: " + acks.get());

            try (ChildServer again = ChildServer.start(dir, dbUrl)) {
                Http h2 = new Http(again.url, token);
                int checked = 0;
                for (int e = 0; e < EXPERTS; e++) {
                    Map<String, String> found = new HashMap<>();
                    for (JsonNode c : h2.send("GET", "api/expert/" + secrets[e] + "/cells", null).json().get("cells")) {
                        found.put(c.get("from").asText() + ">" + c.get("to").asText(),
                                c.get("value").isNull() ? "-" : c.get("value").asText());
                    }
                    for (String cell : ids.stream()
                            .flatMap(a -> ids.stream().filter(b -> !b.equals(a)).map(b -> a + ">" + b)).toList()) {
                        String got = found.getOrDefault(cell, "-");
                        String ack = acked.get(e).get(cell);
                        String flying = inFlight.get(e).get(cell);
                        boolean ok = Objects.equals(got, ack == null ? "-" : ack) || Objects.equals(got, flying);
                        assertTrue(ok, "expert " + e + " cell " + cell + ": acknowledged " + ack + ", in flight "
                                + flying + ", found " + got);
                        checked++;
                    }
                }
                assertEquals(EXPERTS * ids.size() * (ids.size() - 1), checked);
            }
        } finally {
            Servers.delete(dir);
        }
    }
}
