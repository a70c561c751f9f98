package org.govkg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences at 。！？；, their ASCII forms and line ends, keeping offsets. Quoted
 * passages (“…”) are not split inside, so a quoted sentence stays with its context.
 */
public final class SentenceSplitter {

    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int quoteDepth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“') quoteDepth++;
            else if (c == '”') quoteDepth = Math.max(0, quoteDepth - 1);
            boolean lineEnd = c == '\n';
            if (lineEnd || (quoteDepth == 0 && isTerminator(c))) {
                add(out, text, start, lineEnd ? i : i + 1);
                start = i + 1;
                if (lineEnd) quoteDepth = 0;
            }
        }
        add(out, text, start, text.length());
        return out;
    }

    private static boolean isTerminator(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';';
    }

    private static void add(List<Sentence> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start)
            out.add(new Sentence(out.size(), start, end, text.substring(start, end)));
    }
}
