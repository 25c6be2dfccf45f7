package org.micmac4j.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.micmac4j.server.Workspace;
import org.micmac4j.server.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code micmac serve}: the study workspace in the browser (docs/SERVER.md). Prints one line,
 * {@code micmac serve: http://HOST:PORT/ facilitator token TOKEN} (the token only when it is
 * new), then serves until stopped (Ctrl-C or SIGTERM, which close the database cleanly).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The study workspace in the browser: the facilitator creates a study and invites experts by "
            + "personal links; the experts fill in their grids; the dashboard shows the synthesis live. "
            + "Data in an H2 database under --data, or PostgreSQL with --db. See docs/SERVER.md."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:stopped", "1:cannot start (port taken, database unreachable)", "2:bad option"})
final class ServeCommand implements Callable<Integer> {
    /** The environment variable holding the PostgreSQL user. */
    static final String DB_USER_ENV = "MICMAC_DB_USER";
    /** The environment variable holding the PostgreSQL password. */
    static final String DB_PASSWORD_ENV = "MICMAC_DB_PASSWORD";

    @Spec
    CommandSpec spec;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = Workspace.HOST_DEFAULT,
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only); 0.0.0.0 for every "
                    + "interface (then put it behind a TLS reverse proxy: docs/SERVER.md).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070",
            description = "Port; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "micmac-data",
            description = "Folder of the embedded H2 database. Default: ./${DEFAULT-VALUE}.")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "A PostgreSQL database instead of H2: jdbc:postgresql://HOST:PORT/DATABASE; the user and "
                    + "password come from the environment variables " + DB_USER_ENV + " and " + DB_PASSWORD_ENV + ".")
    String db;

    @Option(names = "--new-token", description = "Make a new facilitator token (printed once; the old one and every "
            + "signed-in browser stop working).")
    boolean newToken;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "The address experts reach the server at (e.g. https://micmac.example.org/ behind a reverse "
                    + "proxy): the links start with it, and cookies are Secure when it is https.")
    String publicUrl;

    /** For picocli. */
    ServeCommand() {
    }

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, got " + port);
        }
        if (publicUrl != null && !publicUrl.matches("https?://[^\\s/]+(/.*)?")) {
            throw new ParameterException(spec.commandLine(), "--public-url must start with http:// or https://, got "
                    + publicUrl);
        }
        if (db != null && db.contains("password=")) {
            spec.commandLine().getErr().println(
                    "micmac serve: warning: the --db URL holds a password, which other users "
                    + "of this machine can see in the process list; use " + DB_PASSWORD_ENV + " instead");
        }
        Workspace.Options o = Workspace.Options.defaults().withHost(host).withPort(port).withDataDir(data)
                .withNewToken(newToken).withPublicUrl(publicUrl);
        if (db != null) {
            o = o.withDatabase(db, System.getenv(DB_USER_ENV), System.getenv(DB_PASSWORD_ENV));
        }
        Workspace w;
        try {
            w = Workspace.start(o);
        } catch (StoreException e) {
            spec.commandLine().getErr().println("micmac: error: " + e.getMessage());
            return ExitCodes.FAILURE;
        } catch (RuntimeException e) {
            Throwable t = e;
            while (t.getCause() != null && t.getCause() != t) {
                t = t.getCause();
            }
            spec.commandLine().getErr().println("micmac: error: cannot start the server on " + host + ":" + port + ": "
                    + String.valueOf(t.getMessage()).lines().findFirst().orElse(""));
            return ExitCodes.FAILURE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Interruption.stopHandledByTheCommand(); // Ctrl-C is how a server stops: status 0, no line
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            w.close();
            stopped.countDown();
        }, "micmac-serve-stop"));
        spec.commandLine().getOut().println(w.startLine());
        spec.commandLine().getOut().flush();
        if (w.newToken().isPresent()) {
            spec.commandLine().getErr().println("micmac serve: keep the facilitator token: it is stored only as a hash "
                    + "and is printed only now (micmac serve --new-token makes another)");
        }
        stopped.await();
        return ExitCodes.OK;
    }
}
