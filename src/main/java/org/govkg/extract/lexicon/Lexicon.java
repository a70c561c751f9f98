package org.govkg.extract.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the extractor knows about Chinese government writing, as data: word lists (suffixes of body
 * names, verbs that precede names, post titles, metadata keys …) from {@code extract/lexicon.properties},
 * and the patterns of the genre's constructions from {@code extract/patterns.tsv}. A pattern may name a
 * list as {@code {{key}}} (it becomes an alternation of the list's words), take a list's raw text as
 * {@code {{=key}}}, or include another pattern as {@code {{@key}}}; the pattern file is read verbatim, so regexes need no escaping for the loader.
 */
public final class Lexicon {
    private static final String LISTS = "/extract/lexicon.properties";
    private static final String PATTERNS = "/extract/patterns.tsv";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([=@]?)([a-z0-9.\\-]+)\\}\\}");
    private static volatile Lexicon standard;
    private final Properties lists;
    private final Map<String, String> patterns;
    private final Map<String, Pattern> compiled = new HashMap<>();

    private Lexicon(Properties lists, Map<String, String> patterns) {
        this.lists = lists;
        this.patterns = patterns;
    }

    /** The lexicon shipped in the jar, read once. */
    public static Lexicon standard() {
        Lexicon l = standard;
        if (l == null)
            standard = l = new Lexicon(readLists(), readPatterns());
        return l;
    }

    private static InputStream open(String resource) {
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null)
            throw new IllegalStateException("missing resource " + resource);
        return in;
    }

    private static Properties readLists() {
        try (InputStream in = open(LISTS)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code key<TAB>regex} lines; blank lines and lines starting with # are comments. */
    private static Map<String, String> readPatterns() {
        Map<String, String> out = new TreeMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(PATTERNS), StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#"))
                    continue;
                int tab = line.indexOf('\t');
                if (tab < 0)
                    throw new IllegalStateException(PATTERNS + " line " + n + ": expected KEY<TAB>REGEX");
                if (out.put(line.substring(0, tab).strip(), line.substring(tab + 1)) != null)
                    throw new IllegalStateException(PATTERNS + " line " + n + ": pattern " + line.substring(0, tab) + " defined twice");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The words of a list. */
    public List<String> list(String key) {
        return List.of(raw(key).split("\\|"));
    }

    /** The words of a list, for membership tests. */
    public Set<String> set(String key) {
        return Set.copyOf(list(key));
    }

    /** The list as a regex that matches any of its items, preferring the longest. */
    public String alternation(String key) {
        return alternation(list(key));
    }

    /** A single-string entry, such as a set of stop characters. */
    public String raw(String key) {
        String v = lists.getProperty(key);
        if (v == null)
            throw new IllegalArgumentException("lexicon has no list " + key);
        return v.strip();
    }

    /** A pattern's regex with its placeholders expanded. */
    public String regex(String key) {
        String r = patterns.get(key);
        if (r == null)
            throw new IllegalArgumentException("lexicon has no pattern " + key);
        Matcher m = PLACEHOLDER.matcher(r);
        StringBuilder sb = new StringBuilder();
        while (m.find())
            m.appendReplacement(sb, Matcher.quoteReplacement(switch (m.group(1)) {
                case "=" -> raw(m.group(2));
                case "@" -> regex(m.group(2));
                default -> alternation(m.group(2));
            }));
        return m.appendTail(sb).toString();
    }

    /** A pattern, compiled once. */
    public synchronized Pattern pattern(String key) {
        return compiled.computeIfAbsent(key, k -> Pattern.compile(regex(k)));
    }

    /** Keys of every pattern, for checks that each compiles. */
    public Set<String> patternKeys() {
        return patterns.keySet();
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
        private final TreeMap<Character, Node> next = new TreeMap<>();
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
}
