package org.govkg.extract;

/** One pass over a document that finds mentions of one kind of entity, or the links between them. */
interface MentionFinder {
    void find(ExtractionContext cx);
}
