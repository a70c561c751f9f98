package org.govkg.extract.phase;

import java.util.ArrayList;
import java.util.List;

import org.govkg.extract.phase.Notes.PendingUnit;
import org.govkg.extract.phase.Notes.RegionPrefix;
import org.govkg.extract.phase.Notes.RosterEntry;
import org.govkg.extract.phase.Notes.Task;

/**
 * The finding phase's value: every candidate mention (overlapping ones included) with the links the
 * finders could state at once, and the notes later phases need.
 */
public record Candidates(MentionSet mentions, List<RegionPrefix> regionPrefixes, List<PendingUnit> pendingUnits,
                         List<RosterEntry> roster, List<Task> tasks) {

    /** The same notes over another set of mentions (the settled ones). */
    public Candidates with(MentionSet settled) {
        return new Candidates(settled, regionPrefixes, pendingUnits, roster, tasks);
    }

    /** Where finders push what they find, in the order they run. */
    public static final class Builder {
        private final MentionSet mentions;
        private final List<RegionPrefix> regionPrefixes = new ArrayList<>();
        private final List<PendingUnit> pendingUnits = new ArrayList<>();
        private final List<RosterEntry> roster = new ArrayList<>();
        private final List<Task> tasks = new ArrayList<>();

        public Builder(DocumentText doc) {
            this.mentions = new MentionSet(doc);
        }

        /** The mentions found so far; finders add to them and may read what earlier finders found. */
        public MentionSet mentions() { return mentions; }

        public void regionPrefix(RegionPrefix p) { regionPrefixes.add(p); }

        /** The region prefixes noted so far: later finders look for names that open with those places. */
        public List<RegionPrefix> regionPrefixes() { return java.util.Collections.unmodifiableList(regionPrefixes); }

        public void pendingUnit(PendingUnit u) { pendingUnits.add(u); }

        public void rosterEntry(RosterEntry e) { roster.add(e); }

        public void task(Task t) { tasks.add(t); }

        public Candidates build() {
            return new Candidates(mentions, List.copyOf(regionPrefixes), List.copyOf(pendingUnits), List.copyOf(roster), List.copyOf(tasks));
        }
    }
}
