package dev.sentag.store;

/**
 * The server of a team library cannot be reached (it went away, or has not come back yet): the work was not done, or
 * its commit was cut off and may have landed. Callers that can keep the change for later (the outage queue) catch it.
 */
public final class ConnectionLostException extends StoreException {
    public ConnectionLostException(String message, Throwable cause) {
        super(message, cause);
    }
}
