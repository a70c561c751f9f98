package org.govkg.extract.project;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govkg.extract.lexicon.Lexicon;
import org.govkg.extract.lexicon.NameTrimmer;
import org.govkg.extract.lexicon.WordFinder;
import org.govkg.extract.model.DocumentMetadata;
import org.govkg.extract.model.Mention;
import org.govkg.extract.model.Relation;
import org.govkg.extract.model.Sentence;
import org.govkg.extract.phase.Candidates;
import org.govkg.extract.phase.LinkRule;
import org.govkg.extract.phase.MentionFinder;
import org.govkg.extract.phase.MentionSet;
import org.govkg.extract.phase.Notes;
import org.govkg.vocab.EntityType;

/**
 * Links projects to who builds them: the body before a verb of building in the same sentence
 * ({@code 州某某服务中心将统一建立某某资源池}), partners who build together (共同建设), and a
 * university or institute whose name runs straight into the project's.
 */
public final class ProjectRules implements LinkRule {
    private final Pattern build;
    private final Pattern builtBy;
    private final Pattern jointly;
    private final Pattern responsibleFor;
    private final Pattern together;
    private final String quoteOpen, of, by, leads;
    private final String locationPrepositions;

    public ProjectRules(Lexicon lex) {
        build = lex.pattern("project.build");
        builtBy = lex.pattern("project.built-by");
        jointly = lex.pattern("project.jointly");
        responsibleFor = lex.pattern("project.responsible-for");
        together = lex.pattern("project.together");
        quoteOpen = lex.raw("quote.open");
        of = lex.raw("project.rule.of");
        by = lex.raw("project.rule.by");
        leads = lex.raw("project.rule.leads");
        locationPrepositions = String.join("", lex.list("project.location.prepositions"));
    }

    @Override
    public void link(DocumentMetadata meta, MentionSet cx) {
        for (Sentence s : cx.sentences()) {
            Matcher m = build.matcher(s.text());
            while (m.find())
                builders(cx, s, s.start() + m.start(), s.start() + m.end(), m.group("together") != null);
        }
        adjacentOwners(cx);
        ledBy(cx);
        builtBy(cx);
        responsibleFor(cx);
        jointlyAdvanced(cx);
    }

    /** {@code 市公安局牵头建设的“某某工程”}: the body leads (牵头) or builds the project. */
    private void builtBy(MentionSet cx) {
        for (Mention o : java.util.List.copyOf(cx.mentions())) {
            if (o.entity().type() != EntityType.ORGANIZATION)
                continue;
            Matcher m = builtBy.matcher(cx.text()).region(o.end(), cx.text().length());
            if (!m.lookingAt())
                continue;
            Mention p = cx.startingAt(EntityType.PROJECT, m.end());
            if (p == null && cx.text().startsWith(quoteOpen, m.end()))
                p = cx.startingAt(EntityType.PROJECT, m.end() + 1);
            if (p == null)
                continue;
            cx.link(o.entity(), Relation.BUILDS, p.entity(), o.start(), p.end());
            if (m.group("lead") != null)
                cx.link(p.entity(), Relation.LEAD_UNIT, o.entity(), o.start(), p.end());
        }
    }

    /** {@code …，具体负责某某城市大脑的建设和运营}: the body the sentence is about builds the project. */
    private void responsibleFor(MentionSet cx) {
        Matcher m = responsibleFor.matcher(cx.text());
        while (m.find()) {
            Mention p = cx.startingAt(EntityType.PROJECT, m.end());
            Sentence s = cx.sentenceAt(m.start());
            if (p == null || s == null || !cx.text().startsWith(of, p.end()))
                continue;
            java.util.List<Mention> orgs = cx.within(EntityType.ORGANIZATION, s.start(), m.start());
            if (!orgs.isEmpty())
                cx.link(orgs.get(0).entity(), Relation.BUILDS, p.entity(), orgs.get(0).start(), p.end());
        }
    }

    /** {@code 某先行区由A与B共同推进，C、D等单位参与建设}: A and B share responsibility, C and D build it. */
    private void jointlyAdvanced(MentionSet cx) {
        for (Mention p : java.util.List.copyOf(cx.mentions())) {
            if (p.entity().type() != EntityType.PROJECT || !cx.text().startsWith(by, p.end()))
                continue;
            Matcher j = jointly.matcher(cx.text()).region(p.end(), cx.text().length());
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
    private void ledBy(MentionSet cx) {
        for (Mention p : java.util.List.copyOf(cx.mentions())) {
            if (p.entity().type() != EntityType.PROJECT || !cx.text().startsWith(by, p.end()))
                continue;
            Mention lead = cx.startingAt(EntityType.ORGANIZATION, p.end() + 1);
            if (lead == null || !cx.text().startsWith(leads, lead.end()))
                continue;
            cx.link(p.entity(), Relation.LEAD_UNIT, lead.entity(), p.start(), lead.end() + leads.length());
            Sentence s = cx.sentenceAt(lead.end());
            Matcher with = together.matcher(s == null ? "" : s.text());
            if (with.find())
                for (Mention o : cx.within(EntityType.ORGANIZATION, s.start() + with.start("list"), s.start() + with.end("list")))
                    cx.link(o.entity(), Relation.BUILDS, p.entity(), p.start(), s.end());
        }
    }

    private void builders(MentionSet cx, Sentence s, int verbStart, int verbEnd, boolean together) {
        Mention project = cx.startingAt(EntityType.PROJECT, verbEnd);
        if (project == null && cx.text().startsWith(quoteOpen, verbEnd))
            project = cx.startingAt(EntityType.PROJECT, verbEnd + 1);
        if (project == null)
            return;
        List<Mention> orgs = cx.within(EntityType.ORGANIZATION, s.start(), verbStart);
        if (orgs.isEmpty()) { // 某区建成某某平台: a region written right before the verb builds it
            for (Mention r : cx.endingAt(EntityType.REGION, verbStart))
                if (r.start() == 0 || locationPrepositions.indexOf(cx.text().charAt(r.start() - 1)) < 0)
                    cx.link(r.entity(), Relation.BUILDS, project.entity(), r.start(), project.end());
            return;
        }
        List<Mention> doers = together ? orgs : List.of(orgs.get(orgs.size() - 1));
        for (Mention o : doers)
            cx.link(o.entity(), Relation.BUILDS, project.entity(), o.start(), project.end());
    }

    /** {@code 某学院面向…研究院}: the body named right before a project builds it. */
    private static void adjacentOwners(MentionSet cx) {
        for (Mention p : List.copyOf(cx.mentions())) {
            if (p.entity().type() != EntityType.PROJECT)
                continue;
            for (Mention o : cx.endingAt(EntityType.ORGANIZATION, p.start()))
                cx.link(o.entity(), Relation.BUILDS, p.entity(), o.start(), p.end());
        }
    }
}
