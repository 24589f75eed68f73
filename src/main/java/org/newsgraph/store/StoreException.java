package org.newsgraph.store;

/**
 * A store problem the user can act on (no store there, in use by another process, not a store). The message is
 * one line naming the store folder and the reason; the command line prints it as it is, without a stack trace.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
