package org.govkg.eval;

import java.util.List;
import java.util.Map;

/**
 * How one document's extraction compares with its gold annotation.
 *
 * @param entities   per core type, entity counts
 * @param links      gold entity-to-entity relations whose two entities the extraction links directly, either way
 * @param linkPrecision extracted links between two gold entities: true when the gold states a relation between them, false otherwise
 * @param predicates the same, with the right property
 * @param posts      leader and deputy-leader posts (literals) found for the right group
 * @param missed     gold items not found, one line each
 * @param extra      extracted entities that match no gold entity, one line each
 * @param clustering the document's mentions of gold entities, for B-cubed scores of entity resolution
 */
public record DocumentScore(String document, Map<String, Counts> entities, Counts links, Counts linkPrecision, Counts predicates,
                            Counts posts, List<String> missed, List<String> extra, List<BCubed.Item> clustering) {

    public Counts allEntities() {
        return entities.values().stream().reduce(Counts.ZERO, Counts::plus);
    }
}
