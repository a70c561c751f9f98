package org.govkg.ingest;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * A document as read from disk: its decoded text and what identifies it.
 *
 * @param path        where it was read from
 * @param text        the decoded text, verbatim (offsets of every mention refer to it)
 * @param charset     the charset the bytes were decoded with
 * @param contentHash SHA-256 of the bytes, hex; an unchanged file has the same hash
 */
public record SourceDocument(Path path, String text, Charset charset, String contentHash) {

    /** The file name, which is what the document's IRI is derived from. */
    public String fileName() {
        return path.getFileName().toString();
    }
}
