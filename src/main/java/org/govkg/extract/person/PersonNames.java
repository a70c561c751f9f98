package org.govkg.extract.person;

import java.util.List;

import org.govkg.extract.lexicon.Lexicon;

/**
 * What a Chinese person's name looks like where the genre writes one: a surname from the lexicon's
 * table and one or two more letters (one or two after a compound surname), and where it ends: before
 * what opens a post title or a body (a roster line written without a gap) or before the rest of the
 * clause (a verb, punctuation) in prose.
 */
public final class PersonNames {
    private final String surnames;
    private final List<String> compound;
    private final String titleStart;
    private final String levels;
    private final List<String> after;
    private final String afterChars;
    private final java.util.Set<String> notNames;
    private final List<String> titles;

    public PersonNames(Lexicon lex) {
        surnames = lex.raw("person.surnames");
        compound = lex.list("person.surnames.compound");
        titleStart = lex.raw("person.title.start.chars");
        levels = lex.raw("resolve.levels.chars");
        after = lex.list("person.after");
        afterChars = lex.raw("person.after.chars");
        notNames = lex.set("person.not-names");
        titles = lex.list("person.title.before");
    }

    /** Whether {@code s} has the shape of a name: Chinese letters only, a surname, two to four letters in all. */
    public boolean isName(String s) {
        for (int i = 0; i < s.length(); i++)
            if (Character.UnicodeScript.of(s.charAt(i)) != Character.UnicodeScript.HAN)
                return false;
        for (String c : compound)
            if (s.startsWith(c))
                return s.length() >= c.length() + 1 && s.length() <= c.length() + 2;
        return s.length() >= 2 && s.length() <= 3 && surnames.indexOf(s.charAt(0)) >= 0;
    }

    /**
     * The length of the name that opens {@code text} and runs straight into a post title or a body
     * ({@code 某某常务副省长}, {@code 某某某省财政厅副厅长}), or 0; the longer reading is tried first.
     */
    public int gluedToTitle(String text) {
        for (int n = Math.min(4, text.length() - 1); n >= 2; n--) {
            // 王某省某某局…: a level character after a shorter name opens the body, it does not end the name
            if (n > 2 && levels.indexOf(text.charAt(n - 1)) >= 0 && isName(text.substring(0, n - 1)))
                continue;
            if (text.length() > n && isName(text.substring(0, n)) && titleStart.indexOf(text.charAt(n)) >= 0)
                return n;
        }
        return 0;
    }

    /**
     * The length of the name at {@code at} in prose, ended by the rest of its clause ({@code 某某介绍},
     * {@code 某某，}), or 0. Common words that open with a surname (方面, 任务) and a title after 任
     * (任组长) are no names.
     */
    public int inProse(String text, int at) {
        if (at >= text.length() || !mayOpenName(text, at))
            return 0;
        for (int n = 4; n >= 2; n--) {
            int end = at + n;
            if (end > text.length())
                continue;
            String candidate = text.substring(at, end);
            if (isName(candidate) && endsName(text, end) && !notNames.contains(candidate) && !opensWithTitle(candidate.substring(1)))
                return n;
        }
        return 0;
    }

    /** Whether {@code s} is a common word that opens with a surname (方面, 任务), not a name. */
    public boolean isCommonWord(String s) {
        return notNames.contains(s);
    }

    private boolean mayOpenName(String text, int at) {
        if (surnames.indexOf(text.charAt(at)) >= 0)
            return true;
        for (String c : compound)
            if (text.startsWith(c, at))
                return true;
        return false;
    }

    private boolean opensWithTitle(String s) {
        for (String t : titles)
            if (s.startsWith(t))
                return true;
        return false;
    }

    private boolean endsName(String text, int at) {
        if (at >= text.length() || Character.isWhitespace(text.charAt(at)) || afterChars.indexOf(text.charAt(at)) >= 0)
            return true;
        for (String w : after)
            if (text.startsWith(w, at))
                return true;
        return false;
    }
}
