package org.govkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links a leadership group to its posts ({@code 由州委书记、州长任双组长}), the office and where it
 * sits ({@code 办公室设在州发展改革委}), the office director ({@code 办公室主任由…兼任}) and its
 * member count ({@code 57家单位为成员}).
 */
final class GroupRules implements MentionFinder {
    // Matches start only where a clause starts: from anywhere else the lazy titles would be re-scanned.
    private static final Pattern POST = Pattern.compile(
        "(?:^|(?<=[,，;；。:：()（）、]))(?<titles>[^,，;；。:：()（）]+?)(?:任|为|担任)(?<role>第一组长|双组长|组长|第一副组长|常务副组长|副组长)");
    private static final Pattern OFFICE_DIRECTOR = Pattern.compile(
        "办公室(?<role>主任)由(?<titles>[^,，;；。]+?)兼任|(?:^|(?<=[,，;；。]))(?<titles2>[^,，;；。]+?)(?:任|为)(?<role2>常务副主任|办公室主任)");
    private static final Pattern OFFICE_IN = Pattern.compile("办公室(?:设在|设于|在)");
    private static final Pattern MEMBERS = Pattern.compile(
        "(?<n>\\d+)\\s*(?:家|个)(?:单位|部门)(?:为|作为)成员|成员单位(?:共|有|为)?(?<n2>\\d+)\\s*(?:家|个)");

    @Override
    public void find(ExtractionContext cx) {
        if (cx.within(EntityType.LEADERSHIP_GROUP, 0, cx.text.length()).isEmpty())
            return;
        for (Sentence s : cx.sentences) {
            // each pattern is tried only where its key word stands: they are costly on long sentences
            if (s.text().contains("组长"))
                posts(cx, s);
            if (s.text().contains("主任"))
                officeDirector(cx, s);
            if (s.text().contains("办公室"))
                officeIn(cx, s);
            if (s.text().contains("成员"))
                members(cx, s);
        }
    }

    private static void posts(ExtractionContext cx, Sentence s) {
        Matcher m = POST.matcher(s.text());
        while (m.find()) {
            Mention group = groupFor(cx, s, s.start() + m.start());
            PostFact.Kind kind = m.group("role").contains("副") ? PostFact.Kind.DEPUTY_LEADER : PostFact.Kind.LEADER;
            addTitles(cx, group, kind, m.group("role"), m.group("titles"), s.start() + m.start(), s.start() + m.end());
        }
    }

    private static void officeDirector(ExtractionContext cx, Sentence s) {
        Matcher m = OFFICE_DIRECTOR.matcher(s.text());
        while (m.find()) {
            Mention group = groupFor(cx, s, s.start() + m.start());
            String role = m.group("role") != null ? "办公室主任" : m.group("role2");
            String titles = m.group("titles") != null ? m.group("titles") : m.group("titles2");
            addTitles(cx, group, PostFact.Kind.OFFICE, role, titles, s.start() + m.start(), s.start() + m.end());
        }
    }

    /** {@code 由州委书记、州长任双组长}: each title before 任 fills the post; vague ones (相关州领导) are skipped. */
    private static void addTitles(ExtractionContext cx, Mention group, PostFact.Kind kind, String role, String titles,
                                  int start, int end) {
        if (group == null)
            return;
        String clause = titles.substring(titles.lastIndexOf('由') + 1);
        for (String t : clause.split("[、和及]")) {
            String title = t.strip();
            if (title.length() >= 2 && title.length() <= 12 && !title.startsWith("相关") && !title.startsWith("有关")
                && !title.contains("主要领导"))
                cx.posts.add(new PostFact(group.entity(), kind, role, title, start, end));
        }
    }

    private static void officeIn(ExtractionContext cx, Sentence s) {
        Matcher m = OFFICE_IN.matcher(s.text());
        while (m.find()) {
            int at = s.start() + m.end();
            Mention host = cx.startingAt(EntityType.ORGANIZATION, at);
            Mention group = groupFor(cx, s, s.start() + m.start());
            if (host != null && group != null)
                cx.link(group.entity(), Relation.OFFICE_IN, host.entity(), s.start() + m.start(), host.end());
        }
    }

    private static void members(ExtractionContext cx, Sentence s) {
        Matcher m = MEMBERS.matcher(s.text());
        while (m.find()) {
            Mention group = groupFor(cx, s, s.start() + m.start());
            String n = m.group("n") != null ? m.group("n") : m.group("n2");
            if (group != null)
                cx.memberCounts.add(new MemberCount(group.entity(), Integer.parseInt(n), s.start() + m.start(), s.start() + m.end()));
        }
    }

    /**
     * The group a clause speaks of. Set-up sentences name the group after its posts
     * ({@code 成立了由…任组长…的某领导小组}), so the first group after the clause wins, except one that
     * is itself a working group listed later; otherwise the group named before it.
     */
    private static Mention groupFor(ExtractionContext cx, Sentence s, int offset) {
        Mention after = cx.firstAfter(EntityType.LEADERSHIP_GROUP, s, offset);
        Mention before = cx.lastBefore(EntityType.LEADERSHIP_GROUP, s, offset);
        if (before != null && (after == null || isWorkingGroupOf(cx, before, after)))
            return before;
        return after != null ? after : cx.lastGroupBefore(offset);
    }

    private static boolean isWorkingGroupOf(ExtractionContext cx, Mention parent, Mention child) {
        for (Link l : cx.links)
            if (l.relation() == Relation.HAS_WORKING_GROUP && l.subject().equals(parent.entity()) && l.object().equals(child.entity()))
                return true;
        return false;
    }
}
