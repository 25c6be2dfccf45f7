package org.micmac4j.server.web;

import org.micmac4j.server.study.WorkspaceException;

import io.javalin.http.Context;

/** Request size limits, checked before a body is read. */
final class Bodies {
    /** Largest upload: a variables file or a study's zip. */
    static final int UPLOAD_MAX = 10 << 20;

    private Bodies() {
    }

    /**
     * @param ctx the request
     * @param max its largest allowed body
     * @throws WorkspaceException 413 when the declared length is larger
     */
    static void requireSize(Context ctx, int max) {
        long length = ctx.req().getContentLengthLong();
        if (length > max) {
            throw new WorkspaceException(413, "body: " + length + " bytes, more than the limit of " + max + " bytes");
        }
    }

    /**
     * @param ctx the request
     * @return the uploaded bytes (the body itself, not multipart)
     */
    static byte[] upload(Context ctx) {
        requireSize(ctx, UPLOAD_MAX);
        byte[] b = ctx.bodyAsBytes();
        if (b.length > UPLOAD_MAX) {
            throw new WorkspaceException(413, "body: more than the limit of " + UPLOAD_MAX + " bytes");
        }
        if (b.length == 0) {
            throw WorkspaceException.badRequest("body: the file is empty");
        }
        return b;
    }
}
