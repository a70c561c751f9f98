package org.govkg.extract.group;

import java.util.List;
import java.util.regex.Pattern;

import org.govkg.extract.lexicon.Lexicon;
import org.govkg.extract.lexicon.NameTrimmer;
import org.govkg.extract.lexicon.WordFinder;
import org.govkg.extract.model.DocumentMetadata;
import org.govkg.extract.model.EntityRef;
import org.govkg.extract.model.Mention;
import org.govkg.extract.model.Attribute;
import org.govkg.extract.model.PostFact;
import org.govkg.extract.model.Relation;
import org.govkg.extract.model.Sentence;
import org.govkg.extract.phase.Candidates;
import org.govkg.extract.phase.MentionFinder;
import org.govkg.extract.phase.MentionSet;
import org.govkg.extract.phase.Notes;
import org.govkg.vocab.EntityType;

/**
 * Links the roster lines {@link RosterFinder} read: the person leads, deputises for or sits in the
 * group; the body named in their affiliation is where they come from (and, for members, a member
 * unit); what follows the body's name is the post they hold (市人民政府<b>市长</b>).
 */
public final class RosterRules {
    private final Pattern separator;
    private final String memberRole;
    private final String deputyMark;
    private final List<String> postAfterBody;

    public RosterRules(Lexicon lex) {
        separator = lex.pattern("list.names-separator");
        memberRole = lex.raw("group.roster.member-role");
        deputyMark = lex.raw("group.deputy.mark");
        postAfterBody = lex.list("org.post.after");
    }

    /** Links the entries of the roster {@link RosterFinder} read, now that the bodies in them are settled. */
    public void link(List<Notes.RosterEntry> roster, MentionSet cx) {
        for (Notes.RosterEntry e : roster) {
            if (!cx.holds(e.person()))
                continue;
            Mention group = cx.lastGroupBefore(e.person().start());
            List<Mention> bodies = cx.within(EntityType.ORGANIZATION, e.affiliationStart(), e.affiliationEnd());
            Mention body = bodies.isEmpty() ? null : bodies.get(0);
            int at = e.affiliationStart();
            java.util.Set<Mention> leads = new java.util.LinkedHashSet<>();
            for (String piece : separator.split(cx.text().substring(e.affiliationStart(), e.affiliationEnd()))) {
                int start = at;
                at += piece.length() + 1;
                Mention lead = firstStartingIn(bodies, start, start + piece.length());
                if (lead != null) leads.add(lead);
                String t = (lead == null ? piece : cx.text().substring(lead.end(), start + piece.length())).strip();
                // 省政府秘书长: a title that needs its body to say anything is the post with the body
                if (lead != null && postAfterBody.stream().anyMatch(t::startsWith))
                    t = piece.strip();
                if (t.length() >= 2)
                    post(cx, e, group, t);
            }
            // a line that names the person only (组　长：某某某) still gives the group its leader
            if (group != null && !e.role().equals(memberRole))
                cx.link(group.entity(), e.role().contains(deputyMark) ? Relation.DEPUTY_LEADER : Relation.LEADER,
                    e.person().entity(), e.person().start(), e.affiliationEnd());
            // 某某　省政府秘书长、省政府办公厅主任: a member of each body one of the posts is in
            for (Mention other : leads)
                if (other != body)
                    cx.link(e.person().entity(), Relation.MEMBER_OF, other.entity(), e.person().start(), e.affiliationEnd());
            if (body != null) {
                cx.link(e.person().entity(), Relation.MEMBER_OF, body.entity(), e.person().start(), e.affiliationEnd());
                if (group != null && e.role().equals(memberRole))
                    cx.link(group.entity(), Relation.MEMBER_UNIT, body.entity(), e.person().start(), e.affiliationEnd());
            }
        }
    }

    private static Mention firstStartingIn(List<Mention> bodies, int start, int end) {
        for (Mention b : bodies)
            if (b.start() >= start && b.start() < end && b.end() <= end && b.start() - start <= 1)
                return b;
        return null;
    }

    private void post(MentionSet cx, Notes.RosterEntry e, Mention group, String title) {
        int start = e.person().start(), end = e.affiliationEnd();
        cx.attribute(new Attribute(e.person().entity(), Attribute.Kind.POST_TITLE, title, start, end));
        if (group == null || e.role().equals(memberRole))
            return;
        boolean deputy = e.role().contains(deputyMark);
        cx.post(new PostFact(group.entity(), deputy ? PostFact.Kind.DEPUTY_LEADER : PostFact.Kind.LEADER, e.role(), title, start, end));
        cx.link(group.entity(), deputy ? Relation.DEPUTY_LEADER : Relation.LEADER, e.person().entity(), start, end);
    }
}
