package org.govkg.extract.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts the surrounding clause off the front of a candidate name: Chinese has no spaces, so a
 * pattern anchored on a suffix (…局, …领导小组) reaches back too far, and the name starts after
 * the last function character (的, 在, 与 …) or clause verb (成立, 推进 …) in the candidate.
 * Words that hold a function character without breaking a name (面向…, 经济…) are kept whole.
 */
public final class NameTrimmer {
    private final String stopChars;
    /** Cut words by their first character, so that each position only tries the few that can start there. */
    private final Map<Character, List<String>> cutWords = new HashMap<>();
    private final Map<Character, List<String>> keepWords = new HashMap<>();
    private final Map<Character, List<String>> cutBefore = new HashMap<>();
    private String placeChars = "";

    public NameTrimmer(String stopChars, List<String> cutWords, List<String> keepWords) {
        this.stopChars = stopChars;
        index(cutWords, this.cutWords);
        index(keepWords, this.keepWords);
    }

    /** The same trimmer that also cuts {@code words} where one of {@code placeChars} follows them (经市政府 is 市政府). */
    public NameTrimmer cuttingBeforePlaces(List<String> words, String placeChars) {
        NameTrimmer t = new NameTrimmer(stopChars, List.of(), List.of());
        t.cutWords.putAll(cutWords);
        t.keepWords.putAll(keepWords);
        index(words, t.cutBefore);
        t.placeChars = placeChars;
        return t;
    }

    private static void index(List<String> words, Map<Character, List<String>> into) {
        for (String w : words)
            into.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
    }

    /**
     * How far a name ending at {@code end} can reach back: over characters {@code inName} accepts,
     * at most {@code max} of them, and not before {@code floor} (the end of the previous name).
     */
    public static int reachBack(String text, int end, int floor, int max, java.util.function.IntPredicate inName) {
        int from = end;
        while (from > floor && end - from < max && inName.test(text.charAt(from - 1)))
            from--;
        return from;
    }

    /** Offset within {@code candidate} where the name starts. */
    public int nameStart(String candidate, int suffixStart) {
        int start = 0;
        for (int i = 0; i < suffixStart; i++) {
            char c = candidate.charAt(i);
            if (stopChars.indexOf(c) >= 0 && !inKeepWord(candidate, i))
                start = i + 1;
            for (String w : cutWords.getOrDefault(c, List.of()))
                if (candidate.startsWith(w, i) && i + w.length() <= suffixStart)
                    start = Math.max(start, i + w.length());
            for (String w : cutBefore.getOrDefault(c, List.of()))
                if (candidate.startsWith(w, i) && i + w.length() < suffixStart && placeChars.indexOf(candidate.charAt(i + w.length())) >= 0)
                    start = Math.max(start, i + w.length());
        }
        return start;
    }

    private boolean inKeepWord(String s, int i) {
        for (int j = Math.max(0, i - 3); j <= i; j++)
            for (String k : keepWords.getOrDefault(s.charAt(j), List.of()))
                if (s.startsWith(k, j) && j + k.length() > i)
                    return true;
        return false;
    }
}
