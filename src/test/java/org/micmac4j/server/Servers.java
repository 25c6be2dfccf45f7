package org.micmac4j.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Starts a workspace for a test, on H2 in a temporary folder or on a fresh PostgreSQL database. */
final class Servers {
    /** The two databases every storage test runs on. */
    enum Db {
        H2, POSTGRES
    }

    /**
     * A running workspace.
     *
     * @param workspace the workspace
     * @param url its address, ending in "/"
     * @param token the facilitator's token
     * @param dataDir the H2 folder, or null
     * @param dbUrl the PostgreSQL URL, or null
     */
    record Running(Workspace workspace, String url, String token, Path dataDir, String dbUrl) implements AutoCloseable {
        Http http() {
            return new Http(url, token);
        }

        @Override
        public void close() {
            workspace.close();
            if (dataDir != null) {
                delete(dataDir);
            }
        }
    }

    private Servers() {
    }

    static Running start(Db db) {
        try {
            Workspace.Options o = Workspace.Options.defaults().withPort(0);
            Path dir = null;
            String url = null;
            if (db == Db.H2) {
                dir = Files.createTempDirectory("micmac-h2-");
                o = o.withDataDir(dir);
            } else {
                url = TestPostgres.newDatabase();
                o = o.withDatabase(url, "micmac", "");
            }
            Workspace w = Workspace.start(o);
            return new Running(w, w.url(), w.newToken().orElseThrow(), dir, url);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }
}
