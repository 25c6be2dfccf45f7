package org.micmac4j.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
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
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL server for the tests, started once per test JVM from the machine's binaries
 * (Debian's postgresql package: /usr/lib/postgresql/VERSION/bin), in its own temporary folder
 * ({@code micmac-pg-*}), on a free loopback port picked for this run. PostgreSQL refuses to run as
 * root, so as root (CI) it runs as the package's "postgres" user through runuser. Each test gets
 * its own database.
 *
 * <p>No server outlives its tests, however the JVM ends:
 * <ul>
 *   <li>normally: {@link Stopper}, a JUnit extension, stops it when the whole test run ends (and a
 *       shutdown hook when the JVM exits outside JUnit, e.g. the benchmark);</li>
 *   <li>killed (SIGKILL, a surefire timeout, Ctrl-C): a watchdog started with the server, in its
 *       own session, stops it within a second of the JVM's death;</li>
 *   <li>and should even the watchdog have died: the folder names its owner (pid and start time),
 *       and the next start stops the server of every folder whose owner is gone and deletes it.</li>
 * </ul>
 */
final class TestPostgres {
    /** The folder's file naming the JVM that owns the server: "PID START-INSTANT". */
    static final String OWNER_FILE = "owner";
    static final String PREFIX = "micmac-pg-";
    private static TestPostgres instance;
    private static String unavailable;
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static boolean hooked;

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

    /**
     * Stops the test server when the test run ends: put it on every test class that may use
     * PostgreSQL ({@code @ExtendWith(TestPostgres.Stopper.class)}). The root context's store closes
     * its values once, after the last test class.
     */
    static final class Stopper implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            context.getRoot().getStore(ExtensionContext.Namespace.create(TestPostgres.class))
                    .getOrComputeIfAbsent("stopper", k -> (AutoCloseable) TestPostgres::stopInstance);
        }
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

    /** Stops this JVM's server, if any (the next {@link #newDatabase()} starts another). */
    static synchronized void stopInstance() {
        if (instance != null) {
            instance.stop();
            instance = null;
        }
    }

    /** @return this JVM's server's folder, or empty */
    static synchronized Optional<Path> folder() {
        return Optional.ofNullable(instance).map(p -> p.dir);
    }

    /**
     * @return the CPU time (user and system) used so far by this JVM's server: the postmaster and
     *     its live processes (backends, writers); 0 when there is none
     */
    static synchronized long serverCpuNanos() {
        if (instance == null) {
            return 0;
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(instance.dir.resolve("data").resolve("postmaster.pid"))
                    .get(0).strip());
            Optional<ProcessHandle> p = ProcessHandle.of(pid);
            if (p.isEmpty()) {
                return 0;
            }
            return Stream.concat(Stream.of(p.get()), p.get().descendants())
                    .mapToLong(h -> h.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L)).sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
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
        removeStale(bin, root);
        Path dir = Files.createTempDirectory(PREFIX);
        Files.writeString(dir.resolve(OWNER_FILE), owner(ProcessHandle.current()), StandardCharsets.US_ASCII);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        TestPostgres pg = new TestPostgres(bin, dir, port, root);
        if (root) {
            run(List.of("chown", "-R", "postgres:postgres", dir.toString()));
        }
        pg.pg(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-A", "trust", "-U",
                "micmac",
                "-E", "UTF8", "--no-sync"));
        pg.pg(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                dir.resolve("log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k " + dir
                        + " -c listen_addresses=127.0.0.1 -c max_connections=200",
                "start"));
        pg.watchdog();
        synchronized (TestPostgres.class) {
            if (!hooked) {
                hooked = true;
                Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stopInstance, "test-postgres-stop"));
            }
        }
        return pg;
    }

    /** "PID START": a pid alone could be reused by another process after its JVM died. */
    static String owner(ProcessHandle p) {
        return p.pid() + " " + p.info().startInstant().map(Object::toString).orElse("?");
    }

    /** @return whether the process that the owner line names still runs */
    static boolean ownerAlive(String line) {
        String[] parts = line.strip().split(" ");
        try {
            Optional<ProcessHandle> p = ProcessHandle.of(Long.parseLong(parts[0]));
            return p.isPresent() && p.get().isAlive() && owner(p.get()).equals(line.strip());
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Stops and deletes the servers of earlier runs whose JVM is gone (their folder's owner file
     * names a dead process). Folders of live JVMs (another test run going on) are left alone.
     *
     * @return the folders removed
     */
    static List<Path> removeStale(Path bin, boolean root) {
        List<Path> removed = new ArrayList<>();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> s = Files.list(tmp)) {
            for (Path d : s.filter(p -> p.getFileName().toString().startsWith(PREFIX)
                    && Files.isDirectory(p)).toList()) {
                Path owner = d.resolve(OWNER_FILE);
                if (!Files.isRegularFile(owner) || ownerAlive(Files.readString(owner, StandardCharsets.US_ASCII))) {
                    continue;
                }
                if (Files.exists(d.resolve("data").resolve("postmaster.pid"))) {
                    TestPostgres stale = new TestPostgres(bin, d, 0, root);
                    try {
                        stale.pg(stale.stopCommand());
                    } catch (IOException e) {
                        // not running any more (the pid file outlived it)
                    }
                }
                Servers.delete(d);
                removed.add(d);
            }
        } catch (IOException e) {
            // nothing to clean up
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return removed;
    }

    private List<String> stopCommand() {
        return List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w",
                "stop");
    }

    /**
     * A shell in its own session (no terminal's Ctrl-C reaches it) that waits while this JVM lives
     * and the folder exists, then stops the server: it acts only when the JVM died without stopping
     * it, and ends by itself within a second once the folder is deleted by a normal stop.
     */
    private void watchdog() throws IOException {
        long jvm = ProcessHandle.current().pid();
        String data = dir.resolve("data").toString();
        String script = "trap '' INT HUP; while [ -d /proc/" + jvm + " ] && [ -d '" + data + "' ]; do sleep 1; done; "
                + "if [ -f '" + data + "/postmaster.pid' ]; then '" + bin.resolve("pg_ctl") + "' -D '" + data
                + "' -m immediate -w stop >/dev/null 2>&1; fi";
        List<String> c = new ArrayList<>(List.of("setsid"));
        if (asRoot) {
            c.addAll(Arrays.asList("runuser", "-u", "postgres", "--"));
        }
        c.addAll(List.of("sh", "-c", script));
        new ProcessBuilder(c).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private void stop() {
        try {
            pg(stopCommand());
        } catch (Exception e) {
            // already stopped, or the JVM is exiting: the watchdog or the next start cleans up
        }
        Servers.delete(dir);
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

    /**
     * Starts a server and prints its folder, then waits to be killed: for {@link LeftoversTest},
     * which kills this JVM with SIGKILL.
     *
     * @param args none
     */
    public static void main(String[] args) throws Exception {
        newDatabase();
        System.out.println(folder().orElseThrow());
        System.out.flush();
        Thread.sleep(600_000);
    }
}
