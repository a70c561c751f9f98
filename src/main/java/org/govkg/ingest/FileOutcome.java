package org.govkg.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * What happened to one file during ingest.
 *
 * @param triples    triples in the document's graph (0 unless ingested)
 * @param violations SHACL violations its graph has; it is stored all the same, and they are reported
 */
public record FileOutcome(Path file, Status status, String message, long triples, List<GraphValidator.Violation> violations) {

    /** The fate of the file. */
    public enum Status { INGESTED, UNCHANGED, FAILED }

    static FileOutcome failed(IngestException e) {
        return new FileOutcome(e.file(), Status.FAILED, e.getMessage(), 0, List.of());
    }
}
