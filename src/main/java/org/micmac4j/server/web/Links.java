package org.micmac4j.server.web;

import io.javalin.http.Context;

/**
 * The absolute addresses the workspace hands out: from {@code --public-url} when given (a team
 * server behind a reverse proxy), else from the address the facilitator's request came to.
 */
final class Links {
    private final String publicUrl;

    /** @param publicUrl the public address ending in "/", or null */
    Links(String publicUrl) {
        this.publicUrl = publicUrl;
    }

    String base(Context ctx) {
        if (publicUrl != null) {
            return publicUrl;
        }
        String host = ctx.header("Host");
        if (host == null || !host.matches("[A-Za-z0-9.\\-\\[\\]:]{1,300}")) {
            host = ctx.req().getLocalAddr() + ":" + ctx.req().getLocalPort();
        }
        return ctx.scheme() + "://" + host + "/";
    }

    /**
     * @param ctx the facilitator's request
     * @param secret an expert's secret
     * @return the expert's page, ending with the secret
     */
    String expertLink(Context ctx, String secret) {
        return base(ctx) + "e/" + secret;
    }
}
