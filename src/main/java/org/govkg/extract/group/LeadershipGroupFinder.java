package org.govkg.extract.group;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govkg.extract.lexicon.Lexicon;
import org.govkg.extract.lexicon.NameTrimmer;
import org.govkg.extract.lexicon.WordFinder;
import org.govkg.extract.model.DocumentMetadata;
import org.govkg.extract.model.EntityRef;
import org.govkg.extract.model.Mention;
import org.govkg.extract.model.Attribute;
import org.govkg.extract.model.PostFact;
import org.govkg.extract.model.Relation;
import org.govkg.extract.model.Sentence;
import org.govkg.extract.phase.Candidates;
import org.govkg.extract.phase.MentionFinder;
import org.govkg.extract.phase.MentionSet;
import org.govkg.extract.phase.Notes;
import org.govkg.vocab.EntityType;

/**
 * Finds coordinating bodies by their suffix (领导小组, 工作专班, 指挥部, 联席会议, 工作组) and the
 * working groups a group sets up as an enumeration ({@code 下设A、B、C三个工作组} names three).
 */
public final class LeadershipGroupFinder implements MentionFinder {
    private final Pattern counted;
    private final Pattern enumerated;
    private final Pattern countedKind;
    private final Pattern respectively;
    private final Pattern quoteMarks;
    private final String quoteChars;
    private final String aliasWord;
    private final Pattern itemSeparator;
    private final WordFinder named;
    private final NameTrimmer trimmer;
    private final String officeWord, about;

    public LeadershipGroupFinder(Lexicon lex) {
        counted = lex.pattern("group.counted");
        enumerated = lex.pattern("group.enumerated");
        countedKind = lex.pattern("group.counted-kind");
        respectively = lex.pattern("group.respectively");
        quoteMarks = lex.pattern("text.quote-marks");
        quoteChars = lex.raw("text.quote-marks.chars") + lex.raw("group.name.extra-chars");
        aliasWord = lex.raw("alias.word");
        itemSeparator = lex.pattern("list.item-separator");
        named = new WordFinder(lex.list("group.suffix"), "");
        trimmer = new NameTrimmer(lex.raw("group.stop.chars"), lex.list("group.cut.words"), lex.list("keep.words"));
        officeWord = lex.raw("group.office.key");
        about = lex.raw("plan.about");
    }

    @Override
    public void find(DocumentMetadata meta, Candidates.Builder found) {
        MentionSet cx = found.mentions();
        findNamed(cx);
        findEnumerated(cx, found);
        findCounted(cx);
        findIssuingOffices(cx);
    }

    /**
     * 某某领导小组办公室关于印发…的通知: a group's office that issues a document in its own name is a body
     * of its own, part of the group. (Elsewhere 办公室 after a group is the office the group keeps.)
     */
    private void findIssuingOffices(MentionSet cx) {
        for (Mention g : List.copyOf(cx.mentions()))
            if (g.entity().type() == EntityType.LEADERSHIP_GROUP && cx.text().startsWith(officeWord + about, g.end())) {
                int end = g.end() + officeWord.length();
                Mention office = cx.mention(EntityType.ORGANIZATION, g.entity().name() + officeWord, g.start(), end);
                cx.link(office.entity(), Relation.SUB_ORGANIZATION_OF, g.entity(), g.start(), end);
            }
    }

    /** {@code 下设8个“某某”建设工作专班}: one kind of working group, however many there are. */
    private void findCounted(MentionSet cx) {
        Matcher m = countedKind.matcher(cx.text());
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
    private void findNamed(MentionSet cx) {
        int[] last = {0};
        named.forEach(cx.text(), m -> {
            int floor = last[0];
            int from = NameTrimmer.reachBack(cx.text(), m.start(), floor, 30, this::isNameChar);
            last[0] = m.end();
            if (m.start() - from < 2)
                return;
            // a notice's title broken across lines (某某关于成立某某\n某某领导小组的通知): the name goes on over the break
            int broken = from;
            if (from >= 2 && from - 1 > floor && cx.text().charAt(from - 1) == '\n' && isNameChar(cx.text().charAt(from - 2))) {
                int line = lineStart(cx.text(), from - 1);
                if (from - 1 - line <= BROKEN_LINE && cx.text().substring(line, from - 1).contains(about))
                    broken = NameTrimmer.reachBack(cx.text(), from - 1, Math.max(floor, line), 30 - (m.start() - from), this::isNameChar);
            }
            String joined = cx.text().substring(broken, m.end()).replace("\n", "");
            int suffixAt = joined.length() - (m.end() - m.start());
            int start = trimmer.nameStart(joined, suffixAt);
            String core = joined.substring(start, suffixAt);
            if (quoteMarks.matcher(core).replaceAll("").length() >= 2 && !counted.matcher(core).find() && !core.contains(aliasWord)
                && !core.matches(".*\\d.*")) {
                int at = broken == from ? from + start : start <= from - 1 - broken ? broken + start : broken + start + 1;
                cx.mention(EntityType.LEADERSHIP_GROUP, joined.substring(start), at, m.end());
            }
        });
    }

    /** A line of a title broken in two is short; a longer line before a group's name is text. */
    private static final int BROKEN_LINE = 40;

    private static int lineStart(String text, int lineEnd) {
        int i = text.lastIndexOf('\n', lineEnd - 1);
        return i + 1;
    }

    private boolean isNameChar(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || quoteChars.indexOf(c) >= 0
            || (c < 128 && Character.isLetterOrDigit(c));
    }

    /**
     * {@code …三个工作组，分别由A、B、C牵头}: the n-th body leads the n-th group. The bodies are linked
     * once mentions are settled, so only their places are noted here.
     */
    private void respectiveLeads(MentionSet cx, Candidates.Builder found, java.util.List<EntityRef> groups, int from) {
        Matcher r = respectively.matcher(cx.text()).region(from, cx.text().length());
        if (!r.lookingAt())
            return;
        String[] leads = itemSeparator.split(r.group("list"));
        if (leads.length != groups.size())
            return;
        int at = r.start("list");
        for (int i = 0; i < leads.length; i++) {
            found.pendingUnit(new Notes.PendingUnit(groups.get(i), Relation.LEAD_UNIT, leads[i].strip(), at));
            at += leads[i].length() + 1;
        }
    }

    /** Each item of the list is a working group; the parent is the group named before it. */
    private void findEnumerated(MentionSet cx, Candidates.Builder found) {
        Matcher m = enumerated.matcher(cx.text());
        while (m.find()) {
            Sentence s = cx.sentenceAt(m.start());
            Mention parent = s == null ? null : cx.lastBefore(EntityType.LEADERSHIP_GROUP, s, m.start());
            if (parent == null)
                parent = cx.lastGroupBefore(m.start());
            java.util.List<EntityRef> items = new java.util.ArrayList<>();
            int at = m.start("list");
            for (String item : itemSeparator.split(m.group("list"))) {
                String name = item.strip();
                int offset = cx.text().indexOf(name, at);
                at = offset + item.length() + 1;
                if (name.length() < 2)
                    continue;
                Mention g = cx.mention(EntityType.LEADERSHIP_GROUP, name + m.group("kind"), offset, offset + name.length());
                items.add(g.entity());
                if (parent != null)
                    cx.link(parent.entity(), Relation.HAS_WORKING_GROUP, g.entity(), m.start(), m.end());
            }
            respectiveLeads(cx, found, items, m.end());
        }
    }
}
