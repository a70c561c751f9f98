package org.govkg.extract.text;

import java.util.ArrayList;
import java.util.List;

import org.govkg.extract.lexicon.Lexicon;
import org.govkg.extract.model.Sentence;

/**
 * Splits text into sentences at the terminators the lexicon lists (full-width and ASCII) and at line
 * ends, keeping offsets. Quoted passages are not split inside, so a quoted sentence stays with its context.
 */
public final class SentenceSplitter {
    /** Terminators by character: the test runs on every character of every document. */
    private final boolean[] terminator = new boolean[Character.MAX_VALUE + 1];
    private final char open;
    private final char close;

    public SentenceSplitter(Lexicon lex) {
        for (char c : lex.raw("sentence.terminators").toCharArray())
            terminator[c] = true;
        open = lex.raw("quote.open").charAt(0);
        close = lex.raw("quote.close").charAt(0);
    }

    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int quoteDepth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == open) quoteDepth++;
            else if (c == close) quoteDepth = Math.max(0, quoteDepth - 1);
            boolean lineEnd = c == '\n';
            if (lineEnd || (quoteDepth == 0 && terminator[c])) {
                add(out, text, start, lineEnd ? i : i + 1);
                start = i + 1;
                if (lineEnd) quoteDepth = 0;
            }
        }
        add(out, text, start, text.length());
        return out;
    }

    private static void add(List<Sentence> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start)
            out.add(new Sentence(out.size(), start, end, text.substring(start, end)));
    }
}
