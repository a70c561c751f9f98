package org.govkg.extract.model;

/** A literal the text gives an entity, such as a plan's document number or period. */
public record Attribute(EntityRef entity, Kind kind, String value, int start, int end) {

    /** What the literal says. */
    public enum Kind { DOCUMENT_NUMBER, PERIOD, POST_TITLE, SIGNED_DATE }
}
