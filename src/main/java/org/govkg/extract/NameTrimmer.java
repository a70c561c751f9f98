package org.govkg.extract;

import java.util.List;

/**
 * Cuts the surrounding clause off the front of a candidate name: Chinese has no spaces, so a
 * pattern anchored on a suffix (…局, …领导小组) reaches back too far, and the name starts after
 * the last function character (的, 在, 与 …) or clause verb (成立, 推进 …) in the candidate.
 */
public final class NameTrimmer {
    private final String stopChars;
    private final List<String> cutWords;
    private final List<String> keepWords;

    public NameTrimmer(String stopChars, List<String> cutWords) {
        this(stopChars, cutWords, List.of("面向", "华为", "以上", "经济", "经营"));
    }

    public NameTrimmer(String stopChars, List<String> cutWords, List<String> keepWords) {
        this.stopChars = stopChars;
        this.cutWords = cutWords;
        this.keepWords = keepWords;
    }

    private boolean inKeepWord(String s, int i) {
        for (String k : keepWords)
            for (int j = Math.max(0, i - k.length() + 1); j <= i; j++)
                if (s.startsWith(k, j) && j + k.length() > i)
                    return true;
        return false;
    }

    /** Offset within {@code candidate} where the name starts. */
    public int nameStart(String candidate, int suffixStart) {
        int start = 0;
        for (int i = 0; i < suffixStart; i++) {
            if (stopChars.indexOf(candidate.charAt(i)) >= 0 && !inKeepWord(candidate, i))
                start = i + 1;
            for (String w : cutWords)
                if (candidate.startsWith(w, i) && i + w.length() <= suffixStart)
                    start = Math.max(start, i + w.length());
        }
        return start;
    }
}
