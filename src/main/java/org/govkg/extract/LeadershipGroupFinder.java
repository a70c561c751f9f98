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
    private final Pattern named;
    private final NameTrimmer trimmer;

    LeadershipGroupFinder(Lexicon lex) {
        named = Pattern.compile("[\\p{IsHan}“”\"‘’A-Za-z0-9]{2,30}?(?<suffix>" + lex.alternation("group.suffix") + ")");
        trimmer = new NameTrimmer(lex.raw("stop.chars"), lex.list("group.cut.words"));
    }

    @Override
    public void find(ExtractionContext cx) {
        findNamed(cx);
        findEnumerated(cx);
    }

    private void findNamed(ExtractionContext cx) {
        Matcher m = named.matcher(cx.text);
        while (m.find()) {
            int suffixAt = m.start("suffix") - m.start();
            int start = trimmer.nameStart(m.group(), suffixAt);
            String core = m.group().substring(start, suffixAt);
            if (core.replaceAll("[“”\"‘’]", "").length() >= 2 && !COUNTED.matcher(core).find())
                cx.mention(EntityType.LEADERSHIP_GROUP, m.group().substring(start), m.start() + start, m.end());
        }
    }

    /** Each item of the list is a working group; the parent is the group named before it. */
    private void findEnumerated(ExtractionContext cx) {
        Matcher m = ENUMERATED.matcher(cx.text);
        while (m.find()) {
            Sentence s = cx.sentenceAt(m.start());
            Mention parent = s == null ? null : cx.lastBefore(EntityType.LEADERSHIP_GROUP, s, m.start());
            int at = m.start("list");
            for (String item : m.group("list").split("、")) {
                String name = item.strip();
                int offset = cx.text.indexOf(name, at);
                at = offset + item.length() + 1;
                if (name.length() < 2)
                    continue;
                Mention g = cx.mention(EntityType.LEADERSHIP_GROUP, name + m.group("kind"), offset, offset + name.length());
                if (parent != null)
                    cx.link(parent.entity(), Relation.HAS_WORKING_GROUP, g.entity(), m.start(), m.end());
            }
        }
    }
}
