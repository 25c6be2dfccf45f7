package org.micmac4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults a user can cause, each reported in one line naming the file and place, with no stack
 * trace: exit 2 for bad input, 1 when the output is lost or the JVM runs out of memory.
 */
class InputFaultTest {
    @TempDir
    Path tmp;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(tmp.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void absurdOrderIsRefusedBeforeAnyWork() {
        CliRun.of("analyze", "--order", "2000000000", "--json").assertBadInput("--order", "2000000000",
                String.valueOf(AnalyzeCommand.ORDER_MAX));
        CliRun.of("analyze", "--order", "99999999999999999999", "--json").assertBadInput("--order");
    }

    @Test
    void orderAtTheMaximumRuns() {
        CliRun r = CliRun.of("analyze", "--order", String.valueOf(AnalyzeCommand.ORDER_MAX), "--json");
        assertEquals(ExitCodes.OK, r.status(), r.err());
    }

    @Test
    void binaryVariablesFileNamesFileAndLine() throws Exception {
        Path m = write("m.csv", ",A,B\nA,0,1\nB,2,0\n");
        Path v = Files.write(tmp.resolve("v.csv"),
                new byte[] {'i', 'd', '\n', 'A', '\n', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, 0, 1, 2});
        CliRun.of("analyze", m.toString(), "--variables", v.toString(), "--json").assertBadInput("v.csv", "line 3",
                "not UTF-8");
    }

    @Test
    void nulInAVariablesFile() throws Exception {
        Path m = write("m.csv", ",A,B\nA,0,1\nB,2,0\n");
        Path v = write("v.csv", "id,name\nA,Alpha\nB,B\0eta\n");
        CliRun.of("analyze", m.toString(), "--variables", v.toString(), "--json").assertBadInput("v.csv", "line 3",
                "NUL");
    }

    @Test
    void nulInAMatrixIsRefused() throws Exception {
        Path m = write("m.csv", ",A,B\nA,0,1\nB,2\0,0\n");
        CliRun.of("analyze", m.toString(), "--json").assertBadInput("m.csv", "line 3", "NUL");
        Path z = write("z.csv", ",A,B\nA,0,1\0\nB,2,0\n");
        CliRun.of("dematel", z.toString(), "--json").assertBadInput("z.csv", "line 2", "NUL");
        CliRun.of("ism", z.toString(), "--json").assertBadInput("z.csv", "line 2", "NUL");
    }

    @Test
    void valuesNearTheDoubleRangeOnTheRealScale() throws Exception {
        Path big = write("big.csv", ",A,B\nA,0,1e308\nB,1.5e308,0\n");
        CliRun.of("analyze", big.toString(), "--scale", "real", "--json").assertBadInput("big.csv", "row B",
                "column A", "double range");
        Path huge = write("huge.csv", ",A,B\nA,0,1e400\nB,1,0\n");
        CliRun.of("analyze", huge.toString(), "--scale", "real", "--json").assertBadInput("huge.csv", "line 2",
                "row A", "column B", "1e400", "double range");
    }

    @Test
    void unbalancedQuoteNamesTheLineWhereTheRecordStarts() throws Exception {
        Path m = write("m.csv", ",A,B\nA,0,1\n\"B,2,0\n");
        CliRun.of("analyze", m.toString(), "--json").assertBadInput("m.csv line 3: a quoted field is not closed");
        Path v = write("v.csv", "id,name\nA,\"Alpha\nB,Beta\n");
        Path ok = write("ok.csv", ",A,B\nA,0,1\nB,2,0\n");
        CliRun.of("analyze", ok.toString(), "--variables", v.toString(), "--json")
                .assertBadInput("v.csv line 2: a quoted field is not closed");
    }

    @Test
    void anIdThatStartsWithHashMustBeQuoted() throws Exception {
        Path quoted = write("q.csv", ",\"#A\",B\n\"#A\",0,1\nB,2,0\n");
        CliRun r = CliRun.of("analyze", quoted.toString(), "--json");
        assertEquals(ExitCodes.OK, r.status(), r.err());
        assertTrue(r.out().contains("\"id\":\"#A\""), r.out());
        Path bare = write("b.csv", ",\"#A\",B\n#A,0,1\nB,2,0\n");
        CliRun.of("analyze", bare.toString(), "--json").assertBadInput("b.csv", "comment", "quote");
    }

    @Test
    void outputThatCannotBeWrittenFails() {
        Writer broken = new Writer() {
            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void close() {
            }
        };
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(broken), new PrintWriter(err), "analyze", "--json");
        assertEquals(ExitCodes.FAILURE, status, err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("micmac: error: cannot write to standard output"), err.toString());
    }

    @Test
    void stdoutOnAFullDeviceFailsInAChildJvm() throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists(), "no /dev/full on this system");
        Process p = child(List.of(), "analyze", "--json").redirectOutput(full).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(ExitCodes.FAILURE, p.waitFor(), err);
        assertTrue(err.startsWith("micmac: error: cannot write to standard output"), err);
        assertEquals(1, err.lines().count(), err);
    }

    @Test
    void outOfMemoryIsOneLineSayingHowToGiveMore() throws Exception {
        int n = 1500;
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < n; j++) {
            sb.append(",V").append(j);
        }
        sb.append('\n');
        for (int i = 0; i < n; i++) {
            sb.append('V').append(i);
            for (int j = 0; j < n; j++) {
                sb.append(i == j ? ",0" : ",1");
            }
            sb.append('\n');
        }
        Path m = write("big.csv", sb.toString());
        Process p = child(List.of("-Xmx16m"), "analyze", m.toString(), "--json")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(ExitCodes.FAILURE, p.waitFor(), err);
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("micmac: error: out of memory"), err);
        assertTrue(err.contains("-Xmx"), err);
        assertFalse(err.contains("\tat "), err);
    }

    private static ProcessBuilder child(List<String> jvmOptions, String... args) {
        return ChildJvm.of(jvmOptions, args);
    }
}
