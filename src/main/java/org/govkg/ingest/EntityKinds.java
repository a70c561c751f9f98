package org.govkg.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.govkg.extract.model.EntityRef;
import org.govkg.vocab.EntityKind;
import org.govkg.vocab.EntityType;

/**
 * Tells the kind of a titled document or a group from the word its name ends with (…的通知 is a
 * notice, …合作协议 an agreement, …工作组 a working group), by the table in
 * {@code ingest/kinds.tsv}.
 */
public final class EntityKinds {
    private record Rule(EntityType type, EntityKind kind, Pattern end) {}

    /** A bracketed year range or number after the name's last word: 某某规划（2021-2025年）. */
    private static final Pattern TRAILING_BRACKETS = Pattern.compile("(?:[（(][^（）()]*[)）]|〔[^〔〕]*〕|\\s)+$");
    private static final List<Rule> RULES = read();

    private EntityKinds() {}

    /** The kind of the entity, if its name says one. */
    public static Optional<EntityKind> of(EntityRef ref) {
        String name = TRAILING_BRACKETS.matcher(ref.name()).replaceFirst("").replaceAll("[》”\"]+$", "");
        for (Rule r : RULES)
            if (r.type() == ref.type() && r.end().matcher(name).find())
                return Optional.of(r.kind());
        return Optional.empty();
    }

    private static List<Rule> read() {
        List<Rule> rules = new ArrayList<>();
        try (InputStream in = EntityKinds.class.getResourceAsStream("/ingest/kinds.tsv")) {
            if (in == null) throw new IllegalStateException("ingest/kinds.tsv is missing from the jar");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                EntityType type = java.util.Arrays.stream(EntityType.values()).filter(t -> t.segment().equals(f[0])).findFirst()
                    .orElseThrow(() -> new IllegalStateException("ingest/kinds.tsv: unknown type " + f[0]));
                rules.add(new Rule(type, EntityKind.valueOf(f[1]), Pattern.compile(f[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ingest/kinds.tsv", e);
        }
        return List.copyOf(rules);
    }
}
