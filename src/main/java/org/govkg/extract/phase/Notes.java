package org.govkg.extract.phase;

import org.govkg.extract.model.EntityRef;
import org.govkg.extract.model.Mention;
import org.govkg.extract.model.Relation;

/**
 * What finders note for later phases besides mentions: places that only make sense once overlaps
 * are settled and names resolved. Each is a value handed on explicitly, never a shared list.
 */
public final class Notes {
    private Notes() {}

    /** The region part {@code [start, end)} of a body's name; {@code governs} when the body is its government. */
    public record RegionPrefix(Mention body, int start, int end, boolean governs) {}

    /** A body named at {@code start} (分别由A、B牵头) that stands in {@code relation} to {@code subject}, linked once mentions are settled. */
    public record PendingUnit(EntityRef subject, Relation relation, String name, int start) {}

    /** A roster line: the person, the role they are listed under, and where their affiliation is. */
    public record RosterEntry(Mention person, String role, int affiliationStart, int affiliationEnd) {}

    /** A numbered task of a plan: the project it names and the span of its paragraph. */
    public record Task(Mention project, int start, int end) {}
}
