package org.govkg.extract.person;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govkg.extract.lexicon.Lexicon;
import org.govkg.extract.lexicon.WordFinder;
import org.govkg.extract.model.DocumentMetadata;
import org.govkg.extract.phase.Candidates;
import org.govkg.extract.phase.MentionFinder;
import org.govkg.extract.phase.MentionSet;
import org.govkg.vocab.EntityType;

/**
 * Finds named people where the genre puts them: the addressee line of a reply ({@code 某某、某某委员:},
 * wherever page furniture has pushed it), the contact line ({@code 联系人:某某}) and names after the
 * labels of a reply's header ({@code 建议人：某某}, {@code 签发人：某某}), and after a post title in
 * prose ({@code 副市长某某}, {@code 领导某某、某某参加}); see {@link PersonNames} for the shape of a name. Every other occurrence of those names in the text is a mention too.
 */
public final class PersonFinder implements MentionFinder {
    private final Pattern bodyEnd;
    private final Pattern addresseeLine;
    private final Pattern labelled;
    private final Pattern name;
    private final Pattern separator;
    private final PersonNames names;
    private final WordFinder titles;
    private final char listSeparator;
    private final WordFinder honorifics;
    private final String beforeHonorific;

    public PersonFinder(Lexicon lex) {
        bodyEnd = lex.pattern("person.body-end");
        addresseeLine = lex.pattern("person.addressee-line");
        labelled = lex.pattern("person.labelled");
        name = lex.pattern("person.name");
        separator = lex.pattern("list.names-separator");
        names = new PersonNames(lex);
        titles = new WordFinder(lex.list("person.title.before"), "");
        listSeparator = lex.raw("list.separator").charAt(0);
        honorifics = new WordFinder(lex.list("person.honorifics"), "");
        beforeHonorific = lex.raw("person.before-honorific.chars");
    }

    @Override
    public void find(DocumentMetadata meta, Candidates.Builder found) {
        MentionSet cx = found.mentions();
        Set<String> people = new LinkedHashSet<>(meta.addressees());
        if (meta.contact() != null)
            people.add(meta.contact());
        Matcher a = addresseeLine.matcher(cx.text());
        while (a.find())
            for (String n : separator.split(a.group("names")))
                people.add(n.strip());
        Matcher l = labelled.matcher(cx.text());
        while (l.find())
            people.add(l.group("name"));
        titles.forEach(cx.text(), t -> afterTitle(cx.text(), t.end(), people));
        honorifics.forEach(cx.text(), h -> beforeHonorific(cx.text(), h.start(), people));
        for (String n : people)
            mentionAll(cx, n);
    }

    /** 副市长某某任组长, 某局副局长某某介绍, 领导某某、某某参加: names written after a post title. */
    private void afterTitle(String text, int at, Set<String> into) {
        for (int n = names.inProse(text, at); n > 0; n = names.inProse(text, at)) {
            into.add(text.substring(at, at + n));
            at += n;
            if (at >= text.length() || text.charAt(at) != listSeparator)
                return;
            at++;
        }
    }

    /**
     * 邀请某某委员, 感谢某某代表: a name an honorific follows, where the text before it ends a verb or a
     * clause (so 市政协委员 and 人大代表 are no names); the longer reading first.
     */
    private void beforeHonorific(String text, int end, Set<String> into) {
        for (int n = 3; n >= 2; n--) {
            int start = end - n;
            if (start < 0)
                continue;
            String candidate = text.substring(start, end);
            boolean opens = start == 0 || !Character.isLetter(text.charAt(start - 1)) || beforeHonorific.indexOf(text.charAt(start - 1)) >= 0;
            if (opens && names.isName(candidate) && !names.isCommonWord(candidate) && !bodyEnd.matcher(candidate).find()) {
                into.add(candidate);
                return;
            }
        }
    }

    private void mentionAll(MentionSet cx, String person) {
        if (person.length() < 2 || person.length() > 4 || bodyEnd.matcher(person).find())
            return; // longer addressees, or 市委 and 市政府, are bodies, not people
        if (!names.isName(person) || names.isCommonWord(person))
            return; // a page's labels (内容概览:, 字号:) stand where addressees do
        for (int i = cx.text().indexOf(person); i >= 0; i = cx.text().indexOf(person, i + person.length()))
            cx.mention(EntityType.PERSON, person, i, i + person.length());
    }
}
