package org.micmac4j.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * The options every {@code micmac} sub-command shares (a picocli mixin): machine-readable output,
 * the report folder and debugging.
 */
final class OutputOptions {
    @Option(names = "--json", description = "Print one JSON document on stdout and nothing else "
            + "(the report folder is written only when --out is given).")
    boolean json;

    @Option(names = "--out", paramLabel = "DIR", description = "Report folder (default: the command's own, e.g. micmac-report).")
    Path out;

    @Option(names = "--debug", description = "Print the stack trace of an error.")
    boolean debug;

    /** Creates the options with their defaults (picocli fills them in). */
    public OutputOptions() {
    }

    /** @return whether --json was given */
    public boolean json() {
        return json;
    }

    /** @return whether --debug was given */
    public boolean debug() {
        return debug;
    }

    /**
     * Where to write the report: the --out folder; without it, {@code defaultDir} unless --json was
     * given (then no report is written, since the JSON document is the requested output).
     *
     * @param defaultDir the command's default folder
     * @return the folder, or null for no report
     */
    public Path reportDir(Path defaultDir) {
        if (out != null) {
            return out;
        }
        return json ? null : defaultDir;
    }
}
