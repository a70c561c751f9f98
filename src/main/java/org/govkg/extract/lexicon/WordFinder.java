package org.govkg.extract.lexicon;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a pattern that opens with one of a list of words, like {@link Matcher#find()} (leftmost,
 * not overlapping) but trying the pattern only where one of the words' first characters stands.
 * Java's regex engine has no such prefilter for alternations, and most of the text starts no word.
 */
public final class WordFinder {
    private final Pattern pattern;
    private final boolean[] first = new boolean[Character.MAX_VALUE + 1];

    /** {@code words} open the pattern; {@code rest} is the regex that follows them. */
    public WordFinder(List<String> words, String rest) {
        this.pattern = Pattern.compile(Lexicon.alternation(words) + rest);
        for (String w : words)
            first[w.charAt(0)] = true;
    }

    public Pattern pattern() {
        return pattern;
    }

    public void forEach(String text, Consumer<Matcher> action) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (!first[text.charAt(i)])
                continue;
            m.region(i, n);
            if (m.lookingAt()) {
                action.accept(m);
                i = Math.max(i, m.end() - 1);
            }
        }
    }
}
