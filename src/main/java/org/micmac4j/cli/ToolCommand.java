package org.micmac4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.micmac4j.report.Report;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of every {@code micmac} sub-command: the shared {@link OutputOptions}, the output streams
 * of the command line that runs it, progress on stderr, and the one way a command shows its
 * result ({@link #show}: the report's text or JSON, its workbook, its folder). Errors are not
 * handled here but thrown: {@link Main} turns them into a one-line message and an exit status
 * ({@link ExitCodes}), the same way for every sub-command.
 */
abstract class ToolCommand implements Callable<Integer> {
    /** The shared options. */
    @Mixin
    protected OutputOptions output;

    /** Injected by picocli: gives the output streams. */
    @Spec
    protected CommandSpec spec;

    /** For picocli. */
    protected ToolCommand() {
    }

    @Override
    public final Integer call() throws Exception {
        try {
            output.check();
            return run();
        } finally {
            out().flush();
            err().flush();
        }
    }

    /**
     * Does the command's work.
     *
     * @return the exit status, normally {@link ExitCodes#OK}
     * @throws Exception any failure; {@link Main} reports it
     */
    protected abstract int run() throws Exception;

    /** @return standard output of the command line */
    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** @return standard error of the command line */
    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * @param work a size measure of the run (e.g. n² · order) deciding whether it is long enough
     *     to deserve progress messages
     * @return a progress reporter on stderr, silent unless the run is long
     */
    protected Progress progress(long work) {
        return Progress.steps(err(), work);
    }

    /**
     * Shows a result through its report, the same way for every command: its JSON document with
     * --json, else its text; then the workbook with --xlsx and the report folder (--out, or the
     * command's own folder unless --json), each followed by a line saying where it went.
     *
     * @param <R> what the report reports
     * @param report the report, configured
     * @param result what it reports
     * @param defaultDir the command's own report folder
     * @param progress where to say what is being written
     * @throws java.io.IOException when the workbook or the folder cannot be written
     */
    protected <R> void show(Report<R> report, R result, Path defaultDir, Progress progress)
            throws java.io.IOException {
        if (output.json()) {
            report.writeJson(result, out());
            out().println();
        } else {
            out().print(report.table(result));
        }
        boolean told = false;
        if (output.xlsx() != null) {
            progress.step("writing the workbook");
            report.writeXlsx(result, output.xlsx());
            told = written("Workbook", output.xlsx(), told);
        }
        Path dir = output.reportDir(defaultDir);
        if (dir != null) {
            progress.step("writing the report");
            report.write(result, output.folder(dir));
            written("Report", dir.resolve(report.page()), told);
        }
    }

    /**
     * @param defaultDir the command's own report folder
     * @return whether {@link #show} will write a workbook or a folder (what only files show
     *     need not be computed otherwise)
     */
    protected boolean writesFiles(Path defaultDir) {
        return output.xlsx() != null || output.reportDir(defaultDir) != null;
    }

    /** One line saying where an output went (not with --json: stdout holds the document only). */
    private boolean written(String what, Path where, boolean told) {
        if (!output.json()) {
            if (!told) {
                out().println();
            }
            out().println(what + " written to " + where);
        }
        return true;
    }

    /**
     * As {@link #show(Report, Object, Path, Progress)} without progress messages.
     *
     * @param <R> what the report reports
     * @param report the report
     * @param result what it reports
     * @param defaultDir the command's own report folder
     * @throws java.io.IOException when the workbook or the folder cannot be written
     */
    protected <R> void show(Report<R> report, R result, Path defaultDir) throws java.io.IOException {
        show(report, result, defaultDir, progress(0));
    }
}
