package org.govkg.ingest;

import java.nio.file.Path;

/** A file that cannot be ingested, with a reason a user can act on. */
public class IngestException extends Exception {
    private final Path file;

    public IngestException(Path file, String reason) {
        super(reason);
        this.file = file;
    }

    public IngestException(Path file, String reason, Throwable cause) {
        super(reason, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** One line: the file and the reason. */
    public String oneLine() {
        return file + ": " + getMessage();
    }
}
