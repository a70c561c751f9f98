package org.govkg.extract;

/** Links the bodies that finders noted by place (分别由A、B牵头), now that mentions are settled. */
final class PendingUnitRules implements MentionFinder {

    @Override
    public void find(ExtractionContext cx) {
        for (ExtractionContext.PendingUnit u : cx.pendingUnits) {
            Mention unit = cx.startingAt(EntityType.ORGANIZATION, u.start());
            if (unit == null || unit.length() > u.name().length())
                unit = cx.mention(EntityType.ORGANIZATION, u.name(), u.start(), u.start() + u.name().length());
            cx.link(u.subject(), u.relation(), unit.entity(), u.start(), unit.end());
        }
    }
}
