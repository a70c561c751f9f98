package org.govkg.extract.phase;

import java.util.List;

import org.govkg.extract.phase.Notes.PendingUnit;
import org.govkg.extract.phase.Notes.RosterEntry;
import org.govkg.extract.phase.Notes.Task;

/**
 * The resolution phase's value: mentions under their canonical names, the document's jurisdiction
 * (null when no body is named with its region), and the notes the linking rules read, renamed alike.
 */
public record Resolved(MentionSet mentions, String jurisdiction, List<PendingUnit> pendingUnits,
                       List<RosterEntry> roster, List<Task> tasks) {}
