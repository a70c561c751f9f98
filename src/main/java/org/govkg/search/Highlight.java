package org.govkg.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A text cut into the parts a search matched and the parts around them, so that a page can mark
 * the matches ({@code <mark>}) while writing every part as text, never as HTML.
 */
public final class Highlight {
    /** One run of the text; {@code hit} when it is a match. */
    public record Part(String text, boolean hit) {}

    private Highlight() {}

    /**
     * {@code text} cut at every occurrence of any of {@code terms} (ignoring case; the longest term
     * wins where two start at the same place). Blank terms are ignored.
     */
    public static List<Part> of(String text, List<String> terms) {
        List<Part> parts = new ArrayList<>();
        if (text == null) return parts;
        List<String> ts = terms.stream().filter(t -> t != null && !t.isBlank()).map(t -> t.toLowerCase(Locale.ROOT))
            .distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        String lower = text.toLowerCase(Locale.ROOT);
        int done = 0;
        int i = 0;
        while (i < text.length() && !ts.isEmpty()) {
            String found = null;
            for (String t : ts)
                if (lower.startsWith(t, i)) { found = t; break; }
            if (found == null) { i++; continue; }
            if (i > done) parts.add(new Part(text.substring(done, i), false));
            parts.add(new Part(text.substring(i, i + found.length()), true));
            i += found.length();
            done = i;
        }
        if (done < text.length()) parts.add(new Part(text.substring(done), false));
        return parts;
    }
}
