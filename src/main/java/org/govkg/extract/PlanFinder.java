package org.govkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds policy documents: every 《title》, titles without 《》 right after 印发/发布/出台
 * ({@code 国务院印发新一代人工智能发展规划}), the plan a notice publishes ({@code 关于印发X的通知}),
 * and the document number and period that follow or sit inside a title.
 */
final class PlanFinder implements MentionFinder {
    private static final Pattern QUOTED = Pattern.compile("《([^《》\\n]{2,120})》");
    private static final Pattern NUMBER_AFTER = Pattern.compile(
        "\\s*[（(]([^()（）\\n]{0,20}〔\\s*\\d{4}\\s*〕\\s*\\d*\\s*号)[）)]");
    private static final Pattern PUBLISHED = Pattern.compile("关于印发《?(.{2,80}?)》?的通知$");
    private static final Pattern TITLE_PLAN = Pattern.compile("(?:通知|实施方案|方案|规划|意见|办法|工作要点|计划|纲要|决定|细则|条例)(?:\\s*[（(][^（()）]{2,16}[）)])?$");
    private static final Pattern PERIOD = Pattern.compile("[（(]\\s*(\\d{4})\\s*[-—–~～至]\\s*(\\d{4})\\s*年?\\s*[）)]|(十[一二三四五六七八九]五)");
    private final Pattern unquoted;

    PlanFinder(Lexicon lex) {
        unquoted = Pattern.compile("(?:印发|发布|出台)了?(?<title>[\\p{IsHan}A-Za-z0-9（）()\\-]{2,40}?"
            + lex.alternation("plan.suffix") + ")");
    }

    @Override
    public void find(ExtractionContext cx) {
        Matcher m = QUOTED.matcher(cx.text);
        while (m.find()) {
            Mention plan = cx.mention(EntityType.PLAN, m.group(1).strip(), m.start(), m.end());
            documentNumber(cx, plan);
            period(cx, plan);
            publishedPlan(cx, plan);
        }
        title(cx);
        Matcher u = unquoted.matcher(cx.text);
        while (u.find())
            if (u.group("title").length() >= 6 && !u.group("title").startsWith("实施"))
                cx.mention(EntityType.PLAN, u.group("title"), u.start("title"), u.end("title"));
    }

    /**
     * A title that names a policy document (…的通知, …实施方案) is itself a Plan. When the issuer stands
     * on the line above (某办公室 / 关于印发…的通知), the mention spans both lines.
     */
    private void title(ExtractionContext cx) {
        String title = cx.metadata.title();
        if (title == null || !TITLE_PLAN.matcher(title).find())
            return;
        int at = cx.text.indexOf(title);
        int end = at + title.length();
        if (at < 0) {
            int split = cx.text.indexOf("关于", cx.text.indexOf(title.substring(0, Math.min(4, title.length()))));
            at = cx.text.indexOf(title.substring(0, Math.min(4, title.length())));
            end = split < 0 ? -1 : cx.text.indexOf('\n', split);
            if (at < 0 || end < 0)
                return;
        }
        publishedPlan(cx, cx.mention(EntityType.PLAN, title, at, end));
    }

    private static void documentNumber(ExtractionContext cx, Mention plan) {
        Matcher n = NUMBER_AFTER.matcher(cx.text).region(plan.end(), cx.text.length());
        if (n.lookingAt())
            cx.attributes.add(new Attribute(plan.entity(), Attribute.Kind.DOCUMENT_NUMBER,
                n.group(1).replaceAll("\\s", ""), n.start(1), n.end(1)));
    }

    private static void period(ExtractionContext cx, Mention plan) {
        Matcher p = PERIOD.matcher(plan.entity().name());
        if (p.find()) {
            String value = p.group(3) != null ? p.group(3) : p.group(1) + "-" + p.group(2);
            cx.attributes.add(new Attribute(plan.entity(), Attribute.Kind.PERIOD, value, plan.start(), plan.end()));
        }
    }

    /** {@code 《…关于印发X的通知》}: X is a plan of its own, part of the notice that publishes it. */
    private static void publishedPlan(ExtractionContext cx, Mention notice) {
        Matcher p = PUBLISHED.matcher(notice.entity().name());
        if (!p.find())
            return;
        int start = cx.text.indexOf(p.group(1), notice.start());
        if (start < 0 || start >= notice.end())
            return;
        Mention inner = cx.mention(EntityType.PLAN, p.group(1), start, start + p.group(1).length());
        cx.link(inner.entity(), Relation.PART_OF, notice.entity(), notice.start(), notice.end());
    }
}
