package org.micmac4j.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

import org.micmac4j.InvalidInputException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Entry point of the {@code micmac} command line ({@code java -jar micmac4j-cli.jar}).
 *
 * <p>Without arguments it runs {@code micmac analyze}, which analyses the bundled example study.
 * Errors are reported here, identically for every sub-command: one line on stderr, exit status 2
 * for bad input and bad options, 1 otherwise (an unwritable report folder, standard output that
 * cannot be written, e.g. {@code > /dev/full}, or the JVM running out of memory, with a line
 * saying how to give it more), and a stack trace only with {@code --debug}. A reader that closes
 * the pipe early ({@code micmac analyze | head}) is not an error: the run ends as it would have,
 * quietly. Ctrl-C stops the run cleanly ({@link Interruption}): exit status 130, one line.
 */
@Command(name = "micmac", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        subcommands = {AnalyzeCommand.class, ExpertsCommand.class, IsmCommand.class, DematelCommand.class,
            CibCommand.class, MorphCommand.class, ScenariosCommand.class, ServeCommand.class,
            CommandLine.HelpCommand.class},
        description = "Structural analysis for foresight studies. Without arguments: micmac analyze "
                + "(the bundled example study).")
public final class Main {
    /** Held, so that its level stays set (java.util.logging keeps loggers weakly). */
    private static final java.util.logging.Logger POI_LOG = java.util.logging.Logger.getLogger("org.apache.poi");

    private Main() {
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        StandardOutput stdout = new StandardOutput();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardOutput.charset()), true);
        PrintWriter err = new PrintWriter(System.err, true);
        Interruption stop = Interruption.install(err);
        int status = execute(out, err, args);
        boolean lost = out.checkError(); // flushes
        stop.finished();
        if (Interruption.requested()) {
            return; // the JVM is exiting with 128 + the signal; the hook prints the one line
        }
        if (status == ExitCodes.OK && lost && !stdout.readerGone()) {
            status = outputLost(err);
        }
        System.exit(status);
    }

    /**
     * Runs the command line without exiting (for tests and embedding).
     *
     * @param out standard output
     * @param err standard error
     * @param args the arguments; none means {@code analyze}
     * @return the exit status: 0 success, 1 failure, 2 bad input
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        int status = execute(out, err, args);
        if (status == ExitCodes.OK && out.checkError()) {
            return outputLost(err);
        }
        return status;
    }

    /** Runs the command line; standard output's own errors are the caller's to check. */
    private static int execute(PrintWriter out, PrintWriter err, String... args) {
        String[] effective = args.length == 0 ? new String[] {"analyze"} : args;
        // POI logs what it finds wrong in a damaged workbook (several lines each) through
        // java.util.logging to stderr; the reader's one-line error says it: POI speaks only with --debug.
        POI_LOG.setLevel(java.util.Arrays.asList(effective).contains("--debug") ? null : java.util.logging.Level.OFF);
        try {
            return newCommandLine(out, err).execute(effective);
        } catch (OutOfMemoryError e) {
            return outOfMemory(err, e, java.util.Arrays.asList(effective).contains("--debug"));
        }
    }

    /** Standard output failed (e.g. {@code > /dev/full}): the output is lost, so the run failed. */
    private static int outputLost(PrintWriter err) {
        err.println("micmac: error: cannot write to standard output (disk full?): the output is lost");
        err.flush();
        return ExitCodes.FAILURE;
    }

    /** One line saying how to give the JVM more memory, instead of the JVM's stack trace. */
    static int outOfMemory(PrintWriter err, OutOfMemoryError e, boolean debug) {
        long max = Runtime.getRuntime().maxMemory() >> 20;
        err.println("micmac: error: out of memory (the JVM may use at most " + max + " MB): give it more, e.g. "
                + "java -Xmx8g -jar micmac4j-cli.jar ...");
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.FAILURE;
    }

    /**
     * @param out standard output
     * @param err standard error
     * @return the configured command line, with the shared error handling
     */
    static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out).setErr(err).setCaseInsensitiveEnumValuesAllowed(true);
        ErrorHandler h = new ErrorHandler();
        cl.setParameterExceptionHandler(h).setExecutionExceptionHandler(h);
        return cl;
    }

    /** One-line messages and exit statuses for every sub-command. */
    private static final class ErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {
        @Override
        public int handleParseException(ParameterException e, String[] args) {
            CommandLine cl = e.getCommandLine();
            report(cl, e.getMessage() + " (see '" + cl.getCommandSpec().qualifiedName() + " --help')", e,
                    debug(args));
            return ExitCodes.BAD_INPUT;
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
            if (Interruption.requested()) {
                return ExitCodes.INTERRUPTED; // stopped by Ctrl-C: the one line is the hook's
            }
            boolean debug = debug(parsed.originalArgs().toArray(new String[0]));
            if (e.getCause() instanceof OutOfMemoryError oom) {
                return outOfMemory(cl.getErr(), oom, debug);
            }
            if (e instanceof ParameterException p) {
                return handleParseException(p, parsed.originalArgs().toArray(new String[0]));
            }
            if (e instanceof InvalidInputException) {
                report(cl, e.getMessage(), e, debug);
                return ExitCodes.BAD_INPUT;
            }
            if (e instanceof FileAlreadyExistsException f && f.getReason() != null) {
                // A file of the report's names that micmac4j did not write: the --out choice is at fault.
                report(cl, f.getFile() + " " + f.getReason(), e, debug);
                return ExitCodes.BAD_INPUT;
            }
            if (e instanceof NoSuchFileException f) {
                // With a reason (an output's missing folder), the message says it; without, it is the path.
                report(cl, f.getReason() != null ? f.getMessage() : e.getMessage() + ": no such file", e, debug);
                return ExitCodes.BAD_INPUT;
            }
            report(cl, describe(e), e, debug);
            return ExitCodes.FAILURE;
        }

        /** A reader-facing description: file errors say which file and why, in words. */
        private static String describe(Exception e) {
            if (e instanceof FileSystemException f) {
                String reason = f.getReason() != null ? f.getReason() : words(f.getClass().getSimpleName());
                return "cannot write or read " + f.getFile() + ": " + reason;
            }
            String kind = words(e.getClass().getSimpleName());
            return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
        }

        /** "FileAlreadyExistsException" to "file already exists". */
        private static String words(String className) {
            return className.replaceAll("Exception$", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                    .toLowerCase(Locale.ROOT);
        }

        private static boolean debug(String[] args) {
            for (String a : args) {
                if (a.equals("--debug")) {
                    return true;
                }
            }
            return false;
        }

        private static void report(CommandLine cl, String message, Exception e, boolean debug) {
            PrintWriter err = cl.getErr();
            // One line: multi-line messages (e.g. from picocli) would break "grep"-style use of stderr.
            err.println("micmac: error: " + message.replaceAll("\\s*\\R\\s*", " ").strip());
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
        }
    }
}
