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
import org.govkg.extract.resolve.DeicticFinder;
import org.govkg.vocab.EntityType;

/**
 * Links plans to the bodies and groups around them: issuers named in the title
 * ({@code 某某办公室关于…的通知}) or before 印发; forwarding (转发), drafting (牵头起草, 组织…编制),
 * signing (A与B签订《协议》), the group a notice sets up (成立) or changes (调整), the people who
 * put forward a proposal, and the projects listed in a plan's quoted passages.
 */
public final class PlanRules implements LinkRule {
    private final Pattern issuerTitle;
    private final Pattern verbBefore;
    private final Pattern draftedBy;
    private final Pattern date;
    private final Pattern planSays;
    private final Pattern joint;
    private final Pattern setUpGroup;
    private final char titleOpen;
    private final String about, establishes;
    private final List<String> adjusts;
    private final java.util.Set<String> forwardVerbs, signVerbs, issueVerbs;
    private final Pattern publishingFormula;
    private final java.util.List<String> proposalSuffixes;
    private final String addresseeColons;
    private final Pattern subjectless;
    private final String clauseMarks;
    private final Pattern genericAgreement;
    private final String partiesJoint, listSeparator;
    private final List<String> narratedTitleWords;

    public PlanRules(Lexicon lex) {
        issuerTitle = lex.pattern("plan.issuer-title");
        publishingFormula = lex.pattern("plan.publishing-formula");
        verbBefore = lex.pattern("plan.verb-before");
        draftedBy = lex.pattern("plan.drafted-by");
        date = lex.pattern("plan.date");
        planSays = lex.pattern("plan.says");
        joint = lex.pattern("plan.joint");
        setUpGroup = lex.pattern("plan.set-up-group");
        titleOpen = lex.raw("plan.title.open").charAt(0);
        about = lex.raw("plan.about");
        establishes = lex.raw("plan.title.establishes");
        adjusts = lex.list("plan.title.adjusts");
        forwardVerbs = lex.set("plan.verb.forward");
        signVerbs = lex.set("plan.verb.sign");
        issueVerbs = lex.set("plan.verb.issue");
        proposalSuffixes = lex.list("plan.proposal.suffix");
        addresseeColons = lex.raw("plan.proposal.addressee.chars");
        subjectless = lex.pattern("plan.subjectless");
        clauseMarks = lex.raw("text.clause-marks.chars");
        genericAgreement = lex.pattern("plan.agreement.generic");
        partiesJoint = lex.raw("plan.agreement.parties-joint");
        listSeparator = lex.raw("list.separator");
        narratedTitleWords = lex.list("plan.narrated.title-words");
    }

    @Override
    public void link(DocumentMetadata meta, MentionSet cx) {
        for (Mention plan : List.copyOf(cx.mentions())) {
            if (plan.entity().type() != EntityType.PLAN)
                continue;
            titleIssuers(cx, plan);
            titleGroups(cx, plan);
            verbBefore(cx, meta, plan);
            proposal(cx, meta, plan);
        }
        publishingFormula(meta, cx);
        for (Sentence s : cx.sentences())
            quotedProjects(cx, s);
        draftedBy(cx);
        publisherIssuesTitle(cx, meta);
        issuerOnFullTitleLine(cx, meta);
        namedAfterProjects(cx);
        groupsSetUp(cx, meta);
    }

    private void titleIssuers(MentionSet cx, Mention plan) {
        Matcher m = issuerTitle.matcher(plan.entity().name());
        if (!m.find())
            return;
        int innerStart = cx.text().charAt(plan.start()) == titleOpen ? plan.start() + 1 : plan.start();
        int issuersEnd = innerStart + m.end(1) + (cx.text().substring(innerStart, Math.min(plan.end(), innerStart + m.end(1) + 1)).contains("\n") ? 1 : 0);
        for (Mention org : cx.within(EntityType.ORGANIZATION, plan.start(), issuersEnd)) {
            cx.link(org.entity(), Relation.ISSUED, plan.entity(), plan.start(), plan.end());
            for (Link l : List.copyOf(cx.links()))
                if (l.relation() == Relation.PART_OF && l.object().equals(plan.entity()))
                    cx.link(org.entity(), Relation.ISSUED, l.subject(), plan.start(), plan.end());
        }
    }

    private void titleGroups(MentionSet cx, Mention plan) {
        String name = plan.entity().name();
        Relation r = name.contains(establishes) ? Relation.ESTABLISHED : adjusts.stream().anyMatch(name::contains) ? Relation.CONCERNS : null;
        if (r == null)
            return;
        for (Mention g : cx.within(EntityType.LEADERSHIP_GROUP, plan.start(), plan.end()))
            cx.link(plan.entity(), r, g.entity(), plan.start(), plan.end());
    }

    /**
     * 现将《甲》《乙》印发给你们: the notice that says so publishes each of them (they are part of it, as of
     * the notice its title names) and the notice's issuer, or else its publisher, issued them (转发:
     * forwarded them).
     */
    private void publishingFormula(DocumentMetadata meta, MentionSet cx) {
        EntityRef notice = meta.title() == null ? null : new EntityRef(EntityType.PLAN, meta.title());
        boolean noticeNamed = notice != null && cx.mentions().stream().anyMatch(m -> m.entity().equals(notice));
        // the notice's own issuer (某市人民政府关于印发…的通知, published by its office), else its publisher
        EntityRef issuer = cx.links().stream().filter(l -> l.relation() == Relation.ISSUED && l.object().equals(notice))
            .map(Link::subject).findFirst().orElse(null);
        if (issuer == null && cx.publisher(meta.publisher()) != null)
            issuer = cx.publisher(meta.publisher()).entity();
        Matcher f = publishingFormula.matcher(cx.text());
        while (f.find()) {
            String group = f.group("before") != null ? "before" : "after";
            boolean forwarded = forwardVerbs.contains(f.group("before") != null ? f.group("verb") : f.group("verb2"));
            for (Mention plan : cx.within(EntityType.PLAN, f.start(group), f.end(group))) {
                if (plan.entity().equals(notice))
                    continue;
                if (issuer != null)
                    cx.link(issuer, forwarded ? Relation.FORWARDED : Relation.ISSUED, plan.entity(), f.start(), f.end());
                if (noticeNamed)
                    cx.link(plan.entity(), Relation.PART_OF, notice, f.start(), f.end());
            }
        }
    }

    /** The verb just before the title tells who did what with it; the doers are named earlier in the sentence. */
    private void verbBefore(MentionSet cx, DocumentMetadata meta, Mention plan) {
        Sentence s = cx.sentenceAt(plan.start());
        if (s == null)
            return;
        Mention head = chainHead(cx, plan, s);
        Matcher v = verbBefore.matcher(cx.text().substring(Math.max(s.start(), head.start() - 7), head.start()));
        if (!v.find()) {
            adjacentIssuer(cx, plan);
            return;
        }
        String verb = v.group("verb");
        int verbAt = head.start() - v.group().length();
        List<Mention> doers = cx.within(EntityType.ORGANIZATION, s.start(), verbAt);
        if (doers.isEmpty()) // 我区出台了《某办法》: the document's own region, written 我区 or 本市, is the doer
            doers = cx.within(EntityType.REGION, s.start(), verbAt).stream().filter(PlanRules::selfReference).toList();
        if (doers.isEmpty() && !signVerbs.contains(verb)
                && subjectless.matcher(cx.text().substring(s.start(), verbAt)).matches()) {
            Mention doer = impliedDoer(cx, meta, s);
            Relation r = issueVerbs.contains(verb) ? Relation.ISSUED : forwardVerbs.contains(verb) ? Relation.FORWARDED : Relation.DRAFTED;
            if (doer != null)
                cx.link(doer.entity(), r, plan.entity(), s.start(), plan.end());
            return;
        }
        if (doers.isEmpty())
            return;
        Mention nearest = doers.get(doers.size() - 1);
        if (forwardVerbs.contains(verb))
            doers.forEach(o -> cx.link(o.entity(), Relation.FORWARDED, plan.entity(), s.start(), plan.end()));
        else if (signVerbs.contains(verb))
            signed(cx, inClause(cx, doers, s, verbAt), plan, s);
        else if (issueVerbs.contains(verb))
            coordinated(cx, doers).forEach(o -> cx.link(o.entity(), Relation.ISSUED, plan.entity(), o.start(), plan.end()));
        else
            cx.link(nearest.entity(), Relation.DRAFTED, plan.entity(), nearest.start(), plan.end());
    }

    /**
     * Who did what a sentence without a doer says was done to a title (先后印发《甲》《乙》, 组织编制《丙》): the body the
     * sentence before in the same paragraph opens with (某某局加挂…牌子。陆续印发…), else, in a paper
     * whose author tells its own work (a work summary, a reply), the author.
     */
    private Mention impliedDoer(MentionSet cx, DocumentMetadata meta, Sentence s) {
        Sentence before = s.index() > 0 ? cx.sentences().get(s.index() - 1) : null;
        if (before != null && cx.text().substring(before.start(), s.start()).indexOf('\n') < 0) {
            int at = before.start();
            while (at < before.end() && Character.isWhitespace(cx.text().charAt(at)))
                at++;
            Mention subject = cx.startingAt(EntityType.ORGANIZATION, at);
            if (subject != null)
                return subject;
        }
        return narratedByAuthor(meta) ? cx.publisher(meta.publisher()) : null;
    }

    /** Whether the document is a paper in which its author tells its own work (a work summary, a reply). */
    private boolean narratedByAuthor(DocumentMetadata meta) {
        String title = meta.title();
        return title != null && narratedTitleWords.stream().anyMatch(title::contains);
    }

    /** The first title of a run that shares one verb (印发了《甲》《乙》、《丙》): this one, or a title just before it. */
    private Mention chainHead(MentionSet cx, Mention plan, Sentence s) {
        Mention head = plan;
        for (int k = 0; k < MAX_CHAIN; k++) {
            Mention prev = null;
            for (int gap = 0; gap <= 1 && prev == null; gap++) {
                int end = head.start() - gap;
                if (end <= s.start() || (gap == 1 && !joint.matcher(cx.text().substring(end, head.start())).matches()))
                    continue;
                for (Mention m : cx.endingAt(EntityType.PLAN, end))
                    if (m.start() >= s.start() && (prev == null || m.length() > prev.length()))
                        prev = m;
            }
            if (prev == null)
                return head;
            head = prev;
        }
        return head;
    }

    private static boolean selfReference(Mention m) {
        return m.resolution() != null && m.resolution().startsWith(DeicticFinder.RULE);
    }

    /** Titles in one run after a verb, at most. */
    private static final int MAX_CHAIN = 12;

    /** The last doer and those joined to it by 、 和 与 (中共某市委、某市人民政府印发): joint issuers. */
    private List<Mention> coordinated(MentionSet cx, List<Mention> doers) {
        java.util.LinkedList<Mention> out = new java.util.LinkedList<>();
        out.add(doers.get(doers.size() - 1));
        for (int i = doers.size() - 2; i >= 0; i--) {
            String between = cx.text().substring(doers.get(i).end(), out.getFirst().start());
            if (!joint.matcher(between).matches())
                break;
            out.addFirst(doers.get(i));
        }
        return out;
    }

    /**
     * {@code 文件由A会同B、C起草} or {@code 作为起草牵头部门，A…}: A drafted the plan the passage is
     * about, the last one named before it.
     */
    private void draftedBy(MentionSet cx) {
        Matcher m = draftedBy.matcher(cx.text());
        while (m.find()) {
            int at = m.group("by") != null ? m.start("by") : m.end();
            Mention body = cx.startingAt(EntityType.ORGANIZATION, at);
            Mention plan = lastPlanBefore(cx, m.start());
            if (body != null && plan != null)
                cx.link(body.entity(), Relation.DRAFTED, plan.entity(), m.start(), Math.max(m.end(), body.end()));
        }
    }

    /** A document whose title is a plan (某某实施方案) and names no issuer was issued by its publisher. */
    private void publisherIssuesTitle(MentionSet cx, DocumentMetadata meta) {
        String title = meta.title(), publisher = meta.publisher();
        if (title == null || publisher == null || title.contains(about))
            return;
        Mention plan = null, body = null;
        for (Mention m : cx.mentions()) {
            if (m.entity().type() == EntityType.PLAN && m.entity().name().equals(title))
                plan = m;
            if (m.entity().type() == EntityType.ORGANIZATION && m.surface().equals(publisher) && body == null)
                body = m;
        }
        if (plan != null && body != null)
            cx.link(body.entity(), Relation.ISSUED, plan.entity(), body.start(), body.end());
    }

    /**
     * A page often prints its title twice: once as the page title without the issuer (关于成立…的通知),
     * once in full (某某办公厅关于成立…的通知, perhaps broken across lines). The body before 关于 on the
     * full line issued the title's plan, and the plan the notice publishes.
     */
    private void issuerOnFullTitleLine(MentionSet cx, DocumentMetadata meta) {
        String title = meta.title();
        if (title == null || !title.startsWith(about) || title.length() < about.length() + 6)
            return;
        Mention plan = null;
        for (Mention m : cx.within(EntityType.PLAN, 0, Math.min(cx.text().length(), meta.bodyStart() + FULL_TITLE_WITHIN)))
            if (m.entity().name().equals(title)) {
                plan = m;
                break;
            }
        if (plan == null)
            return;
        String opening = title.substring(about.length(), about.length() + 6);
        int limit = Math.min(cx.text().length(), meta.bodyStart() + FULL_TITLE_WITHIN);
        for (int at = cx.text().indexOf(about); at >= 0 && at < limit; at = cx.text().indexOf(about, at + 1)) {
            String after = cx.text().substring(at + about.length(), Math.min(cx.text().length(), at + about.length() + 12)).replaceAll("\\s", "");
            if (!after.startsWith(opening))
                continue;
            for (Mention org : cx.endingAt(EntityType.ORGANIZATION, at)) {
                cx.link(org.entity(), Relation.ISSUED, plan.entity(), org.start(), at + about.length());
                for (Link l : List.copyOf(cx.links()))
                    if (l.relation() == Relation.PART_OF && l.object().equals(plan.entity()))
                        cx.link(org.entity(), Relation.ISSUED, l.subject(), org.start(), at + about.length());
            }
        }
    }

    /**
     * A plan or a group named after a project (某某平台建设工作方案, 某某平台建设和管理协调小组) concerns
     * that project: the project's name, found elsewhere in the text, stands inside theirs.
     */
    private static void namedAfterProjects(MentionSet cx) {
        java.util.Map<String, org.govkg.extract.model.EntityRef> projects = new java.util.LinkedHashMap<>();
        for (Mention m : cx.mentions())
            if (m.entity().type() == EntityType.PROJECT && m.entity().name().length() >= NAMED_PROJECT)
                projects.putIfAbsent(m.entity().name(), m.entity());
        for (Mention m : List.copyOf(cx.mentions())) {
            EntityType t = m.entity().type();
            if (t != EntityType.PLAN && t != EntityType.LEADERSHIP_GROUP)
                continue;
            for (var p : projects.entrySet())
                if (m.entity().name().contains(p.getKey()) && !m.entity().name().equals(p.getKey())
                        && !publishesPlanNamedAfter(cx, m.entity().name(), p.getKey()))
                    cx.link(m.entity(), Relation.CONCERNS, p.getValue(), m.start(), m.end());
        }
    }

    /** 关于印发《某某平台建设指引》的通知: the notice publishes the plan that is about the project, it is not. */
    private static boolean publishesPlanNamedAfter(MentionSet cx, String notice, String project) {
        for (Mention q : cx.mentions())
            if (q.entity().type() == EntityType.PLAN && !q.entity().name().equals(notice)
                    && notice.contains(q.entity().name()) && q.entity().name().contains(project))
                return true;
        return false;
    }

    /** A project's name short enough (城市大脑) to stand in many a plan's name without the plan being about it. */
    private static final int NAMED_PROJECT = 6;

    /**
     * {@code 某某决定成立某某领导小组}: the body named right before (决定)成立 set the group up, and so did
     * the notice whose title says it sets up that group.
     */
    private void groupsSetUp(MentionSet cx, DocumentMetadata meta) {
        Mention notice = null;
        for (Mention m : cx.mentions())
            if (m.entity().type() == EntityType.PLAN && meta.title() != null && m.entity().name().equals(meta.title())
                && meta.title().contains(establishes))
                notice = m;
        for (Mention g : List.copyOf(cx.mentions())) {
            if (g.entity().type() != EntityType.LEADERSHIP_GROUP)
                continue;
            Sentence s = cx.sentenceAt(g.start());
            if (s == null || !setUpGroup.matcher(cx.text().substring(Math.max(s.start(), g.start() - 8), g.start())).find())
                continue;
            Mention doer = cx.lastBefore(EntityType.ORGANIZATION, s, g.start());
            if (doer != null && setUpGroup.matcher(cx.text().substring(doer.end(), g.start())).matches())
                cx.link(doer.entity(), Relation.ESTABLISHED, g.entity(), doer.start(), g.end());
            else if (doer == null && notice == null) { // 成立局某某工作领导小组 in a report of the bureau's work
                Mention author = narratedByAuthor(meta) ? cx.publisher(meta.publisher()) : null;
                if (author != null && g.entity().name().startsWith(author.entity().name()))
                    cx.link(author.entity(), Relation.ESTABLISHED, g.entity(), s.start(), g.end());
            }
            if (notice != null)
                cx.link(notice.entity(), Relation.ESTABLISHED, g.entity(), s.start(), g.end());
        }
    }

    /** The full title stands near the top: within this many characters after the header. */
    private static final int FULL_TITLE_WITHIN = 300;

    private static Mention lastPlanBefore(MentionSet cx, int offset) {
        Mention best = null;
        // the passage is about a plan named shortly before: a few sentences back at most
        for (Mention m : cx.within(EntityType.PLAN, Math.max(0, offset - 2000), offset))
            if (best == null || m.end() > best.end())
                best = m;
        return best;
    }

    /** {@code 某省人民政府办公厅《某规划》}: a body named right before a title issued it. */
    private static void adjacentIssuer(MentionSet cx, Mention plan) {
        for (Mention o : cx.endingAt(EntityType.ORGANIZATION, plan.start()))
            cx.link(o.entity(), Relation.ISSUED, plan.entity(), o.start(), plan.end());
    }

    /** {@code A与B签订《协议》}: both parties issued the agreement and are partners. */
    /**
     * The doers in the clause of the verb (为落实省委省政府部署，A与B签订…: A and B sign, the bodies of the
     * clause before do not), or all of them when that clause names none.
     */
    private List<Mention> inClause(MentionSet cx, List<Mention> doers, Sentence s, int verbAt) {
        int clause = s.start();
        for (int i = verbAt - 1; i > s.start(); i--)
            if (clauseMarks.indexOf(cx.text().charAt(i)) >= 0) {
                clause = i + 1;
                break;
            }
        final int from = clause;
        List<Mention> in = doers.stream().filter(d -> d.start() >= from).toList();
        return in.isEmpty() ? doers : in;
    }

    private void signed(MentionSet cx, List<Mention> parties, Mention plan, Sentence s) {
        Matcher date = this.date.matcher(cx.text()).region(s.start(), plan.start());
        if (date.find()) // 2019年10月23日，A与B签订《协议》: the day it was signed
            cx.attribute(new Attribute(plan.entity(), Attribute.Kind.SIGNED_DATE,
                String.format("%s-%02d-%02d", date.group(1), Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3))),
                date.start(), date.end()));
        EntityRef agreement = plan.entity();
        if (genericAgreement.matcher(agreement.name()).matches() && parties.size() >= 2) {
            String named = parties.get(0).entity().name() + partiesJoint
                + String.join(listSeparator, parties.subList(1, parties.size()).stream().map(p -> p.entity().name()).toList()) + agreement.name();
            agreement = new EntityRef(EntityType.PLAN, named);
            cx.rename(java.util.Map.of(plan.entity(), agreement), java.util.Map.of(plan.entity(), "untitled agreement: named after its parties, " + named));
        }
        for (int i = 0; i < parties.size(); i++) {
            cx.link(parties.get(i).entity(), Relation.ISSUED, agreement, s.start(), plan.end());
            for (int j = i + 1; j < parties.size(); j++)
                cx.link(parties.get(i).entity(), Relation.PARTNER, parties.get(j).entity(), s.start(), plan.end());
        }
    }

    /**
     * A proposal (提案, 建议) in a reply was put forward by the members the reply is addressed to, or,
     * when no member is named, by the body on the addressee line (某某党派某某委员会：).
     */
    private void proposal(MentionSet cx, DocumentMetadata meta, Mention plan) {
        String name = plan.entity().name();
        boolean isProposal = proposalSuffixes.stream().anyMatch(name::endsWith);
        if (!isProposal)
            return;
        int until = Math.min(plan.start(), meta.bodyStart() + 80);
        List<Mention> people = cx.within(EntityType.PERSON, 0, until);
        for (Mention p : people)
            cx.link(plan.entity(), Relation.PROPOSED_BY, p.entity(), p.start(), plan.end());
        if (people.isEmpty())
            for (Mention o : cx.within(EntityType.ORGANIZATION, meta.bodyStart(), until))
                if (isAddressee(cx.text(), o))
                    cx.link(plan.entity(), Relation.PROPOSED_BY, o.entity(), o.start(), plan.end());
    }

    /** A mention that stands alone on its line before a colon: the one a letter is addressed to. */
    private boolean isAddressee(String text, Mention m) {
        boolean lineStart = m.start() == 0 || text.charAt(m.start() - 1) == '\n';
        return lineStart && m.end() < text.length() && addresseeColons.indexOf(text.charAt(m.end())) >= 0;
    }

    /** {@code 《纲要》提出要“…加快建设X、Y等项目…”}: the projects in that paragraph are part of the plan. */
    private void quotedProjects(MentionSet cx, Sentence s) {
        Matcher m = planSays.matcher(s.text());
        if (!m.find())
            return;
        Mention plan = cx.startingAt(EntityType.PLAN, s.start());
        int paragraphEnd = cx.text().indexOf('\n', s.start());
        int end = paragraphEnd < 0 ? cx.text().length() : paragraphEnd;
        if (plan == null)
            return;
        for (Mention p : cx.within(EntityType.PROJECT, plan.end(), end)) {
            Sentence evidence = cx.sentenceAt(p.start());
            cx.link(p.entity(), Relation.PART_OF, plan.entity(), evidence.start(), evidence.end());
        }
    }
}
