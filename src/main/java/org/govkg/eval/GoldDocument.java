package org.govkg.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A gold annotation of one document, in the format of the evaluation corpus: its entities with
 * every surface form, the relations between them, and the phrases that are not entities.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldDocument(String doc, String genre, List<GoldEntity> entities, List<GoldRelation> relations,
                           List<String> not_entities) {

    /** A gold entity; {@code hard} ones only context reveals, {@code optional} ones cost nothing if missed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldEntity(String id, String type, String name, List<String> aliases, boolean hard, boolean optional) {
        public List<String> aliases() {
            return aliases == null ? List.of() : aliases;
        }
    }

    /** A gold relation; {@code o} is an entity id, or a literal for post and count relations. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldRelation(String s, String p, String o, String evidence) {}

    public static GoldDocument read(Path file) throws IOException {
        return new ObjectMapper().readValue(file.toFile(), GoldDocument.class);
    }

    public GoldEntity entity(String id) {
        for (GoldEntity e : entities)
            if (e.id().equals(id))
                return e;
        return null;
    }
}
