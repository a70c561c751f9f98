package org.govkg.resolve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The user's corrections to entity resolution ({@code data/curation.tsv}): force a merge, force a
 * split, or set the label an entity is shown with. Read fresh on every ingest.
 */
public record Curation(List<Rule> rules, String hash) {
    /** No corrections. */
    public static final Curation NONE = new Curation(List.of(), "");

    /** One correction. {@code argument} is the target of a merge or the label, null for a split. */
    public record Rule(Action action, String type, String name, String argument, int line) {}

    /** What a rule does. */
    public enum Action { MERGE, SPLIT, LABEL }

    /** Reads a curation file; a malformed line is an error naming the file and line. */
    public static Curation read(Path file) throws IOException {
        if (file == null || !Files.exists(file))
            return NONE;
        byte[] bytes = Files.readAllBytes(file);
        List<Rule> rules = new ArrayList<>();
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#"))
                continue;
            String[] c = line.split("\t");
            Action a = switch (c[0].strip()) {
                case "merge" -> Action.MERGE;
                case "split" -> Action.SPLIT;
                case "label" -> Action.LABEL;
                default -> throw new IOException(file + ":" + (i + 1) + ": unknown action '" + c[0] + "' (merge, split or label)");
            };
            int needed = a == Action.SPLIT ? 3 : 4;
            if (c.length < needed)
                throw new IOException(file + ":" + (i + 1) + ": " + c[0] + " takes " + (needed - 1) + " tab-separated fields");
            rules.add(new Rule(a, c[1].strip(), c[2].strip(), a == Action.SPLIT ? null : c[3].strip(), i + 1));
        }
        return new Curation(List.copyOf(rules), org.govkg.vocab.Hashes.sha256(new String(bytes, StandardCharsets.UTF_8), 16));
    }
}
