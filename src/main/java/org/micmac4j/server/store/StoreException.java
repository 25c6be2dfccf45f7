package org.micmac4j.server.store;

/** The database failed or refused: the message is one line for the user (never SQL or a stack). */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message one line
     * @param cause the cause, or null
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
