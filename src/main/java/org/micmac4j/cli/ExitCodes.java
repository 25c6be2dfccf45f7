package org.micmac4j.cli;

/**
 * Exit statuses shared by every {@code micmac} sub-command, so that scripts can tell a problem in
 * their input from a failure of the tool.
 */
final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** A failure that is not the input's fault (an unexpected error, an unwritable output folder). */
    public static final int FAILURE = 1;
    /** Bad input: a malformed or missing file, an invalid matrix, a bad option. */
    public static final int BAD_INPUT = 2;
    /** Stopped by Ctrl-C (SIGINT): 128 + 2, as shells report a process killed by the signal. */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
