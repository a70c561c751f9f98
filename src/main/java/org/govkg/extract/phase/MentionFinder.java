package org.govkg.extract.phase;

import org.govkg.extract.model.DocumentMetadata;

/** A pass of the finding phase: finds candidate mentions of one construct and pushes them, with its notes, into {@code found}. */
public interface MentionFinder {
    void find(DocumentMetadata meta, Candidates.Builder found);
}
