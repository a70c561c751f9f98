package org.govkg.extract.model;

/**
 * A link the text states between two entities; {@code [start, end)} is the evidence span.
 */
public record Link(EntityRef subject, Relation relation, EntityRef object, int start, int end) {}
