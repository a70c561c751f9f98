package org.govkg.extract.model;

/** A sentence of the document, with its offsets into the full text. */
public record Sentence(int index, int start, int end, String text) {

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
