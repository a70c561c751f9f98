package org.govkg.extract.group;

import java.util.List;

import org.govkg.extract.model.Mention;
import org.govkg.extract.phase.MentionSet;
import org.govkg.extract.phase.Notes;
import org.govkg.vocab.EntityType;

/** Links the bodies that finders noted by place (分别由A、B牵头), now that mentions are settled. */
public final class PendingUnitRules {

    public void link(List<Notes.PendingUnit> units, MentionSet cx) {
        for (Notes.PendingUnit u : units) {
            Mention unit = cx.startingAt(EntityType.ORGANIZATION, u.start());
            if (unit == null || unit.length() > u.name().length())
                unit = cx.mention(EntityType.ORGANIZATION, u.name(), u.start(), u.start() + u.name().length());
            cx.link(u.subject(), u.relation(), unit.entity(), u.start(), unit.end());
        }
    }
}
