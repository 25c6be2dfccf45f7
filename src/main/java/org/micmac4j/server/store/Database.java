package org.micmac4j.server.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The workspace's database: H2 in a file by default, PostgreSQL for a team server; a connection
 * pool; the schema brought up to date by Flyway at every start.
 *
 * <p>H2 is opened with {@code WRITE_DELAY=0}: a commit is written to the file before the save is
 * acknowledged, so that a server killed right after answering 200 keeps the save (H2's default
 * writes commits within 500 ms, which would lose them). PostgreSQL's default
 * {@code synchronous_commit=on} already flushes the commit to disk.
 */
public final class Database implements AutoCloseable {
    /** The H2 database file's name (without H2's {@code .mv.db}). */
    public static final String H2_FILE = "micmac";
    /** Connections in the pool: enough for 2 cores, few enough for PostgreSQL's default 100. */
    public static final int POOL_SIZE = 16;

    private final HikariDataSource pool;
    private final boolean postgres;

    private Database(HikariDataSource pool, boolean postgres) {
        this.pool = pool;
        this.postgres = postgres;
    }

    /**
     * Opens (creating it if needed) the H2 database in a folder.
     *
     * @param dataDir the folder, created if missing
     * @return the database, migrated
     * @throws StoreException when the folder or the database cannot be opened
     */
    public static Database h2(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the data folder " + dataDir + ": " + e.getMessage(), e);
        }
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(H2_FILE)
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        return open(url, "sa", "", false);
    }

    /**
     * Opens a PostgreSQL database.
     *
     * @param url a {@code jdbc:postgresql://} address
     * @param user the user, or null to leave it to the URL
     * @param password the password, or null
     * @return the database, migrated
     */
    public static Database postgres(String url, String user, String password) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new StoreException("--db: expected a jdbc:postgresql://HOST:PORT/DATABASE address, got " + url, null);
        }
        return open(url, user, password, true);
    }

    private static Database open(String url, String user, String password, boolean postgres) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(url);
        if (user != null) {
            c.setUsername(user);
        }
        if (password != null) {
            c.setPassword(password);
        }
        c.setMaximumPoolSize(POOL_SIZE);
        c.setPoolName("micmac");
        c.setAutoCommit(true);
        c.setInitializationFailTimeout(10_000);
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(c);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the database " + redact(url) + ": " + rootMessage(e), e);
        }
        try {
            Flyway.configure().dataSource(ds).locations("classpath:org/micmac4j/server/db/migration")
                    .loggers("slf4j").load().migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw new StoreException("cannot bring the database schema up to date: " + rootMessage(e), e);
        }
        return new Database(ds, postgres);
    }

    /** The URL without its query (which may hold a password). */
    static String redact(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q) + "?...";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage()).lines().findFirst().orElse("");
    }

    /** @return the pool */
    public DataSource dataSource() {
        return pool;
    }

    /** @return whether this is PostgreSQL (else H2) */
    public boolean isPostgres() {
        return postgres;
    }

    /**
     * @return a connection from the pool
     * @throws SQLException when none can be had
     */
    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void close() {
        pool.close();
    }
}
