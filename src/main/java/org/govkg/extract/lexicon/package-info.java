/**
 * Knowledge about Chinese government writing as data: {@link org.govkg.extract.lexicon.Lexicon} reads the word lists of {@code extract/lexicon.properties} and the construction patterns of {@code extract/patterns.tsv}; {@link org.govkg.extract.lexicon.WordFinder} and {@link org.govkg.extract.lexicon.NameTrimmer} are the scanning tools built on them (suffix-anchored search, cutting the clause off the front of a name).
 */
package org.govkg.extract.lexicon;
