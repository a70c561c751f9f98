package org.govkg.extract.group;

import java.util.List;
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
 * Links a leadership group to its posts ({@code 由州委书记、州长任双组长}), the office and where it
 * sits ({@code 办公室设在州发展改革委}), the office director ({@code 办公室主任由…兼任}) and its
 * member count ({@code 57家单位为成员}).
 */
public final class GroupRules implements LinkRule {
    private final Pattern post;
    private final Pattern names;
    private final Pattern officeDirector;
    private final Pattern officeIn;
    private final Pattern members;
    private final Pattern memberList;
    private final Pattern titleSeparator;
    private final String postKey, directorKey, officeKey, membersKey, directorRole, deputyMark;
    private final List<String> by;
    private final java.util.List<String> vagueStart;
    private final String vagueContains;
    private final java.util.List<String> governing;

    public GroupRules(Lexicon lex) {
        post = lex.pattern("group.post");
        names = lex.pattern("list.names-separator");
        officeDirector = lex.pattern("group.office-director");
        officeIn = lex.pattern("group.office-in");
        members = lex.pattern("group.member-count");
        memberList = lex.pattern("group.member-list");
        titleSeparator = lex.pattern("group.post.title-separator");
        postKey = lex.raw("group.post.key");
        directorKey = lex.raw("group.office-director.key");
        officeKey = lex.raw("group.office.key");
        membersKey = lex.raw("group.members.key");
        by = lex.list("group.post.by");
        directorRole = lex.raw("group.office-director.role");
        deputyMark = lex.raw("group.deputy.mark");
        vagueStart = lex.list("group.post.vague.start");
        vagueContains = lex.raw("group.post.vague.contains");
        governing = lex.list("body.governing.suffix.party");
    }

    @Override
    public void link(DocumentMetadata meta, MentionSet cx) {
        if (cx.within(EntityType.LEADERSHIP_GROUP, 0, cx.text().length()).isEmpty())
            return;
        for (Sentence s : cx.sentences()) {
            // each pattern is tried only where its key word stands: they are costly on long sentences
            if (s.text().contains(postKey))
                posts(cx, s);
            if (s.text().contains(directorKey))
                officeDirector(cx, s);
            if (s.text().contains(officeKey))
                officeIn(cx, s);
            if (s.text().contains(membersKey)) {
                members(cx, s);
                memberList(cx, s);
            }
        }
    }

    private void posts(MentionSet cx, Sentence s) {
        Matcher m = post.matcher(s.text());
        while (m.find()) {
            Mention group = groupFor(cx, s, s.start() + m.start());
            PostFact.Kind kind = m.group("role").contains(deputyMark) ? PostFact.Kind.DEPUTY_LEADER : PostFact.Kind.LEADER;
            if (!namedLeaders(cx, group, kind, m.group("role"), s.start() + m.start("titles"), s.start() + m.end("titles")))
                addTitles(cx, group, kind, m.group("role"), m.group("titles"), s.start() + m.start(), s.start() + m.end());
        }
    }

    /**
     * 副市长某某任组长, 某局局长某某、某某任副组长, 某市政府副秘书长某某，某委主任某某任副组长: people
     * named before 任 lead the group, and the words before each name in its item are the post it
     * holds there. A clause before a comma that is only a title and a name is one more item. True
     * if anyone was named.
     */
    private boolean namedLeaders(MentionSet cx, Mention group, PostFact.Kind kind, String role, int from, int to) {
        if (group == null)
            return false;
        int first = from;
        if (from >= 2 && names.matcher(cx.text().substring(from - 1, from)).matches()) {
            List<Mention> before = cx.endingAt(EntityType.PERSON, from - 1);
            Sentence s = cx.sentenceAt(from);
            if (!before.isEmpty() && s != null)
                first = clauseStart(cx.text(), Math.max(s.start(), before.get(0).start() - MAX_POST), before.get(0).start());
        }
        boolean any = false;
        int itemStart = first;
        for (Mention p : cx.within(EntityType.PERSON, first, to)) {
            int after = p.end();
            while (after < to && Character.isWhitespace(cx.text().charAt(after)))
                after++;
            if (after < to && !names.matcher(cx.text().substring(after, after + 1)).matches())
                continue; // a name inside a title run, not the person who holds it
            cx.link(group.entity(), kind == PostFact.Kind.DEPUTY_LEADER ? Relation.DEPUTY_LEADER : Relation.LEADER, p.entity(), p.start(), to);
            String title = cx.text().substring(itemStart, p.start()).strip();
            if (title.length() >= 2 && title.length() <= MAX_POST)
                cx.post(new PostFact(group.entity(), kind, role, title, p.start() - title.length(), to));
            itemStart = after + 1;
            any = true;
        }
        return any;
    }

    /** Where the clause that ends at {@code end} starts: after the last punctuation from {@code floor} on. */
    private int clauseStart(String text, int floor, int end) {
        int at = end;
        while (at > floor && Character.isLetterOrDigit(text.charAt(at - 1)))
            at--;
        return at;
    }

    /** The longest post title written before a name (某某市人民政府副秘书长). */
    private static final int MAX_POST = 16;

    private void officeDirector(MentionSet cx, Sentence s) {
        Matcher m = officeDirector.matcher(s.text());
        while (m.find()) {
            Mention group = groupFor(cx, s, s.start() + m.start());
            String role = m.group("role") != null ? directorRole : m.group("role2");
            String titles = m.group("titles") != null ? m.group("titles") : m.group("titles2");
            addTitles(cx, group, PostFact.Kind.OFFICE, role, titles, s.start() + m.start(), s.start() + m.end());
        }
    }

    /** {@code 由州委书记、州长任双组长}: each title before 任 fills the post; vague ones (相关州领导) are skipped. */
    private void addTitles(MentionSet cx, Mention group, PostFact.Kind kind, String role, String titles,
                                  int start, int end) {
        if (group == null)
            return;
        int from = 0;
        for (String w : by) {
            int at = titles.lastIndexOf(w);
            if (at >= 0) from = Math.max(from, at + w.length());
        }
        String clause = titles.substring(from);
        String[] items = titleSeparator.split(clause);
        String last = items[items.length - 1].strip();
        for (String t : items) {
            String item = t.strip();
            // 区委、区政府主要领导任组长: the shared 主要领导 is each body's
            String title = last.endsWith(vagueContains) && governing.stream().anyMatch(item::endsWith) ? item + vagueContains : item;
            boolean vague = title.contains(vagueContains) && !isBodysLeadership(title);
            if (title.length() >= 2 && title.length() <= 12 && vagueStart.stream().noneMatch(title::startsWith) && !vague)
                cx.post(new PostFact(group.entity(), kind, role, title, start, end));
        }
    }

    /** 区委主要领导, 市政府主要领导: the leadership of a named governing body is a post; 主要领导 alone is not. */
    private boolean isBodysLeadership(String title) {
        if (!title.endsWith(vagueContains))
            return false;
        String body = title.substring(0, title.length() - vagueContains.length());
        return body.length() >= 2 && governing.stream().anyMatch(body::endsWith);
    }

    private void officeIn(MentionSet cx, Sentence s) {
        Matcher m = officeIn.matcher(s.text());
        while (m.find()) {
            int at = s.start() + m.end();
            Mention host = cx.startingAt(EntityType.ORGANIZATION, at);
            Mention group = groupFor(cx, s, s.start() + m.start());
            if (host != null && group != null)
                cx.link(group.entity(), Relation.OFFICE_IN, host.entity(), s.start() + m.start(), host.end());
        }
    }

    /** 成员包括A、B…: the bodies named in the rest of the sentence (with their people or not) are member units. */
    private void memberList(MentionSet cx, Sentence s) {
        Matcher m = memberList.matcher(s.text());
        if (!m.find())
            return;
        Mention group = groupFor(cx, s, s.start() + m.start());
        if (group == null)
            return;
        for (Mention body : cx.within(EntityType.ORGANIZATION, s.start() + m.end(), s.end()))
            cx.link(group.entity(), Relation.MEMBER_UNIT, body.entity(), s.start() + m.start(), body.end());
    }

    private void members(MentionSet cx, Sentence s) {
        Matcher m = members.matcher(s.text());
        while (m.find()) {
            Mention group = groupFor(cx, s, s.start() + m.start());
            String n = m.group("n") != null ? m.group("n") : m.group("n2");
            if (group != null)
                cx.memberCount(new MemberCount(group.entity(), Integer.parseInt(n), s.start() + m.start(), s.start() + m.end()));
        }
    }

    /**
     * The group a clause speaks of. Set-up sentences name the group after its posts
     * ({@code 成立了由…任组长…的某领导小组}), so the first group after the clause wins, except one that
     * is itself a working group listed later; otherwise the group named before it.
     */
    private static Mention groupFor(MentionSet cx, Sentence s, int offset) {
        Mention after = cx.firstAfter(EntityType.LEADERSHIP_GROUP, s, offset);
        Mention before = cx.lastBefore(EntityType.LEADERSHIP_GROUP, s, offset);
        if (before != null && (after == null || isWorkingGroupOf(cx, before, after)))
            return before;
        return after != null ? after : cx.lastGroupBefore(offset);
    }

    private static boolean isWorkingGroupOf(MentionSet cx, Mention parent, Mention child) {
        for (Link l : cx.links())
            if (l.relation() == Relation.HAS_WORKING_GROUP && l.subject().equals(parent.entity()) && l.object().equals(child.entity()))
                return true;
        return false;
    }
}
