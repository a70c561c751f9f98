package org.govkg.extract.model;

import java.util.List;

/** Everything extracted from one document, before it becomes RDF. */
public record Extraction(String text, DocumentMetadata metadata, List<Sentence> sentences,
                         List<Mention> mentions, List<Link> links, List<PostFact> posts,
                         List<MemberCount> memberCounts, List<Figure> figures,
                         List<Attribute> attributes) {

    /** The sentence that holds the given offset (the last one if the offset is past the end). */
    public Sentence sentenceAt(int offset) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo < hi) { // the last sentence starting at or before the offset
            int mid = (lo + hi + 1) >>> 1;
            if (sentences.get(mid).start() <= offset) lo = mid; else hi = mid - 1;
        }
        return sentences.get(lo);
    }
}
