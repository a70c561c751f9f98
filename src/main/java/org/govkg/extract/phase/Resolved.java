package org.govkg.extract.phase;

import java.util.List;

import org.govkg.extract.model.Link;

import org.govkg.extract.phase.Notes.PendingUnit;
import org.govkg.extract.phase.Notes.RosterEntry;
import org.govkg.extract.phase.Notes.Task;

/**
 * The resolution phase's value: mentions under their canonical names, the document's jurisdiction
 * (null when no body is named with its region), the notes the linking rules read, renamed alike, and
 * the jurisdiction links proposed for governments named relatively (市政府), stated once they act.
 */
public record Resolved(MentionSet mentions, String jurisdiction, List<PendingUnit> pendingUnits,
                       List<RosterEntry> roster, List<Task> tasks, List<Link> governing) {}
