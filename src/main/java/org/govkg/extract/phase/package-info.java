/**
 * The values that pass between the phases of extraction and the two kinds of pass: a {@link org.govkg.extract.phase.MentionFinder} pushes candidates into {@link org.govkg.extract.phase.Candidates}, a {@link org.govkg.extract.phase.LinkRule} states links in a {@link org.govkg.extract.phase.MentionSet}. Each phase starts from a copy of the previous phase's set, so what a phase needs from an earlier one is in its signature (the notes of {@link org.govkg.extract.phase.Notes}, the jurisdiction), not in shared state.
 */
package org.govkg.extract.phase;
