package org.micmac4j.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests, started once per test JVM from the machine's binaries
 * (Debian's postgresql package: /usr/lib/postgresql/VERSION/bin), in a temporary folder, on a free
 * loopback port. PostgreSQL refuses to run as root, so as root (CI) it runs as the package's
 * "postgres" user through runuser. Stopped and deleted when the JVM exits. Each test gets its own
 * database.
 */
final class TestPostgres {
    private static TestPostgres instance;
    private static String unavailable;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean asRoot;

    private TestPostgres(Path bin, Path dir, int port, boolean asRoot) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asRoot = asRoot;
    }

    /** @return the binaries' folder of the newest installed PostgreSQL, or null */
    static Path binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (Stream<Path> s = Files.list(root)) {
            return s.map(p -> p.resolve("bin")).filter(p -> Files.isExecutable(p.resolve("initdb")))
                    .max(Comparator.comparing(p -> versionOf(p.getParent().getFileName().toString()))).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static int versionOf(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * @return a fresh, empty database's JDBC URL (user micmac, no password); the test is skipped
     *     (or fails in CI) when PostgreSQL is not installed
     */
    static synchronized String newDatabase() {
        if (instance == null && unavailable == null) {
            try {
                instance = start();
            } catch (Exception e) {
                unavailable = "PostgreSQL could not be started: " + e.getMessage();
            }
        }
        Externals.require(instance != null, unavailable == null ? "no PostgreSQL" : unavailable);
        String name = "t" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(instance.url("postgres"), "micmac", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return instance.url(name);
    }

    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private static TestPostgres start() throws IOException, InterruptedException {
        Path bin = binaries();
        if (bin == null) {
            throw new IOException("no /usr/lib/postgresql/*/bin/initdb (apt-get install postgresql)");
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("micmac-pg-");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        TestPostgres pg = new TestPostgres(bin, dir, port, root);
        if (root) {
            run(List.of("chown", "postgres:postgres", dir.toString()));
        }
        pg.pg(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-A", "trust", "-U",
                "micmac", "-E", "UTF8", "--no-sync"));
        pg.pg(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                dir.resolve("log").toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c max_connections=200", "start"));
        Runtime.getRuntime().addShutdownHook(new Thread(pg::stop));
        return pg;
    }

    private void stop() {
        try {
            pg(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w",
                    "stop"));
        } catch (Exception e) {
            // the JVM is exiting: nothing more to do
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // left in the temporary folder
        }
    }

    private void pg(List<String> command) throws IOException, InterruptedException {
        List<String> c = new ArrayList<>();
        if (asRoot) {
            c.addAll(Arrays.asList("runuser", "-u", "postgres", "--"));
        }
        c.addAll(command);
        run(c);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + new String(out).strip());
        }
    }
}
