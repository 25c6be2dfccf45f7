package org.micmac4j.server.web;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.micmac4j.server.store.StoreException;
import org.micmac4j.server.study.Studies;
import org.micmac4j.server.study.WorkspaceException;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;

/**
 * The HTTP side of {@code micmac serve}: Javalin on Jetty, the pages, the JSON API, the static
 * assets from the jar, and the security headers on every answer.
 */
public final class WebServer implements AutoCloseable {
    /**
     * The Content-Security-Policy of every page: scripts, styles, images and fetches from this
     * server only; no inline script, no inline style, no plugin, no framing.
     */
    public static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    private static final Logger LOG = Logger.getLogger(WebServer.class.getName());
    private static final String STARTED = "micmac.started";
    private static final String STARTED_CPU = "micmac.started.cpu";
    /** The request thread's CPU time (not inflated by a busy machine, unlike the wall time). */
    private static final java.lang.management.ThreadMXBean THREADS
            = java.lang.management.ManagementFactory.getThreadMXBean();

    private final Javalin app;
    private final MonteCarloJobs monteCarlo;

    private WebServer(Javalin app, MonteCarloJobs monteCarlo) {
        this.app = app;
        this.monteCarlo = monteCarlo;
    }

    /**
     * Starts serving.
     *
     * @param studies the studies
     * @param host the address to bind (127.0.0.1 by default)
     * @param port the port, 0 for any free one
     * @param publicUrl the public address (ending in "/") for the links, or null
     * @return the running server
     */
    public static WebServer start(Studies studies, String host, int port, String publicUrl) {
        RateLimiter limiter = new RateLimiter(System::currentTimeMillis);
        Auth auth = new Auth(studies, limiter, publicUrl != null && publicUrl.startsWith("https:"));
        MonteCarloJobs mc = new MonteCarloJobs();
        Api api = new Api(studies, auth, new Links(publicUrl), mc);
        Pages pages = new Pages(studies, auth);
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.maxRequestSize = Bodies.UPLOAD_MAX;
            cfg.staticFiles.add(sf -> {
                sf.hostedPath = "/static";
                sf.directory = "/org/micmac4j/server/static";
                sf.location = Location.CLASSPATH;
                sf.headers = Map.of("Cache-Control", "no-cache");
            });
            cfg.routes.before(ctx -> {
                ctx.attribute(STARTED, System.nanoTime());
                ctx.attribute(STARTED_CPU, THREADS.getCurrentThreadCpuTime());
                securityHeaders(ctx);
                Auth.checkOrigin(ctx);
            });
            // The server's own time for each answer, wall and CPU of the request thread (Server-Timing: the
            // benchmark reads it).
            cfg.routes.after(ctx -> {
                Long t0 = ctx.attribute(STARTED);
                Long c0 = ctx.attribute(STARTED_CPU);
                if (t0 != null && c0 != null) {
                    ctx.header("Server-Timing", String.format(java.util.Locale.ROOT, "app;dur=%.3f, cpu;dur=%.3f",
                            (System.nanoTime() - t0) / 1e6, (THREADS.getCurrentThreadCpuTime() - c0) / 1e6));
                }
            });
            api.register(cfg.routes);
            pages.register(cfg.routes);
            cfg.routes.exception(WorkspaceException.class, (e, ctx) -> fail(ctx, e.status(), e.getMessage()));
            cfg.routes.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(), javalinMessage(e)));
            cfg.routes.exception(StoreException.class, (e, ctx) -> {
                LOG.log(Level.WARNING, "database failure on " + ctx.method() + " " + ctx.path(), e);
                fail(ctx, 500, "internal error: the database failed (details in the server's log)");
            });
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                LOG.log(Level.WARNING, "failure on " + ctx.method() + " " + ctx.path(), e);
                fail(ctx, 500, "internal error (details in the server's log)");
            });
            cfg.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint ")) {
                    fail(ctx, 404, "not found: " + ctx.method() + " " + shorten(ctx.path()));
                }
            });
            cfg.routes.error(405, ctx -> fail(
                    ctx, 405, "method not allowed: " + ctx.method() + " " + shorten(ctx.path())));
        });
        app.start(host, port);
        return new WebServer(app, mc);
    }

    private static String javalinMessage(HttpResponseException e) {
        if (e.getStatus() == 413) {
            return "body: larger than the limit of " + Bodies.UPLOAD_MAX + " bytes";
        }
        return String.valueOf(e.getMessage());
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        if (!ctx.path().startsWith("/static/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    /** An error: JSON for the API and scripts, a page for a browser's navigation. */
    private static void fail(Context ctx, int status, String message) {
        boolean page = ctx.method().name().equals("GET") && !ctx.path().startsWith("/api/")
                && !ctx.path().startsWith("/static/");
        if (page) {
            Pages.error(ctx, status, message);
        } else {
            Json.error(ctx, status, message);
        }
    }

    /** @return the port it listens on */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        monteCarlo.close();
        app.stop();
    }
}
