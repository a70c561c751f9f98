package org.govkg.extract.plan;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govkg.extract.lexicon.Lexicon;
import org.govkg.extract.model.DocumentMetadata;
import org.govkg.extract.model.EntityRef;
import org.govkg.extract.model.Link;
import org.govkg.extract.model.Mention;
import org.govkg.extract.model.Relation;
import org.govkg.extract.model.Sentence;
import org.govkg.extract.phase.LinkRule;
import org.govkg.extract.phase.MentionSet;
import org.govkg.vocab.EntityType;

/**
 * Which documents a plan implements or is based on, from the formula a plan opens with:
 * 为贯彻落实《甲》，根据《乙》，结合我市实际，制定本方案. Only a sentence that says the document's own
 * plan is being made counts (so 按照《甲》 in a summary's prose links nothing), and the plan is the
 * one the document is: the plan its notice publishes (现将《某方案》印发给你们; of several, the one of
 * the kind the sentence names, 制定本细则, whose title heads the text the sentence is in), else its
 * own title.
 * Each title after a cue, up to the next cue or 结合/制定, gets the cue's relation:
 * 贯彻/落实 implements, 根据/依据/按照 based on.
 */
public final class LineageRules implements LinkRule {
    /** The longest kind word after 本 that is read (本实施细则, 本行动计划). */
    private static final int MAX_KIND = 6;

    private final Pattern self, cues;
    private final String aliasWord;
    /** The title's quotes and white space: what a heading line holds besides the title. */
    private final Pattern titleMarks;

    public LineageRules(Lexicon lex) {
        self = Pattern.compile(lex.alternation("lineage.self"));
        aliasWord = lex.raw("alias.word");
        titleMarks = Pattern.compile("[" + lex.raw("plan.title.open") + lex.raw("plan.title.close") + "\\s]");
        cues = Pattern.compile("(?<implements>" + lex.alternation("lineage.cue.implements") + ")|(?<based>"
            + lex.alternation("lineage.cue.based-on") + ")|(?<stop>" + lex.alternation("lineage.cue.stop") + ")");
    }

    @Override
    public void link(DocumentMetadata meta, MentionSet cx) {
        for (Sentence s : cx.sentences()) {
            String text = cx.text().substring(s.start(), s.end());
            Matcher made = self.matcher(text);
            if (!made.find())
                continue;
            EntityRef own = ownPlan(meta, cx, kindAfter(text, made.end()), s.start());
            if (own == null)
                continue;
            for (Mention m : cx.within(EntityType.PLAN, s.start(), s.end())) {
                // (以下简称《办法》) defines a short name for the title just cited, not another document
                if (m.entity().equals(own) || definesShortName(cx.text(), m.start()))
                    continue;
                Relation r = cueBefore(text, m.start() - s.start());
                if (r != null)
                    cx.link(own, r, m.entity(), s.start(), s.end());
            }
        }
    }

    /** The relation of the last cue before {@code at}, or null when none, or a stop word, comes last. */
    private Relation cueBefore(String sentence, int at) {
        Relation r = null;
        Matcher c = cues.matcher(sentence);
        while (c.find() && c.start() < at)
            r = c.group("implements") != null ? Relation.IMPLEMENTS : c.group("based") != null ? Relation.BASED_ON : null;
        return r;
    }

    /** A title alone on its line (besides its quotes): the heading of the text below it. */
    private boolean isHeading(MentionSet cx, Mention m) {
        Sentence s = cx.sentenceAt(m.start());
        return s != null && titleMarks.matcher(cx.text().substring(s.start(), s.end())).replaceAll("").equals(m.entity().name());
    }

    private boolean definesShortName(String text, int at) {
        int from = Math.max(0, at - aliasWord.length() - 1);
        return text.substring(from, at).contains(aliasWord);
    }

    /** 制定本实施细则: the words after 本, up to the punctuation (at most a few), that name the plan's kind. */
    private static String kindAfter(String sentence, int at) {
        int end = at;
        while (end < sentence.length() && end - at < MAX_KIND && Character.isLetter(sentence.charAt(end))) end++;
        return sentence.substring(at, end);
    }

    /**
     * The plan the document is: the one plan its notice publishes (of several, the one whose name
     * ends with the kind the sentence names: 本实施细则), else its title when that is a plan.
     */
    private EntityRef ownPlan(DocumentMetadata meta, MentionSet cx, String kind, int sentenceStart) {
        if (meta.title() == null)
            return null;
        EntityRef notice = new EntityRef(EntityType.PLAN, meta.title());
        List<EntityRef> published = cx.links().stream()
            .filter(l -> l.relation() == Relation.PART_OF && l.object().equals(notice) && l.subject().type() == EntityType.PLAN)
            .map(Link::subject).distinct().toList();
        if (published.size() == 1)
            return published.get(0);
        if (published.size() > 1) { // 现将《甲》《乙》印发: the one of the kind the sentence makes ...
            List<EntityRef> ofKind = kind.isEmpty() ? List.of() : published.stream().filter(p -> p.name().endsWith(kind)).toList();
            if (ofKind.size() == 1)
                return ofKind.get(0);
            // ... and of several such, the one whose title heads the text the sentence is in (each
            // published document follows its own title)
            Mention heading = null;
            for (Mention m : cx.mentions())
                if (ofKind.contains(m.entity()) && m.end() <= sentenceStart && isHeading(cx, m) && (heading == null || m.start() > heading.start()))
                    heading = m;
            return heading == null ? null : heading.entity();
        }
        return cx.mentions().stream().anyMatch(m -> m.entity().equals(notice)) ? notice : null;
    }
}
