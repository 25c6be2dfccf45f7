package org.micmac4j.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A group-commit batch is split into runs of changes of distinct answers (PostgreSQL cannot
 * update one row twice in one statement): the runs, concatenated, are the batch in its order; no
 * run holds one answer twice; and a run ends only where its next change's answer is already in it
 * (as few runs as the order allows).
 */
class GroupCommitTest {
    static Change change(boolean cib, long expert, int from, int to, int serial) {
        return new Change(cib, expert, 1, from, to, String.valueOf(serial % 4), null,
                OffsetDateTime.of(2026, 12, 8, 3, 0, 0, 0, ZoneOffset.UTC),
                List.of(new Change.AuditLine(1, 1, "expert", cib ? "cib" : "value", from, to, null, null, "1")));
    }

    @Test
    void runsKeepTheOrderAndNeverRepeatAnAnswer() {
        Random r = new Random(17);
        for (int trial = 0; trial < 500; trial++) {
            List<Change> batch = new ArrayList<>();
            int n = 1 + r.nextInt(40);
            for (int i = 0; i < n; i++) {
                batch.add(change(r.nextBoolean(), r.nextInt(3), r.nextInt(3), r.nextInt(2), i));
            }
            List<List<Change>> runs = GroupCommit.distinctRuns(batch);
            List<Change> joined = new ArrayList<>();
            for (int k = 0; k < runs.size(); k++) {
                List<Change> run = runs.get(k);
                assertTrue(!run.isEmpty(), "an empty run");
                Set<Change.Key> keys = new HashSet<>();
                for (Change x : run) {
                    assertTrue(keys.add(x.key()), "one answer twice in a run: " + x.key());
                }
                if (k + 1 < runs.size()) {
                    assertTrue(keys.contains(runs.get(k + 1).get(0).key()), "a run ended early");
                }
                joined.addAll(run);
            }
            assertEquals(batch, joined);
        }
    }

    @Test
    void aChangeAlwaysHasAnAuditLine() {
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Change(false, 1, 1, 0, 1, "2", null, at, List.of()));
    }
}
