package org.micmac4j.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of every {@code micmac} sub-command (analyze, and later ism, dematel): the shared
 * {@link OutputOptions}, the output streams of the command line that runs it, and progress on
 * stderr. Errors are not handled here but thrown: {@link Main} turns them into a one-line message
 * and an exit status ({@link ExitCodes}), the same way for every sub-command.
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
}
