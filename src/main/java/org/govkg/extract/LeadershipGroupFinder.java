package org.govkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds coordinating bodies by their suffix (领导小组, 工作专班, 指挥部, 联席会议, 工作组) and the
 * working groups a group sets up as an enumeration ({@code 下设A、B、C三个工作组} names three).
 */
final class LeadershipGroupFinder implements MentionFinder {
    private static final Pattern COUNTED = Pattern.compile("[一二三四五六七八九十两\\d]+个");
    private static final Pattern ENUMERATED = Pattern.compile(
        "下设(?<list>[^。；;，,]{2,120}?)(?<n>[一二三四五六七八九十两\\d]+)个(?<kind>工作组|专项工作组|专班|小组)");
    private static final Pattern COUNTED_KIND = Pattern.compile(
        "下设(?:[一二三四五六七八九十两\\d]+)个(?<name>[^，,。；;、]{2,20}?(?:工作专班|专班|工作组))");
    private static final Pattern RESPECTIVELY = Pattern.compile("[，,]?\\s*分别由(?<list>[^。；;，,]{2,120}?)(?:牵头|负责)");
    private final WordFinder named;
    private final NameTrimmer trimmer;

    LeadershipGroupFinder(Lexicon lex) {
        named = new WordFinder(lex.list("group.suffix"), "");
        trimmer = new NameTrimmer(lex.raw("stop.chars"), lex.list("group.cut.words"));
    }

    @Override
    public void find(ExtractionContext cx) {
        findNamed(cx);
        findEnumerated(cx);
        findCounted(cx);
    }

    /** {@code 下设8个“城市大脑”建设工作专班}: one kind of working group, however many there are. */
    private static void findCounted(ExtractionContext cx) {
        Matcher m = COUNTED_KIND.matcher(cx.text);
        while (m.find()) {
            Mention parent = cx.lastGroupBefore(m.start());
            Mention g = cx.mention(EntityType.LEADERSHIP_GROUP, m.group("name"), m.start("name"), m.end("name"));
            if (parent != null)
                cx.link(parent.entity(), Relation.HAS_WORKING_GROUP, g.entity(), m.start(), m.end());
        }
    }

    /**
     * Anchored on the suffix: from each 领导小组 (…) the name reaches back over the characters a name
     * may hold, at most 30, and is then trimmed. A backward scan costs far less than a regex tried
     * at every position.
     */
    private void findNamed(ExtractionContext cx) {
        int[] last = {0};
        named.forEach(cx.text, m -> {
            int from = NameTrimmer.reachBack(cx.text, m.start(), last[0], 30, LeadershipGroupFinder::isNameChar);
            last[0] = m.end();
            if (m.start() - from < 2)
                return;
            String candidate = cx.text.substring(from, m.end());
            int suffixAt = m.start() - from;
            int start = trimmer.nameStart(candidate, suffixAt);
            String core = candidate.substring(start, suffixAt);
            if (core.replaceAll("[“”\"‘’]", "").length() >= 2 && !COUNTED.matcher(core).find() && !core.contains("简称")
                && !core.matches(".*\\d.*"))
                cx.mention(EntityType.LEADERSHIP_GROUP, candidate.substring(start), from + start, m.end());
        });
    }

    private static boolean isNameChar(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c == '“' || c == '”' || c == '"'
            || c == '‘' || c == '’' || (c < 128 && Character.isLetterOrDigit(c));
    }

    /**
     * {@code …三个工作组，分别由A、B、C牵头}: the n-th body leads the n-th group. The bodies are linked
     * once mentions are settled, so only their places are noted here.
     */
    private static void respectiveLeads(ExtractionContext cx, java.util.List<EntityRef> groups, int from) {
        Matcher r = RESPECTIVELY.matcher(cx.text).region(from, cx.text.length());
        if (!r.lookingAt())
            return;
        String[] leads = r.group("list").split("、");
        if (leads.length != groups.size())
            return;
        int at = r.start("list");
        for (int i = 0; i < leads.length; i++) {
            cx.pendingUnits.add(new ExtractionContext.PendingUnit(groups.get(i), Relation.LEAD_UNIT, leads[i].strip(), at));
            at += leads[i].length() + 1;
        }
    }

    /** Each item of the list is a working group; the parent is the group named before it. */
    private void findEnumerated(ExtractionContext cx) {
        Matcher m = ENUMERATED.matcher(cx.text);
        while (m.find()) {
            Sentence s = cx.sentenceAt(m.start());
            Mention parent = s == null ? null : cx.lastBefore(EntityType.LEADERSHIP_GROUP, s, m.start());
            if (parent == null)
                parent = cx.lastGroupBefore(m.start());
            java.util.List<EntityRef> items = new java.util.ArrayList<>();
            int at = m.start("list");
            for (String item : m.group("list").split("、")) {
                String name = item.strip();
                int offset = cx.text.indexOf(name, at);
                at = offset + item.length() + 1;
                if (name.length() < 2)
                    continue;
                Mention g = cx.mention(EntityType.LEADERSHIP_GROUP, name + m.group("kind"), offset, offset + name.length());
                items.add(g.entity());
                if (parent != null)
                    cx.link(parent.entity(), Relation.HAS_WORKING_GROUP, g.entity(), m.start(), m.end());
            }
            respectiveLeads(cx, items, m.end());
        }
    }
}
