/**
 * The values extraction hands to the rest of govkg: an {@link org.govkg.extract.model.Extraction} with its mentions, links between entities, group posts, member counts, figures, attributes and sentences, all with character offsets into the document. Records only; no rule lives here.
 */
package org.govkg.extract.model;
