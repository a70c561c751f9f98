package org.govkg.store;

/**
 * One literal found by a store's full-text search.
 *
 * @param subject the IRI the literal describes (an entity, a document, a sentence)
 * @param text    the literal's text
 * @param score   relevance, higher is better; comparable only within one search
 */
public record TextMatch(String subject, String text, double score) {

    /** What is searched. */
    public enum Field {
        /** Canonical names, aliases, titles and labels. */
        NAMES,
        /** The source sentences. */
        SENTENCES
    }

    /** How a store answers full-text searches (the quality page explains each in words). */
    public enum Method {
        /** Lucene with the Chinese analyser, in this process. */
        EMBEDDED_INDEX,
        /** The remote server's own {@code text:query} index, each hit checked against the data. */
        SERVER_INDEX,
        /** No index on the server: every name or sentence is scanned with SPARQL string functions (correct, slower). */
        SCAN
    }
}
