package org.govkg.extract;

/**
 * One occurrence of an entity in the text.
 *
 * @param entity  the entity named
 * @param surface the exact string at {@code [start, end)} of the document text
 */
public record Mention(EntityRef entity, String surface, int start, int end) {

    public boolean overlaps(Mention other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public int length() {
        return end - start;
    }
}
