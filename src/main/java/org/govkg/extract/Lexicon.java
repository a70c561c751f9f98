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

    /** The list as a regex alternation, each item quoted. */
    public String alternation(String key) {
        StringBuilder sb = new StringBuilder("(?:");
        List<String> items = list(key);
        for (int i = 0; i < items.size(); i++)
            sb.append(i == 0 ? "" : "|").append(Pattern.quote(items.get(i)));
        return sb.append(')').toString();
    }

    /** A single-string property, such as the stop characters. */
    public String raw(String key) {
        String v = lists.getProperty(key);
        if (v == null)
            throw new IllegalArgumentException("lexicon has no list " + key);
        return v.strip();
    }
}
