package org.govkg.extract.plan;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govkg.extract.lexicon.Lexicon;
import org.govkg.extract.model.Attribute;
import org.govkg.extract.model.DocumentMetadata;
import org.govkg.extract.model.EntityRef;
import org.govkg.extract.model.Link;
import org.govkg.extract.model.Mention;
import org.govkg.extract.model.Relation;
import org.govkg.extract.model.Sentence;
import org.govkg.extract.phase.Candidates;
import org.govkg.extract.phase.LinkRule;
import org.govkg.extract.phase.MentionFinder;
import org.govkg.extract.phase.MentionSet;
import org.govkg.vocab.EntityType;

/**
 * Finds policy documents: every 《title》, a proposal's title in quotation marks or after its proposer,
 * titles without 《》 right after 印发/发布/出台 ({@code 国务院印发某某产业发展规划}), the plan a notice
 * publishes ({@code 关于印发X的通知}), and the document number and period that follow or sit inside a title.
 */
public final class PlanFinder implements MentionFinder {
    private final Pattern quoted;
    private final Pattern proposalQuoted;
    private final Pattern proposalUnmarked;
    private final Pattern numberAfter;
    private final Pattern published;
    private final Pattern titlePlan;
    private final Pattern period;
    private final Pattern unquoted;
    private final String clauseStart;
    private final String about;
    private final List<String> reportWords;
    private final Pattern noticeLine;

    public PlanFinder(Lexicon lex) {
        quoted = lex.pattern("plan.quoted");
        proposalQuoted = lex.pattern("plan.proposal-quoted");
        proposalUnmarked = lex.pattern("plan.proposal-unmarked");
        numberAfter = lex.pattern("plan.number-after");
        published = lex.pattern("plan.published");
        titlePlan = lex.pattern("plan.title");
        period = lex.pattern("plan.period");
        unquoted = lex.pattern("plan.unquoted");
        clauseStart = lex.regex("plan.unquoted.clause-start");
        about = lex.raw("plan.about");
        reportWords = lex.list("plan.title.report-words");
        noticeLine = lex.pattern("plan.notice-line");
    }

    @Override
    public void find(DocumentMetadata meta, Candidates.Builder found) {
        MentionSet cx = found.mentions();
        Matcher m = quoted.matcher(cx.text());
        while (m.find()) {
            Mention plan = cx.mention(EntityType.PLAN, m.group(1).strip(), m.start(), m.end());
            documentNumber(cx, plan);
            period(cx, plan);
            publishedPlan(cx, plan);
        }
        for (Pattern proposal : List.of(proposalQuoted, proposalUnmarked)) {
            Matcher q = proposal.matcher(cx.text());
            while (q.find())
                if (cx.covering(EntityType.PLAN, q.start(1)).isEmpty())
                    cx.mention(EntityType.PLAN, q.group(1).strip(), q.start(), q.end());
        }
        title(cx, meta);
        Matcher u = unquoted.matcher(cx.text());
        while (u.find())
            // inside 《关于印发…的通知》 the notice's own rule names what it publishes, period and all
            if (u.group("title").length() >= 6 && !u.group("title").startsWith(clauseStart)
                    && cx.covering(EntityType.PLAN, u.start("title")).stream().noneMatch(t -> published.matcher(t.entity().name()).find()))
                cx.mention(EntityType.PLAN, u.group("title"), u.start("title"), u.end("title"));
    }

    /**
     * A title that names a policy document (…的通知, …实施方案) is itself a Plan. When the issuer stands
     * on the line above (某办公室 / 关于印发…的通知), the mention spans both lines.
     */
    private void title(MentionSet cx, DocumentMetadata meta) {
        String title = meta.title();
        if (title == null || !titlePlan.matcher(title).find() || reportWords.stream().anyMatch(title::contains))
            return;
        int at = cx.text().indexOf(title);
        int end = at + title.length();
        if (at < 0) {
            int split = cx.text().indexOf(about, cx.text().indexOf(title.substring(0, Math.min(4, title.length()))));
            at = cx.text().indexOf(title.substring(0, Math.min(4, title.length())));
            end = split < 0 ? -1 : cx.text().indexOf('\n', split);
            if (at < 0 || end < 0)
                return;
        }
        publishedPlan(cx, cx.mention(EntityType.PLAN, title, at, end));
        noticeUnderTitle(cx, title, end);
    }

    /**
     * A page titled with a plan (某某建设指引) often prints the notice that publishes it on a line below
     * (某某办公室关于印发《某某建设指引》的通知): that notice is a document too, and the plan is part of it.
     */
    private void noticeUnderTitle(MentionSet cx, String title, int from) {
        Matcher n = noticeLine.matcher(cx.text()).region(from, Math.min(cx.text().length(), from + NOTICE_WITHIN));
        if (!n.find() || !n.group("plan").strip().equals(title))
            return;
        Mention notice = cx.mention(EntityType.PLAN, n.group("notice"), n.start("notice"), n.end("notice"));
        cx.link(new EntityRef(EntityType.PLAN, title), Relation.PART_OF, notice.entity(), notice.start(), notice.end());
    }

    /** The notice line stands right under the title: within this many characters. */
    private static final int NOTICE_WITHIN = 200;

    private void documentNumber(MentionSet cx, Mention plan) {
        Matcher n = numberAfter.matcher(cx.text()).region(plan.end(), cx.text().length());
        if (n.lookingAt())
            cx.attribute(new Attribute(plan.entity(), Attribute.Kind.DOCUMENT_NUMBER,
                n.group(1).replaceAll("\\s", ""), n.start(1), n.end(1)));
    }

    private void period(MentionSet cx, Mention plan) {
        Matcher p = period.matcher(plan.entity().name());
        if (p.find()) {
            String value = p.group(3) != null ? p.group(3) : p.group(1) + "-" + p.group(2);
            cx.attribute(new Attribute(plan.entity(), Attribute.Kind.PERIOD, value, plan.start(), plan.end()));
        }
    }

    /** {@code 《…关于印发X的通知》}: X is a plan of its own, part of the notice that publishes it. */
    private void publishedPlan(MentionSet cx, Mention notice) {
        Matcher p = published.matcher(notice.entity().name());
        if (!p.find())
            return;
        int start = cx.text().indexOf(p.group(1), notice.start());
        if (start < 0 || start >= notice.end())
            return;
        Mention inner = cx.mention(EntityType.PLAN, p.group(1), start, start + p.group(1).length());
        cx.link(inner.entity(), Relation.PART_OF, notice.entity(), notice.start(), notice.end());
    }
}
