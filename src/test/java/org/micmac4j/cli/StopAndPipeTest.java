package org.micmac4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only a real process shows: Ctrl-C stops a long run cleanly (exit 130, one line, nothing
 * written), and a reader that closes the pipe early ({@code micmac analyze | head}) is no error.
 */
class StopAndPipeTest {
    @TempDir
    Path tmp;

    /**
     * @return whether this JVM ignores SIGINT (a background job of a non-interactive shell does):
     *     its children then ignore it too, and only SIGTERM can show the same stop
     */
    private static boolean sigintIgnored() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & (1L << (2 - 1))) != 0;
            }
        }
        return false;
    }

    @Test
    void ctrlCStopsALongRunCleanly() throws Exception {
        Path report = tmp.resolve("report");
        Path stdout = tmp.resolve("stdout.txt");
        Process p = ChildJvm.of(List.of(), "experts", ExpertsCommandTest.PANEL.toString(), "--draws", "1000000",
                "--out", report.toString()).redirectOutput(stdout.toFile()).start();
        try {
            BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
            String first = err.readLine(); // the first progress line: the draws are under way
            assertNotNull(first, "a progress line");
            assertTrue(first.contains(" draws "), first);
            boolean term = sigintIgnored();
            Process kill = new ProcessBuilder("sh", "-c", "kill -" + (term ? "TERM" : "INT") + " " + p.pid()).start();
            assertEquals(0, kill.waitFor());
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "stopped within a minute");
            List<String> rest = err.lines().toList();
            assertEquals(term ? 143 : ExitCodes.INTERRUPTED, p.exitValue(), String.join("\n", rest));
            assertEquals("micmac: interrupted", rest.get(rest.size() - 1), String.join("\n", rest));
            for (String line : rest.subList(0, rest.size() - 1)) {
                assertTrue(line.matches("\\[ *\\d+\\.\\ds\\] draws \\d+/1000000 .*"), "only progress before: " + line);
            }
            assertEquals("", Files.readString(stdout), "nothing printed");
            if (Files.exists(report)) {
                try (Stream<Path> s = Files.list(report)) {
                    assertEquals(List.of(), s.toList(), "nothing written, not even a temporary file");
                }
            }
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void aReaderClosingThePipeIsNoError() throws Exception {
        // 500 variables: a JSON document of about 300 KB, more than a pipe holds, and a run short
        // enough to print no progress (500² · 16 < Progress.LONG_RUN).
        int n = 500;
        StringBuilder csv = new StringBuilder("id");
        for (int j = 0; j < n; j++) {
            csv.append(",V").append(j);
        }
        java.util.Random r = new java.util.Random(5);
        for (int i = 0; i < n; i++) {
            csv.append("\nV").append(i);
            for (int j = 0; j < n; j++) {
                csv.append(',').append(i == j ? 0 : r.nextInt(4));
            }
        }
        Path m = Files.writeString(tmp.resolve("m.csv"), csv.append('\n').toString());
        Process p = ChildJvm.of(List.of(), "analyze", m.toString(), "--json").start();
        try {
            InputStream in = p.getInputStream();
            byte[] head = in.readNBytes(100);
            assertEquals(100, head.length);
            assertTrue(new String(head, StandardCharsets.UTF_8).startsWith("{"));
            in.close(); // the reader goes away, as head does
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), err);
            assertEquals("", err);
        } finally {
            p.destroyForcibly();
        }
    }
}
