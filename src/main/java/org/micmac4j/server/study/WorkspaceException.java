package org.micmac4j.server.study;

/**
 * A request the workspace refuses, with its HTTP status and one line naming the field or the
 * thing at fault. The web layer answers {@code {"error": message}} with the status.
 */
public final class WorkspaceException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    /**
     * @param status the HTTP status (400, 401, 403, 404, 409, 413, 429)
     * @param message one line
     */
    public WorkspaceException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /**
     * @param message names the field
     * @return a 400
     */
    public static WorkspaceException badRequest(String message) {
        return new WorkspaceException(400, message);
    }

    /**
     * @param message what was not found
     * @return a 404
     */
    public static WorkspaceException notFound(String message) {
        return new WorkspaceException(404, message);
    }

    /**
     * @param message the conflicting state
     * @return a 409
     */
    public static WorkspaceException conflict(String message) {
        return new WorkspaceException(409, message);
    }

    /**
     * @param message why
     * @return a 403
     */
    public static WorkspaceException forbidden(String message) {
        return new WorkspaceException(403, message);
    }
}
