package org.micmac4j.cli;

import java.nio.file.Path;

import org.micmac4j.InvalidInputException;
import org.micmac4j.io.ReportFolder;

import picocli.CommandLine.Option;

/**
 * The options every {@code micmac} sub-command shares (a picocli mixin): machine-readable output,
 * the report folder, the workbook and debugging.
 */
final class OutputOptions {
    @Option(names = "--json", description = "Print one JSON document on stdout and nothing else "
            + "(the report folder is written only when --out is given).")
    boolean json;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Report folder (default: the command's own, e.g. micmac-report).")
    Path out;

    @Option(names = "--xlsx", paramLabel = "FILE.xlsx", description = "Also write the results as an Excel workbook "
            + "(the report's tables, one sheet each: numbers as numbers, a frozen header, filters).")
    Path xlsx;

    @Option(names = "--force", description = "Replace files of the report's names in the --out folder even "
            + "when micmac4j did not write them (by default such a file stops the run).")
    boolean force;

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
    Path reportDir(Path defaultDir) {
        check();
        if (out != null) {
            return out;
        }
        return json ? null : defaultDir;
    }

    /** @return the workbook to write, or null */
    Path xlsx() {
        return xlsx;
    }

    /** Refuses options that make no sense before any work is done. */
    void check() {
        if (out != null && out.toString().isBlank()) {
            throw new InvalidInputException("--out: the report folder must be named (got an empty path)");
        }
        if (xlsx != null && xlsx.toString().isBlank()) {
            throw new InvalidInputException("--xlsx: the workbook file must be named (got an empty path)");
        }
    }

    /**
     * @param dir the report folder
     * @return its writer (atomic, own files only, links not followed), replacing foreign files
     *     only with --force
     */
    ReportFolder folder(Path dir) {
        return ReportFolder.of(dir).withForce(force);
    }
}
