package org.govkg.extract;

import java.util.List;

/** Everything extracted from one document, before it becomes RDF. */
public record Extraction(String text, DocumentMetadata metadata, List<Sentence> sentences,
                         List<Mention> mentions, List<Link> links, List<PostFact> posts,
                         List<MemberCount> memberCounts, List<Figure> figures,
                         List<Attribute> attributes) {

    /** The sentence that holds the given offset (the last one if the offset is past the end). */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences)
            if (s.contains(offset))
                return s;
        return sentences.get(sentences.size() - 1);
    }
}
