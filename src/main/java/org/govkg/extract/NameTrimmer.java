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

    public NameTrimmer(String stopChars, List<String> cutWords) {
        this.stopChars = stopChars;
        this.cutWords = cutWords;
    }

    /** Offset within {@code candidate} where the name starts. */
    public int nameStart(String candidate, int suffixStart) {
        int start = 0;
        for (int i = 0; i < suffixStart; i++) {
            if (stopChars.indexOf(candidate.charAt(i)) >= 0)
                start = i + 1;
            for (String w : cutWords)
                if (candidate.startsWith(w, i) && i + w.length() <= suffixStart)
                    start = Math.max(start, i + w.length());
        }
        return start;
    }
}
