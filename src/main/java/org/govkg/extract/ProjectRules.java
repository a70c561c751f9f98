package org.govkg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links projects to who builds them: the body before a verb of building in the same sentence
 * ({@code 州数据发展中心将统一建立云安全资源池}), partners who build together (共同建设), and a
 * university or institute whose name runs straight into the project's.
 */
final class ProjectRules implements MentionFinder {
    private static final Pattern BUILD = Pattern.compile("(?<together>共同|双方|共)?(?:建设|建立|建成|承建|运营|打造|搭建|建)");
    private static final Pattern BUILT_BY = Pattern.compile("(?<lead>牵头)?(?:建设|承建|运营|开发)的");
    private static final Pattern JOINTLY = Pattern.compile(
        "由(?<owners>[^，,。；;]{2,60}?)共同(?:推进|建设|实施|负责)(?:[，,](?<builders>[^，,。；;]{2,80}?)等?单位参与(?:建设|推进))?");
    private static final Pattern RESPONSIBLE_FOR = Pattern.compile("负责");
    private static final Pattern LED_BY = Pattern.compile("由(?=\\S)");

    @Override
    public void find(ExtractionContext cx) {
        for (Sentence s : cx.sentences) {
            Matcher m = BUILD.matcher(s.text());
            while (m.find())
                builders(cx, s, s.start() + m.start(), s.start() + m.end(), m.group("together") != null);
        }
        adjacentOwners(cx);
        ledBy(cx);
        builtBy(cx);
        responsibleFor(cx);
        jointlyAdvanced(cx);
    }

    /** {@code 市公安局牵头建设的“雪亮工程”}: the body leads (牵头) or builds the project. */
    private static void builtBy(ExtractionContext cx) {
        for (Mention o : java.util.List.copyOf(cx.mentions())) {
            if (o.entity().type() != EntityType.ORGANIZATION)
                continue;
            Matcher m = BUILT_BY.matcher(cx.text).region(o.end(), cx.text.length());
            if (!m.lookingAt())
                continue;
            Mention p = cx.startingAt(EntityType.PROJECT, m.end());
            if (p == null && cx.text.startsWith("“", m.end()))
                p = cx.startingAt(EntityType.PROJECT, m.end() + 1);
            if (p == null)
                continue;
            cx.link(o.entity(), Relation.BUILDS, p.entity(), o.start(), p.end());
            if (m.group("lead") != null)
                cx.link(p.entity(), Relation.LEAD_UNIT, o.entity(), o.start(), p.end());
        }
    }

    /** {@code …，具体负责六安城市大脑的建设和运营}: the body the sentence is about builds the project. */
    private static void responsibleFor(ExtractionContext cx) {
        Matcher m = RESPONSIBLE_FOR.matcher(cx.text);
        while (m.find()) {
            Mention p = cx.startingAt(EntityType.PROJECT, m.end());
            Sentence s = cx.sentenceAt(m.start());
            if (p == null || s == null || !cx.text.startsWith("的", p.end()))
                continue;
            java.util.List<Mention> orgs = cx.within(EntityType.ORGANIZATION, s.start(), m.start());
            if (!orgs.isEmpty())
                cx.link(orgs.get(0).entity(), Relation.BUILDS, p.entity(), orgs.get(0).start(), p.end());
        }
    }

    /** {@code 某先行区由A与B共同推进，C、D等单位参与建设}: A and B share responsibility, C and D build it. */
    private static void jointlyAdvanced(ExtractionContext cx) {
        for (Mention p : java.util.List.copyOf(cx.mentions())) {
            if (p.entity().type() != EntityType.PROJECT || !cx.text.startsWith("由", p.end()))
                continue;
            Matcher j = JOINTLY.matcher(cx.text).region(p.end(), cx.text.length());
            if (!j.lookingAt())
                continue;
            for (Mention o : cx.within(EntityType.ORGANIZATION, j.start("owners"), j.end("owners")))
                cx.link(p.entity(), Relation.RESPONSIBLE_UNIT, o.entity(), p.start(), j.end());
            if (j.group("builders") != null)
                for (Mention o : cx.within(EntityType.ORGANIZATION, j.start("builders"), j.end("builders")))
                    cx.link(o.entity(), Relation.BUILDS, p.entity(), p.start(), j.end());
        }
    }

    /** {@code 某平台由A牵头，会同B、C共同建设}: A leads the project; B and C build it with A. */
    private static void ledBy(ExtractionContext cx) {
        for (Mention p : java.util.List.copyOf(cx.mentions())) {
            if (p.entity().type() != EntityType.PROJECT || !cx.text.startsWith("由", p.end()))
                continue;
            Mention lead = cx.startingAt(EntityType.ORGANIZATION, p.end() + 1);
            if (lead == null || !cx.text.startsWith("牵头", lead.end()))
                continue;
            cx.link(p.entity(), Relation.LEAD_UNIT, lead.entity(), p.start(), lead.end() + 2);
            Sentence s = cx.sentenceAt(lead.end());
            Matcher together = Pattern.compile("会同(?<list>[^。；;]{2,80}?)共同(?:建设|推进|实施)").matcher(s == null ? "" : s.text());
            if (together.find())
                for (Mention o : cx.within(EntityType.ORGANIZATION, s.start() + together.start("list"), s.start() + together.end("list")))
                    cx.link(o.entity(), Relation.BUILDS, p.entity(), p.start(), s.end());
        }
    }

    private static void builders(ExtractionContext cx, Sentence s, int verbStart, int verbEnd, boolean together) {
        Mention project = cx.startingAt(EntityType.PROJECT, verbEnd);
        if (project == null && cx.text.startsWith("“", verbEnd))
            project = cx.startingAt(EntityType.PROJECT, verbEnd + 1);
        if (project == null)
            return;
        List<Mention> orgs = cx.within(EntityType.ORGANIZATION, s.start(), verbStart);
        if (orgs.isEmpty())
            return;
        List<Mention> doers = together ? orgs : List.of(orgs.get(orgs.size() - 1));
        for (Mention o : doers)
            cx.link(o.entity(), Relation.BUILDS, project.entity(), o.start(), project.end());
    }

    /** {@code 某学院面向…研究院}: the body named right before a project builds it. */
    private static void adjacentOwners(ExtractionContext cx) {
        for (Mention p : List.copyOf(cx.mentions())) {
            if (p.entity().type() != EntityType.PROJECT)
                continue;
            for (Mention o : cx.endingAt(EntityType.ORGANIZATION, p.start()))
                cx.link(o.entity(), Relation.BUILDS, p.entity(), o.start(), p.end());
        }
    }
}
