package org.govkg.diagram;

/** A diagram could not be laid out or drawn. */
public class DiagramException extends RuntimeException {
    public DiagramException(String message) {
        super(message);
    }

    public DiagramException(String message, Throwable cause) {
        super(message, cause);
    }
}
