package org.micmac4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A 30-expert study (29 variables, full grids) runs in a 256 MB heap: the server, started with
 * -Xmx256m, takes every save and serves the dashboard, synthesis, plane, exports, report and a
 * Monte Carlo run.
 */
@Tag("slow")
class MemoryTest {
    @Test
    void thirtyExpertsIn256Megabytes() throws Exception {
        Path dir = Files.createTempDirectory("micmac-mem-");
        try (ChildServer s = ChildServer.start(dir, null, "-Xmx256m")) {
            Http h = new Http(s.url, s.token);
            LoadRun.Result r = LoadRun.run(h, 30, 29);
            assertEquals(0, r.mismatches(), r.firstMismatch());
            String study = "api/studies/" + r.study();
            for (String path : new String[] {"/dashboard", "/synthesis", "/synthesis?rule=median", "/plane.svg",
                    "/export.zip",
                "/export.xlsx", "/report.zip", "/audit"}) {
                assertEquals(200, h.facilitator("GET", study + path, null).status(), path);
            }
            assertEquals(202, h.facilitator("POST", study + "/montecarlo", Map.of("draws", 1000)).status());
            String state;
            do {
                Thread.sleep(200);
                state = h.facilitator("GET", study + "/montecarlo", null).json().get("state").asText();
            } while (state.equals("running"));
            assertEquals("done", state);
            assertEquals(200, h.send("GET", "e/" + r.secrets()[0], null).status());
            assertTrue(s.process.isAlive());
        } finally {
            Servers.delete(dir);
        }
    }
}
