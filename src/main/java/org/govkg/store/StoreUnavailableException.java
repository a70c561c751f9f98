package org.govkg.store;

/**
 * A remote store that did not answer (connection refused or reset, or a 5xx) even after retrying.
 * What was being written did not get in; later writes would fail the same way.
 */
public final class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
