package org.govkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links bodies to the bodies they sit in: {@code 在A设立B} makes B a sub-organization of A, and
 * {@code 设置X处、Y处3个业务处室} names divisions of the body set up just before.
 */
final class OrganizationRules implements MentionFinder {
    private static final Pattern IS_PART_OF = Pattern.compile("(?:是|为|由)");
    private static final Pattern BELONGING = Pattern.compile("(?:所属|下属|直属)(?:的)?(?:公益[一二]类)?(?:事业单位|单位|机构)|管理");
    private static final Pattern OWNS = Pattern.compile("(?:所属|下属|直属)的");
    private static final Pattern ITS = Pattern.compile("其(?:所属|下属|直属)的");
    private static final Pattern WITH = Pattern.compile("[与和同](?=\\S)");
    private static final Pattern COOPERATE = Pattern.compile("[^。；;，,]{0,12}?(?:合作|签订|签署|共建|联合)");
    private static final Pattern SET_UP_IN = Pattern.compile("在(?=\\S)");
    private static final Pattern DIVISIONS = Pattern.compile(
        "设置(?<list>[^。；;，,]{2,120}?)(?:[一二三四五六七八九十\\d]+个)?(?:业务)?(?:处室|内设机构|科室)");
    private static final Pattern DIVISION = Pattern.compile("\\p{IsHan}{2,14}?(?:处|科|室)$");

    @Override
    public void find(ExtractionContext cx) {
        setUpIn(cx);
        divisions(cx);
        partners(cx);
        belongsTo(cx);
    }

    /**
     * {@code A是B所属事业单位}, {@code A由B管理}: A is B's sub-organization; {@code B所属的A} and
     * {@code 其所属的A} (其 = the sentence's subject) likewise.
     */
    private static void belongsTo(ExtractionContext cx) {
        for (Mention a : java.util.List.copyOf(cx.mentions())) {
            if (a.entity().type() != EntityType.ORGANIZATION)
                continue;
            Matcher is = IS_PART_OF.matcher(cx.text).region(a.end(), cx.text.length());
            if (is.lookingAt()) {
                Mention b = cx.startingAt(EntityType.ORGANIZATION, is.end());
                if (b != null && BELONGING.matcher(cx.text).region(b.end(), cx.text.length()).lookingAt())
                    cx.link(a.entity(), Relation.SUB_ORGANIZATION_OF, b.entity(), a.start(), b.end());
            }
            Matcher owned = OWNS.matcher(cx.text).region(a.end(), cx.text.length());
            if (owned.lookingAt()) {
                Mention child = cx.startingAt(EntityType.ORGANIZATION, owned.end());
                if (child != null)
                    cx.link(child.entity(), Relation.SUB_ORGANIZATION_OF, a.entity(), a.start(), child.end());
            }
        }
        Matcher its = ITS.matcher(cx.text);
        while (its.find()) {
            Sentence s = cx.sentenceAt(its.start());
            Mention child = cx.startingAt(EntityType.ORGANIZATION, its.end());
            java.util.List<Mention> subjects = s == null ? java.util.List.of() : cx.within(EntityType.ORGANIZATION, s.start(), its.start());
            if (child != null && !subjects.isEmpty())
                cx.link(child.entity(), Relation.SUB_ORGANIZATION_OF, subjects.get(0).entity(), subjects.get(0).start(), child.end());
        }
    }

    /** {@code A与B开展合作}, {@code A与B签署…}: the two bodies are partners. */
    private static void partners(ExtractionContext cx) {
        Matcher m = WITH.matcher(cx.text);
        while (m.find()) {
            Sentence s = cx.sentenceAt(m.start());
            Mention b = cx.startingAt(EntityType.ORGANIZATION, m.end());
            if (s == null || b == null)
                continue;
            Mention a = cx.lastBefore(EntityType.ORGANIZATION, s, m.start());
            if (a != null && a.end() != m.start() && !"，,".contains(cx.text.substring(m.start() - 1, m.start())))
                a = null;
            if (a == null) // 某中心启动…，与州公安局联合开展…: the sentence's subject is the partner
                a = cx.firstAfter(EntityType.ORGANIZATION, s, s.start());
            if (a != null && a.end() <= m.start() && COOPERATE.matcher(cx.text).region(b.end(), Math.min(cx.text.length(), b.end() + 16)).lookingAt())
                cx.link(a.entity(), Relation.PARTNER, b.entity(), a.start(), b.end());
        }
    }

    private static void setUpIn(ExtractionContext cx) {
        Matcher m = SET_UP_IN.matcher(cx.text);
        while (m.find()) {
            Mention parent = cx.startingAt(EntityType.ORGANIZATION, m.end());
            if (parent == null || !cx.text.startsWith("设立", parent.end()))
                continue;
            Mention child = cx.startingAt(EntityType.ORGANIZATION, parent.end() + 2);
            if (child != null)
                cx.link(child.entity(), Relation.SUB_ORGANIZATION_OF, parent.entity(), m.start(), child.end());
        }
    }

    private static void divisions(ExtractionContext cx) {
        Matcher m = DIVISIONS.matcher(cx.text);
        while (m.find()) {
            Sentence s = cx.sentenceAt(m.start());
            Mention parent = s == null ? null : cx.lastBefore(EntityType.ORGANIZATION, s, m.start());
            int at = m.start("list");
            for (String item : m.group("list").split("、")) {
                String name = item.replaceAll("[一二三四五六七八九十\\d]+个.*$", "").strip();
                int offset = cx.text.indexOf(name, at);
                at += item.length() + 1;
                if (!DIVISION.matcher(name).find() || offset < 0)
                    continue;
                Mention div = cx.mention(EntityType.ORGANIZATION, name, offset, offset + name.length());
                if (parent != null)
                    cx.link(div.entity(), Relation.SUB_ORGANIZATION_OF, parent.entity(), m.start(), m.end());
            }
        }
    }
}
