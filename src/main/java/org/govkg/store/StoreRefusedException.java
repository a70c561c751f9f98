package org.govkg.store;

/** A remote store that answered a write with a 4xx: this write is refused, others may still get in. */
public final class StoreRefusedException extends RuntimeException {
    public StoreRefusedException(String message) {
        super(message);
    }
}
