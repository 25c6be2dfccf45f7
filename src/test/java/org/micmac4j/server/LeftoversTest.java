package org.micmac4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The tests' PostgreSQL and Chromium never outlive them: a test JVM killed with SIGKILL leaves no
 * database server and no browser running (their watchdogs stop them), and a database folder left
 * by a dead run is removed at the next start while a live run's folder is left alone.
 */
@Tag("slow")
class LeftoversTest {
    @Test
    void aKilledTestJvmLeavesNoServerRunning() throws Exception {
        Path bin = TestPostgres.binaries();
        Externals.require(bin != null, "no PostgreSQL (apt-get install postgresql)");
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"),
                        TestPostgres.class.getName()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Path dir;
        long postmaster;
        try {
            String line = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8)).readLine();
            assertTrue(line != null && line.contains(TestPostgres.PREFIX), "the child printed no server folder: "
                    + line);
            dir = Path.of(line.strip());
            postmaster = Long.parseLong(Files.readAllLines(dir.resolve("data").resolve("postmaster.pid"))
                    .get(0).strip());
            assertTrue(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false),
                    "the server is not running");
        } finally {
            child.destroyForcibly();
            child.waitFor(60, TimeUnit.SECONDS);
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertFalse(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false),
                "the server of a killed test JVM still runs (pid " + postmaster + ")");
        List<Path> removed = TestPostgres.removeStale(bin, "root".equals(System.getProperty("user.name")));
        assertTrue(removed.contains(dir), "the dead run's folder was not removed: " + removed);
        assertFalse(Files.exists(dir));
    }

    @Test
    void aKilledTestJvmLeavesNoBrowserRunning() throws Exception {
        Externals.require(Browser.available(), "no Chromium (apt-get install chromium chromium-driver)");
        Path profile = Files.createTempDirectory("micmac-leftover-");
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), Browser.class.getName(), profile.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<Long> pids;
        try {
            String line = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8)).readLine();
            assertTrue(line != null && !line.isBlank(), "the child printed no browser processes: " + line);
            pids = java.util.Arrays.stream(line.strip().split(" ")).map(Long::parseLong).toList();
            assertTrue(pids.stream().anyMatch(p -> ProcessHandle.of(p).flatMap(h -> h.info().command())
                    .map(c -> c.contains("chrom")).orElse(false)), "no Chromium among " + pids);
        } finally {
            child.destroyForcibly();
            child.waitFor(60, TimeUnit.SECONDS);
        }
        try {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (pids.stream().anyMatch(Procs::alive) && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            assertEquals(List.of(), pids.stream().filter(Procs::alive).toList(),
                    "browser processes of a killed test JVM");
        } finally {
            Servers.delete(profile);
        }
    }

    /** Whether a process runs (a zombie waiting for its parent counts as gone). */
    static final class Procs {
        static boolean alive(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
                return !stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
            } catch (java.io.IOException e) {
                return false;
            }
        }
    }

    @Test
    void onlyFoldersOfDeadOwnersAreRemoved() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path dead = Files.createTempDirectory(tmp, TestPostgres.PREFIX);
        Path live = Files.createTempDirectory(tmp, TestPostgres.PREFIX);
        try {
            Process gone = new ProcessBuilder("true").start();
            gone.waitFor();
            Files.writeString(dead.resolve(TestPostgres.OWNER_FILE), TestPostgres.owner(gone.toHandle()));
            Files.createDirectories(dead.resolve("data"));
            Files.writeString(live.resolve(TestPostgres.OWNER_FILE), TestPostgres.owner(ProcessHandle.current()));
            // the same pid with another start time is another process: its owner is gone
            String reused = ProcessHandle.current().pid() + " 1970-01-01T00:00:00Z";
            assertFalse(TestPostgres.ownerAlive(reused));
            assertTrue(TestPostgres.ownerAlive(TestPostgres.owner(ProcessHandle.current())));
            List<Path> removed = TestPostgres.removeStale(
                    Optional.ofNullable(TestPostgres.binaries()).orElse(Path.of("/nonexistent")),
                    "root".equals(System.getProperty("user.name")));
            assertTrue(removed.contains(dead), removed.toString());
            assertFalse(removed.contains(live), removed.toString());
            assertFalse(Files.exists(dead));
            assertEquals(true, Files.isDirectory(live));
        } finally {
            Servers.delete(dead);
            Servers.delete(live);
        }
    }
}
