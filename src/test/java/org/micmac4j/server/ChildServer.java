package org.micmac4j.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code micmac serve} in a child JVM (the test class path, main class org.micmac4j.cli.Main), as a
 * user starts it: for the kill, memory and load runs, which need their own process (SIGKILL, a
 * small heap).
 */
final class ChildServer implements AutoCloseable {
    private static final Pattern START = Pattern.compile("micmac serve: (http://\\S+/)( facilitator token (\\S+))?");

    final Process process;
    final String url;
    final String token;

    private ChildServer(Process process, String url, String token) {
        this.process = process;
        this.url = url;
        this.token = token;
    }

    /**
     * @param dataDir the H2 folder, or null with a database URL
     * @param dbUrl a PostgreSQL URL (user micmac), or null
     * @param jvmArgs e.g. -Xmx256m
     * @return the server once it printed its line
     */
    static ChildServer start(Path dataDir, String dbUrl, String... jvmArgs) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(List.of(jvmArgs));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.micmac4j.cli.Main", "serve", "--port",
                "0"));
        if (dbUrl != null) {
            cmd.addAll(List.of("--db", dbUrl));
        } else {
            cmd.addAll(List.of("--data", dataDir.toString()));
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("MICMAC_DB_USER", "micmac");
        Process p = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        String first;
        try {
            first = line.get(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            p.destroyForcibly();
            throw new IOException("micmac serve printed nothing in 120 s", e);
        }
        Matcher m = first == null ? null : START.matcher(first);
        if (m == null || !m.matches()) {
            p.destroyForcibly();
            throw new IOException("micmac serve did not start: " + first);
        }
        return new ChildServer(p, m.group(1), m.group(3));
    }

    /** Kills the server with SIGKILL (Process.destroyForcibly on Linux): no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(60, TimeUnit.SECONDS);
        }
    }
}
