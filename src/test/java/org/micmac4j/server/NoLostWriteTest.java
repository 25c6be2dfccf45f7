package org.micmac4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 100 experts saving their full 29 x 29 grids at once (84,100 saves) leave exactly the last value
 * of every cell, checked cell by cell, on H2 and on PostgreSQL. Nothing is timed here: the
 * latencies and throughput are measured by benchmarks/serve-load.sh.
 */
@Tag("slow")
@ExtendWith(TestPostgres.Stopper.class)
class NoLostWriteTest {
    @ParameterizedTest
    @EnumSource(Servers.Db.class)
    void everyCellHoldsItsLastSave(Servers.Db db) throws InterruptedException {
        try (Servers.Running s = Servers.start(db)) {
            LoadRun.Result r = LoadRun.run(s.http(), 100, 29);
            assertEquals(84_100, r.saves());
            assertEquals(0, r.mismatches(), r.firstMismatch());
        }
    }
}
