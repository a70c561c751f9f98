package org.govkg.ingest;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * A document as read from disk: its decoded text and what identifies it.
 *
 * @param path        where it was read from
 * @param name        the name it is known by: its path relative to the folder it was found in (its
 *                    file name when it was given on its own); the document's IRI is derived from it
 * @param text        the decoded text, verbatim (offsets of every mention refer to it)
 * @param charset     the charset the bytes were decoded with
 * @param contentHash SHA-256 of the bytes, hex; an unchanged file has the same hash
 */
public record SourceDocument(Path path, String name, String text, Charset charset, String contentHash) {

    /** The same document with another content hash (one that also covers the curation applied to it). */
    public SourceDocument withHash(String hash) {
        return new SourceDocument(path, name, text, charset, hash);
    }
}
