package org.govkg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Word lists about Chinese government writing (suffixes of body names, verbs that precede names,
 * generic phrases), read from {@code extract/lexicon.properties}.
 */
public final class Lexicon {
    private static final String RESOURCE = "/extract/lexicon.properties";
    private final Properties lists;

    private Lexicon(Properties lists) {
        this.lists = lists;
    }

    /** The lexicon shipped in the jar. */
    public static Lexicon standard() {
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null)
                throw new IllegalStateException("missing resource " + RESOURCE);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new Lexicon(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> list(String key) {
        return List.of(raw(key).split("\\|"));
    }

    /** The list as a regex that matches any of its items, preferring the longest. */
    public String alternation(String key) {
        return alternation(list(key));
    }

    /**
     * Words as a regex shaped like a trie (委员会|委 becomes 委(?:员会)?): the regex engine then
     * decides on the first character instead of trying every word in turn, and greedy optionals
     * keep the longest word first.
     */
    public static String alternation(List<String> words) {
        Node root = new Node();
        for (String w : words)
            root.add(w, 0);
        return root.regex();
    }

    /** A node of the word trie. */
    private static final class Node {
        private final java.util.TreeMap<Character, Node> next = new java.util.TreeMap<>();
        private boolean word;

        void add(String w, int i) {
            if (i == w.length()) {
                word = true;
                return;
            }
            next.computeIfAbsent(w.charAt(i), c -> new Node()).add(w, i + 1);
        }

        String regex() {
            StringBuilder sb = new StringBuilder("(?:");
            boolean first = true;
            for (var e : next.entrySet()) {
                sb.append(first ? "" : "|").append(Pattern.quote(String.valueOf(e.getKey())));
                if (!e.getValue().next.isEmpty() || !e.getValue().word)
                    sb.append(e.getValue().regex());
                first = false;
            }
            sb.append(')');
            return word ? sb.append('?').toString() : sb.toString();
        }
    }

    /** A single-string property, such as the stop characters. */
    public String raw(String key) {
        String v = lists.getProperty(key);
        if (v == null)
            throw new IllegalArgumentException("lexicon has no list " + key);
        return v.strip();
    }
}
