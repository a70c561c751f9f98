package org.govkg.extract.header;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govkg.extract.lexicon.Lexicon;

/**
 * The keys of the metadata block government sites print above a document (索引号, 发布机构, 文号 …),
 * the one list both the text header and the web-page reader use, and which keys say the same thing.
 */
public final class MetadataKeys {
    private final Set<String> keys;
    private final Lexicon lex;

    public MetadataKeys(Lexicon lex) {
        this.lex = lex;
        this.keys = lex.set("header.meta.keys");
    }

    public static MetadataKeys standard() {
        return new MetadataKeys(Lexicon.standard());
    }

    public boolean isKey(String key) {
        return keys.contains(key);
    }

    /** The keys that give one field ({@code publisher}, {@code issued}, {@code number}, {@code index}, {@code title}), in order of preference. */
    public List<String> field(String name) {
        return lex.list("header.field." + name);
    }

    /** The first value the metadata gives for a field, or null. */
    public String value(Map<String, String> meta, String field) {
        for (String k : field(field)) {
            String v = meta.get(k);
            if (v != null && !v.isBlank())
                return v.strip();
        }
        return null;
    }

    /** {@code <meta name=…>} tags of government publishing systems, and the key each stands for. */
    public Map<String, String> metaTags() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : lex.list("header.html.meta.tags")) {
            int eq = pair.indexOf('=');
            out.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return out;
    }
}
