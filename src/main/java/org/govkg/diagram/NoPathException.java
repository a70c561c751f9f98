package org.govkg.diagram;

/** No chain of links joins two entities within the length limit. */
public class NoPathException extends RuntimeException {
    NoPathException(String a, String b, int limit) {
        super("no chain of at most " + limit + " links joins \"" + a + "\" and \"" + b + "\"");
    }
}
