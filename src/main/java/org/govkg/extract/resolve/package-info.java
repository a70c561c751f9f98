/**
 * The overlap and resolution phases: overlapping candidates settled (the longer wins, a body opening a project's name is split off as its builder); then region names, aliases (以下简称…), the document's jurisdiction and the names relative to it (市财政局 in a 某市 document), self-references (我局, 本市), full names from the abbreviation table and gazetteer, and the user's curation.
 */
package org.govkg.extract.resolve;
