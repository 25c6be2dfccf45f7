package org.micmac4j.server;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.micmac4j.server.store.Database;
import org.micmac4j.server.store.Store;
import org.micmac4j.server.study.Studies;
import org.micmac4j.server.web.WebServer;

/**
 * The study workspace that {@code micmac serve} runs: the database (H2 in a folder, or
 * PostgreSQL), the facilitator's token, and the web server.
 *
 * <pre>{@code
 * try (Workspace w = Workspace.start(Workspace.Options.defaults().withPort(0))) {
 *     System.out.println(w.startLine());   // micmac serve: http://127.0.0.1:PORT/ facilitator token TOKEN
 * }
 * }</pre>
 */
public final class Workspace implements AutoCloseable {
    /** Binds to the loopback interface only, unless told otherwise. */
    public static final String HOST_DEFAULT = "127.0.0.1";
    /** The default port. */
    public static final int PORT_DEFAULT = 7070;
    /** The default data folder (H2). */
    public static final Path DATA_DEFAULT = Path.of("micmac-data");

    /** The libraries' start-up chatter (pool, migrations, Jetty) is kept to warnings. */
    private static final java.util.List<java.util.logging.Logger> QUIET
            = java.util.stream.Stream.of("com.zaxxer.hikari", "org.flywaydb", "io.javalin", "org.eclipse.jetty")
            .map(java.util.logging.Logger::getLogger).toList();

    static {
        for (java.util.logging.Logger l : QUIET) {
            if (l.getLevel() == null) {
                l.setLevel(java.util.logging.Level.WARNING);
            }
        }
    }

    private final Database db;
    private final Store store;
    private final WebServer web;
    private final String host;
    private final String token;

    private Workspace(Database db, Store store, WebServer web, String host, String token) {
        this.db = db;
        this.store = store;
        this.web = web;
        this.host = host;
        this.token = token;
    }

    /**
     * How to start.
     *
     * @param host the address to bind
     * @param port the port (0: any free port)
     * @param dataDir the H2 folder (when no database URL)
     * @param dbUrl a {@code jdbc:postgresql://} URL, or null for H2
     * @param dbUser the database user, or null
     * @param dbPassword the database password, or null
     * @param newToken replace the facilitator's token
     * @param publicUrl the address the experts' links start with, or null
     */
    public record Options(String host, int port, Path dataDir, String dbUrl, String dbUser, String dbPassword,
            boolean newToken, String publicUrl) {
        /** @return the defaults: 127.0.0.1:7070, ./micmac-data */
        public static Options defaults() {
            return new Options(HOST_DEFAULT, PORT_DEFAULT, DATA_DEFAULT, null, null, null, false, null);
        }

        /**
         * @param p a port
         * @return a copy
         */
        public Options withPort(int p) {
            return new Options(host, p, dataDir, dbUrl, dbUser, dbPassword, newToken, publicUrl);
        }

        /**
         * @param h a host
         * @return a copy
         */
        public Options withHost(String h) {
            return new Options(h, port, dataDir, dbUrl, dbUser, dbPassword, newToken, publicUrl);
        }

        /**
         * @param dir a data folder
         * @return a copy
         */
        public Options withDataDir(Path dir) {
            return new Options(host, port, dir, dbUrl, dbUser, dbPassword, newToken, publicUrl);
        }

        /**
         * @param url a PostgreSQL URL
         * @param user its user
         * @param password its password
         * @return a copy
         */
        public Options withDatabase(String url, String user, String password) {
            return new Options(host, port, dataDir, url, user, password, newToken, publicUrl);
        }

        /**
         * @param on whether to make a new facilitator token
         * @return a copy
         */
        public Options withNewToken(boolean on) {
            return new Options(host, port, dataDir, dbUrl, dbUser, dbPassword, on, publicUrl);
        }

        /**
         * @param url the public address (http or https, ending in "/" or not)
         * @return a copy
         */
        public Options withPublicUrl(String url) {
            String u = url == null || url.endsWith("/") ? url : url + "/";
            return new Options(host, port, dataDir, dbUrl, dbUser, dbPassword, newToken, u);
        }
    }

    /**
     * Opens the database (migrating it), makes the facilitator's token on first start (or with
     * newToken), and starts the web server.
     *
     * @param o the options
     * @return the running workspace
     */
    public static Workspace start(Options o) {
        Objects.requireNonNull(o, "options");
        Database db = o.dbUrl() == null ? Database.h2(o.dataDir())
                : Database.postgres(o.dbUrl(), o.dbUser(), o.dbPassword());
        Store store = new Store(db);
        try {
            String token = store.facilitatorToken(o.newToken()).orElse(null);
            WebServer web = WebServer.start(new Studies(store), o.host(), o.port(), o.publicUrl());
            return new Workspace(db, store, web, o.host(), token);
        } catch (RuntimeException e) {
            store.close();
            db.close();
            throw e;
        }
    }

    /** @return the port it listens on */
    public int port() {
        return web.port();
    }

    /** @return the address to open, e.g. http://127.0.0.1:7070/ */
    public String url() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/";
    }

    /** @return the facilitator's token when this start made one (first start or newToken), else empty */
    public Optional<String> newToken() {
        return Optional.ofNullable(token);
    }

    /** @return the line {@code micmac serve} prints: the address, and the token when new */
    public String startLine() {
        return "micmac serve: " + url() + (token == null ? "" : " facilitator token " + token);
    }

    @Override
    public void close() {
        try {
            web.close();
        } finally {
            try {
                store.close();
            } finally {
                db.close();
            }
        }
    }
}
