package org.govkg.extract.phase;

import java.util.List;

import org.govkg.extract.model.Sentence;

/**
 * The first phase's value: a document's text as written, its normalised form that every rule
 * matches against (one character for one, so offsets are shared), and its sentences.
 */
public record DocumentText(String original, String text, List<Sentence> sentences, int[] sentenceStarts) {

    public DocumentText(String original, String text, List<Sentence> sentences) {
        this(original, text, List.copyOf(sentences), sentences.stream().mapToInt(Sentence::start).toArray());
    }

    /** The sentence holding the offset, by binary search over sentence starts; null between sentences. */
    public Sentence sentenceAt(int offset) {
        int i = java.util.Arrays.binarySearch(sentenceStarts, offset);
        int at = i >= 0 ? i : -i - 2;
        return at >= 0 && sentences.get(at).contains(offset) ? sentences.get(at) : null;
    }
}
