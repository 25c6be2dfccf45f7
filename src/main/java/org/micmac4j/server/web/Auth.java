package org.micmac4j.server.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;

import org.micmac4j.server.store.Rows.ExpertRow;
import org.micmac4j.server.store.Rows.SessionRow;
import org.micmac4j.server.store.Store;
import org.micmac4j.server.study.Studies;
import org.micmac4j.server.study.WorkspaceException;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * Who is asking. The facilitator: {@code Authorization: Bearer TOKEN} (scripts), or the session
 * cookie set by signing in with the token (browsers), whose state-changing requests must also
 * carry the session's CSRF token in {@code X-CSRF-Token}. An expert: the secret at the end of their
 * link. Bad credentials count towards the {@link RateLimiter}. A state-changing request whose
 * {@code Origin} is another site is refused whatever it carries.
 */
final class Auth {
    static final String SESSION_COOKIE = "micmac_session";
    static final String CSRF_HEADER = "X-CSRF-Token";
    /** A session lasts a working day. */
    static final long SESSION_SECONDS = 12 * 3600;

    private final Studies studies;
    private final RateLimiter limiter;
    private final boolean secureCookies;

    Auth(Studies studies, RateLimiter limiter, boolean secureCookies) {
        this.studies = studies;
        this.limiter = limiter;
        this.secureCookies = secureCookies;
    }

    private Store store() {
        return studies.store();
    }

    /** Refuses the request with 429 when its address gave too many bad credentials. */
    void checkRate(Context ctx) {
        long wait = limiter.retryAfterSeconds(ctx.ip());
        if (wait > 0) {
            ctx.header("Retry-After", String.valueOf(wait));
            throw new WorkspaceException(429,
                    "too many bad tokens or links from this address: retry in " + wait + " s");
        }
    }

    private WorkspaceException bad(Context ctx, String message) {
        limiter.failure(ctx.ip());
        return new WorkspaceException(401, message);
    }

    static boolean changesState(Context ctx) {
        HandlerType m = ctx.method();
        return m != HandlerType.GET && m != HandlerType.HEAD && m != HandlerType.OPTIONS;
    }

    /**
     * Refuses a state-changing request sent by a page of another site: browsers send
     * {@code Origin} with every cross-site POST, PUT or DELETE.
     */
    static void checkOrigin(Context ctx) {
        if (!changesState(ctx)) {
            return;
        }
        String origin = ctx.header("Origin");
        if (origin == null) {
            return;
        }
        String host = ctx.header("Host");
        String authority;
        try {
            authority = URI.create(origin).getRawAuthority();
        } catch (IllegalArgumentException e) {
            authority = null;
        }
        if (host == null || authority == null || !authority.equalsIgnoreCase(host)) {
            throw WorkspaceException.forbidden("Origin: cross-site requests are refused (" + shorten(origin) + ")");
        }
    }

    /**
     * @param ctx a request of the facilitator
     * @throws WorkspaceException 401 (no or bad credential), 403 (CSRF), 429 (rate limit)
     */
    void requireFacilitator(Context ctx) {
        checkRate(ctx);
        String authz = ctx.header("Authorization");
        if (authz != null) {
            if (!authz.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw bad(ctx, "Authorization: expected 'Bearer TOKEN'");
            }
            if (!store().isFacilitatorToken(authz.substring(7).strip())) {
                throw bad(ctx, "Authorization: invalid facilitator token");
            }
            return;
        }
        Optional<SessionRow> s = session(ctx);
        if (s.isEmpty()) {
            throw new WorkspaceException(401, "sign in: send Authorization: Bearer TOKEN, or sign in on the home page");
        }
        if (changesState(ctx) && !constantTimeEquals(ctx.header(CSRF_HEADER), s.get().csrf())) {
            throw WorkspaceException.forbidden(CSRF_HEADER + ": missing or wrong (reload the page)");
        }
    }

    /**
     * @param ctx a request
     * @return the facilitator's live session, if its cookie is one
     */
    Optional<SessionRow> session(Context ctx) {
        String cookie = ctx.cookie(SESSION_COOKIE);
        if (cookie == null) {
            return Optional.empty();
        }
        Optional<SessionRow> s = store().session(cookie);
        if (s.isEmpty() && !org.micmac4j.server.store.Secrets.wellFormed(cookie)) {
            limiter.failure(ctx.ip());
        }
        return s;
    }

    /**
     * Signs the facilitator in: a new session cookie for a good token.
     *
     * @param ctx the request
     * @param token the token typed in
     */
    void login(Context ctx, String token) {
        checkRate(ctx);
        if (token == null || !store().isFacilitatorToken(token.strip())) {
            throw bad(ctx, "token: not the facilitator's token");
        }
        String[] s = store().newSession(SESSION_SECONDS);
        setCookie(ctx, SESSION_COOKIE, s[0], SESSION_SECONDS);
    }

    /** @param ctx the request whose session ends */
    void logout(Context ctx) {
        String cookie = ctx.cookie(SESSION_COOKIE);
        if (cookie != null) {
            store().endSession(cookie);
        }
        setCookie(ctx, SESSION_COOKIE, "", 0);
    }

    /**
     * Sets a cookie: HttpOnly, SameSite=Strict, Path=/, and Secure when served over TLS.
     */
    void setCookie(Context ctx, String name, String value, long maxAgeSeconds) {
        boolean secure = secureCookies || "https".equalsIgnoreCase(ctx.scheme());
        ctx.res().addHeader("Set-Cookie",
                name + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds + "; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : ""));
    }

    /**
     * @param ctx a request under {@code /e/{secret}} or {@code /api/expert/{secret}}
     * @return the expert whose link it is
     * @throws WorkspaceException 401 (unknown link), 403 (revoked), 429 (rate limit)
     */
    ExpertRow requireExpert(Context ctx) {
        checkRate(ctx);
        String secret = ctx.pathParam("secret");
        Optional<ExpertRow> e = studies.expert(secret);
        if (e.isEmpty()) {
            throw bad(ctx, "link: unknown expert link (check that it was copied whole)");
        }
        if (!e.get().active()) {
            limiter.failure(ctx.ip());
            throw WorkspaceException.forbidden("link: this expert link was revoked by the facilitator");
        }
        return e.get();
    }

    static boolean constantTimeEquals(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static String shorten(String s) {
        String t = s.toLowerCase(Locale.ROOT);
        return t.length() > 60 ? t.substring(0, 60) + "..." : t;
    }
}
