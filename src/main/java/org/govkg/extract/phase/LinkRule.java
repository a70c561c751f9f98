package org.govkg.extract.phase;

import org.govkg.extract.model.DocumentMetadata;

/** A pass of the linking phase: states the links, posts and figures one construct of the text expresses between settled mentions. */
public interface LinkRule {
    void link(DocumentMetadata meta, MentionSet graph);
}
