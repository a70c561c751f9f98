package org.govkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Working groups described one to a numbered paragraph:
 * {@code （一）综合协调组。由A牵头，B、C参加，负责…}. The group is a working group of the group
 * named before; A leads it and B, C are its member units.
 */
final class WorkingGroupSectionFinder implements MentionFinder {
    private static final Pattern SECTION = Pattern.compile(
        "(?m)^[\\s\u3000]*[（(][一二三四五六七八九十]+[）)]\\s*(?<name>\\p{IsHan}{2,12}(?:工作组|专班|小组|组))[。．.：:]"
        + "(?:由(?<lead>[^，,。；;]{2,30}?)牵头)?(?:[，,](?<members>[^。；;]{2,200}?)(?:参加|配合))?");

    @Override
    public void find(ExtractionContext cx) {
        Matcher m = SECTION.matcher(cx.text);
        while (m.find()) {
            Mention group = cx.mention(EntityType.LEADERSHIP_GROUP, m.group("name"), m.start("name"), m.end("name"));
            Mention parent = cx.lastGroupBefore(m.start("name"));
            if (parent != null)
                cx.link(parent.entity(), Relation.HAS_WORKING_GROUP, group.entity(), m.start(), m.end("name"));
            if (m.group("lead") != null)
                cx.pendingUnits.add(new ExtractionContext.PendingUnit(group.entity(), Relation.LEAD_UNIT, m.group("lead"), m.start("lead")));
            if (m.group("members") != null)
                members(cx, group, m.group("members"), m.start("members"));
        }
    }

    private static void members(ExtractionContext cx, Mention group, String list, int offset) {
        int at = 0;
        for (String item : list.split("、")) {
            int lead = item.length() - item.stripLeading().length();
            if (item.strip().length() >= 2)
                cx.pendingUnits.add(new ExtractionContext.PendingUnit(group.entity(), Relation.MEMBER_UNIT, item.strip(), offset + at + lead));
            at += item.length() + 1;
        }
    }
}
