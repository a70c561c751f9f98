package org.govkg.extract.model;

/**
 * One occurrence of an entity in the text.
 *
 * @param entity  the entity named
 * @param surface    the exact string at {@code [start, end)} of the document text
 * @param resolution why the mention names this entity when its surface differs (the rules applied), or null
 */
public record Mention(EntityRef entity, String surface, int start, int end, String resolution) {

    /** A mention named as written. */
    public Mention(EntityRef entity, String surface, int start, int end) {
        this(entity, surface, start, end, null);
    }

    /** The same mention under another entity, with the rule that moved it there added to its resolution. */
    public Mention resolvedTo(EntityRef to, String rule) {
        return new Mention(to, surface, start, end, resolution == null ? rule : resolution + "; " + rule);
    }

    /** The same occurrence under another entity's name, with its resolution kept. */
    public Mention withEntity(EntityRef to) {
        return new Mention(to, surface, start, end, resolution);
    }

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
