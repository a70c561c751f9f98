/**
 * Extraction of entities, links, posts and figures from the text of a government document.
 * {@link org.govkg.extract.DocumentExtractor#extract} runs the phases in order; each sub-package
 * handles one construct of government writing (header, body names, group notices, plans, tasks,
 * projects, people, figures) or one phase (text, resolution), and the knowledge they use is data
 * ({@code extract/lexicon.properties}, {@code extract/patterns.tsv}).
 */
package org.govkg.extract;
