package org.govkg.extract.group;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govkg.extract.lexicon.CollectiveNames;
import org.govkg.extract.lexicon.Lexicon;
import org.govkg.extract.person.PersonNames;
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
 * Reads the roster of a leadership-group notice, one member a line:
 * <pre>
 * 组　长：某某某　市人民政府市长
 * 副组长：某　某　市人民政府常务副市长
 * 成　员：某某某　市财政局局长
 * </pre>
 * Lines indented under a role continue it. Each entry gives a person, the post title they hold,
 * the body they come from (a member unit of the group), and for 组长/副组长 the group's posts.
 */
public final class RosterFinder implements MentionFinder {
    private final Pattern roleLine;
    private final Pattern entry;
    private final Pattern gap;
    private final Pattern unitTail;
    private final Pattern title;
    private final Pattern unitSeparator;
    private final String memberRole;
    private final String deputyMark;
    private final String listSeparator;
    private final Pattern indent;
    private final Pattern nameOnly;
    private final Pattern nameSeparator;
    private final PersonNames names;
    private final String unitsRole;
    private final Pattern postEnd;
    private final Pattern bodyBeforeTitle;

    private final CollectiveNames collectives;

    public RosterFinder(Lexicon lex) {
        collectives = new CollectiveNames(lex);
        roleLine = lex.pattern("group.roster.role-line");
        entry = lex.pattern("group.roster.entry");
        gap = lex.pattern("group.roster.gap");
        unitTail = lex.pattern("group.roster.unit-tail");
        title = lex.pattern("group.roster.title");
        unitSeparator = lex.pattern("group.roster.unit-separator");
        memberRole = lex.raw("group.roster.member-role");
        deputyMark = lex.raw("group.deputy.mark");
        listSeparator = lex.raw("list.separator");
        indent = lex.pattern("group.roster.indent");
        nameOnly = lex.pattern("person.name-only");
        nameSeparator = lex.pattern("list.names-separator");
        names = new PersonNames(lex);
        unitsRole = memberRole + lex.raw("group.roster.units-suffix");
        bodyBeforeTitle = lex.pattern("group.roster.body-before-title");
        postEnd = Pattern.compile("(?:" + lex.raw("group.roster.post-end") + ")$");
    }

    @Override
    public void find(DocumentMetadata meta, Candidates.Builder found) {
        MentionSet cx = found.mentions();
        String role = null;
        boolean afterBlank = false;
        int lineStart = 0;
        for (String line : cx.text().split("\n", -1)) {
            Matcher r = roleLine.matcher(line);
            boolean indented = !line.isBlank() && (Character.isWhitespace(line.codePointAt(0)) || indent.matcher(line).lookingAt());
            if (r.find()) {
                role = gap.matcher(r.group("role")).replaceAll("");
                entry(cx, found, role, line.substring(r.end()), lineStart + r.end());
                afterBlank = false;
            } else if (role != null && line.isBlank()) {
                afterBlank = true; // a roster may run on after a blank line, with a person on the next
            } else if (role != null && (indented && !afterBlank || namesPerson(line))) {
                entry(cx, found, role, line, lineStart);
                afterBlank = false;
            } else {
                role = null;
            }
            lineStart += line.length() + 1;
        }
    }

    private void entry(MentionSet cx, Candidates.Builder found, String role, String text, int offset) {
        Matcher e = entry.matcher(text);
        boolean members = role.equals(memberRole);
        if (role.equals(unitsRole) || members && text.contains(listSeparator) && !personWithPosts(text)) {
            unitList(cx, found, text, offset);
            return;
        }
        if (e.matches()) {
            person(cx, found, role, e.group("name"), offset + e.start("name"), offset + e.start("affiliation"), offset + e.end("affiliation"));
            return;
        }
        int glued = names.gluedToTitle(text.strip());
        int lead = text.length() - text.stripLeading().length();
        if (glued > 0) {
            int end = offset + lead + text.strip().length();
            cutBodiesAt(cx, offset + lead, offset + lead + glued);
            person(cx, found, role, text.substring(lead, lead + glued), offset + lead, offset + lead + glued, end);
        } else if (!members && nameList(text)) {
            int at = 0;
            for (String item : nameSeparator.split(text)) {
                int itemLead = item.length() - item.stripLeading().length();
                if (!item.isBlank())
                    person(cx, found, role, item.strip(), offset + at + itemLead, offset + at + itemLead + item.strip().length(),
                        offset + at + itemLead + item.strip().length());
                at += item.length() + 1;
            }
        } else if (members)
            unitList(cx, found, text, offset);
        else
            bareTitle(cx, role, text, offset);
    }

    /**
     * A member line that lists one person's posts (某某省某某办公室党组书记、副主任), not units: it
     * opens with a name glued to a body or title and its first item ends in a post title.
     */
    private boolean personWithPosts(String text) {
        String first = text.strip().split(listSeparator, 2)[0];
        return names.gluedToTitle(text.strip()) > 0 && postEnd.matcher(first).find();
    }

    /** A person of the roster, with the span of their affiliation (empty when the line gives only the name). */
    private void person(MentionSet cx, Candidates.Builder found, String role, String written, int start, int affStart, int affEnd) {
        Mention person = cx.mention(EntityType.PERSON, gap.matcher(written).replaceAll(""), start, start + written.length());
        found.rosterEntry(new Notes.RosterEntry(person, role, affStart, affEnd));
        bodyBeforeTitle(cx, affStart, affEnd);
    }

    /**
     * 省政府秘书长: in prose such a run is a post and names no body, but in a roster affiliation
     * the government before the title is where the person comes from.
     */
    private void bodyBeforeTitle(MentionSet cx, int affStart, int affEnd) {
        if (affStart >= affEnd || !cx.within(EntityType.ORGANIZATION, affStart, affEnd).isEmpty()
            && cx.within(EntityType.ORGANIZATION, affStart, affEnd).get(0).start() == affStart)
            return;
        Matcher b = bodyBeforeTitle.matcher(cx.text()).region(affStart, affEnd);
        if (b.lookingAt())
            cx.mention(EntityType.ORGANIZATION, b.group("body"), b.start("body"), b.end("body"));
    }

    /** Body names found across a person's glued name ({@code 某某某省财政厅}) start after it ({@code 省财政厅}). */
    private static void cutBodiesAt(MentionSet cx, int nameStart, int nameEnd) {
        for (Mention b : cx.covering(EntityType.ORGANIZATION, nameStart))
            if (b.start() <= nameStart && b.end() > nameEnd) {
                cx.remove(b);
                cx.mention(EntityType.ORGANIZATION, cx.text().substring(nameEnd, b.end()), nameEnd, b.end());
            }
    }

    /** Whether a line continues a roster: it names a person (with or without a gap before what follows). */
    private boolean namesPerson(String line) {
        Matcher e = entry.matcher(line);
        return e.matches() && names.isName(gap.matcher(e.group("name")).replaceAll("")) || names.gluedToTitle(line.strip()) > 0 || nameList(line);
    }

    /** 某某、某某: every item is a name and nothing else. */
    private boolean nameList(String text) {
        if (text.isBlank())
            return false;
        for (String item : nameSeparator.split(text))
            if (!nameOnly.matcher(item).matches())
                return false;
        return true;
    }

    /** {@code 成　员：A局、B委分管负责同志，C公司相关负责同志。}: every item is a member unit. */
    private void unitList(MentionSet cx, Candidates.Builder found, String text, int offset) {
        Mention group = cx.lastGroupBefore(offset);
        if (group == null)
            return;
        int at = 0;
        for (String item : unitSeparator.split(text)) {
            int lead = item.length() - item.stripLeading().length();
            String name = unitTail.matcher(item.strip()).replaceFirst("");
            int start = offset + at + lead;
            at += item.length() + 1;
            if (name.length() >= 2 && !collectives.isCollective(name))
                found.pendingUnit(new Notes.PendingUnit(group.entity(), Relation.MEMBER_UNIT, name, start));
        }
    }

    /** A line with a title but no name (区政府办公室主任): whoever holds that office fills the post. */
    private void bareTitle(MentionSet cx, String role, String text, int offset) {
        Matcher t = title.matcher(text);
        Mention group = cx.lastGroupBefore(offset);
        if (!t.matches() || group == null || role.equals(memberRole))
            return;
        PostFact.Kind kind = role.contains(deputyMark) ? PostFact.Kind.DEPUTY_LEADER : PostFact.Kind.LEADER;
        cx.post(new PostFact(group.entity(), kind, role, t.group("title"), offset + t.start("title"), offset + t.end("title")));
    }
}
