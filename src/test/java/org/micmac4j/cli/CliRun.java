package org.micmac4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the command line in-process, with captured streams.
 *
 * @param status exit status
 * @param out standard output
 * @param err standard error
 */
record CliRun(int status, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(status, out.toString(), err.toString());
    }

    /**
     * Asserts a failure reported the command line's way: one line on stderr starting with
     * {@code micmac: error: }, containing every fragment, with no stack trace.
     *
     * @param fragments texts the line must contain
     */
    void assertOneErrorLine(String... fragments) {
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("micmac: error: "), err);
        assertFalse(err.contains("\tat ") || err.contains("Exception"), err);
        for (String f : fragments) {
            assertTrue(err.contains(f), "'" + f + "' in " + err);
        }
    }

    /**
     * Asserts a bad-input failure: status 2, nothing on stdout, one error line with the fragments.
     *
     * @param fragments texts the error line must contain
     */
    void assertBadInput(String... fragments) {
        assertEquals(ExitCodes.BAD_INPUT, status, err);
        assertEquals("", out);
        assertOneErrorLine(fragments);
    }
}
