package org.govkg.extract;

import java.util.List;

/**
 * Links the roster lines {@link RosterFinder} read: the person leads, deputises for or sits in the
 * group; the body named in their affiliation is where they come from (and, for members, a member
 * unit); what follows the body's name is the post they hold (市人民政府<b>市长</b>).
 */
final class RosterRules implements MentionFinder {

    @Override
    public void find(ExtractionContext cx) {
        for (ExtractionContext.RosterEntry e : cx.pendingRoster) {
            if (!cx.holds(e.person()))
                continue;
            Mention group = cx.lastGroupBefore(e.person().start());
            List<Mention> bodies = cx.within(EntityType.ORGANIZATION, e.affiliationStart(), e.affiliationEnd());
            Mention body = bodies.isEmpty() ? null : bodies.get(0);
            int at = e.affiliationStart();
            for (String piece : cx.text.substring(e.affiliationStart(), e.affiliationEnd()).split("[、，,]")) {
                int start = at;
                at += piece.length() + 1;
                Mention lead = firstStartingIn(bodies, start, start + piece.length());
                String t = (lead == null ? piece : cx.text.substring(lead.end(), start + piece.length())).strip();
                if (t.length() >= 2)
                    post(cx, e, group, t);
            }
            if (body != null) {
                cx.link(e.person().entity(), Relation.MEMBER_OF, body.entity(), e.person().start(), e.affiliationEnd());
                if (group != null && e.role().equals("成员"))
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

    private static void post(ExtractionContext cx, ExtractionContext.RosterEntry e, Mention group, String title) {
        int start = e.person().start(), end = e.affiliationEnd();
        cx.attributes.add(new Attribute(e.person().entity(), Attribute.Kind.POST_TITLE, title, start, end));
        if (group == null || e.role().equals("成员"))
            return;
        boolean deputy = e.role().contains("副");
        cx.posts.add(new PostFact(group.entity(), deputy ? PostFact.Kind.DEPUTY_LEADER : PostFact.Kind.LEADER, e.role(), title, start, end));
        cx.link(group.entity(), deputy ? Relation.DEPUTY_LEADER : Relation.LEADER, e.person().entity(), start, end);
    }
}
