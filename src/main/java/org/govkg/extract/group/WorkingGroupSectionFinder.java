package org.govkg.extract.group;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govkg.extract.lexicon.Lexicon;
import org.govkg.extract.model.DocumentMetadata;
import org.govkg.extract.model.EntityRef;
import org.govkg.extract.model.Link;
import org.govkg.extract.model.MemberCount;
import org.govkg.extract.model.Mention;
import org.govkg.extract.model.PostFact;
import org.govkg.extract.model.Relation;
import org.govkg.extract.model.Sentence;
import org.govkg.extract.phase.Candidates;
import org.govkg.extract.phase.LinkRule;
import org.govkg.extract.phase.MentionFinder;
import org.govkg.extract.phase.MentionSet;
import org.govkg.extract.phase.Notes;
import org.govkg.vocab.EntityType;

/**
 * Working groups described one to a numbered paragraph:
 * {@code （一）综合协调组。由A牵头，B、C参加，负责…}. The group is a working group of the group
 * named before; A leads it and B, C are its member units.
 */
public final class WorkingGroupSectionFinder implements MentionFinder {
    private final Pattern section;
    private final Pattern itemSeparator;

    public WorkingGroupSectionFinder(Lexicon lex) {
        section = lex.pattern("group.section");
        itemSeparator = lex.pattern("list.item-separator");
    }

    @Override
    public void find(DocumentMetadata meta, Candidates.Builder found) {
        MentionSet cx = found.mentions();
        Matcher m = section.matcher(cx.text());
        while (m.find()) {
            Mention group = cx.mention(EntityType.LEADERSHIP_GROUP, m.group("name"), m.start("name"), m.end("name"));
            Mention parent = cx.lastGroupBefore(m.start("name"));
            if (parent != null)
                cx.link(parent.entity(), Relation.HAS_WORKING_GROUP, group.entity(), m.start(), m.end("name"));
            if (m.group("lead") != null)
                found.pendingUnit(new Notes.PendingUnit(group.entity(), Relation.LEAD_UNIT, m.group("lead"), m.start("lead")));
            if (m.group("members") != null)
                members(found, group, m.group("members"), m.start("members"));
        }
    }

    private void members(Candidates.Builder found, Mention group, String list, int offset) {
        int at = 0;
        for (String item : itemSeparator.split(list)) {
            int lead = item.length() - item.stripLeading().length();
            if (item.strip().length() >= 2)
                found.pendingUnit(new Notes.PendingUnit(group.entity(), Relation.MEMBER_UNIT, item.strip(), offset + at + lead));
            at += item.length() + 1;
        }
    }
}
