package org.govkg.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govkg.extract.model.EntityRef;
import org.govkg.vocab.EntityType;
import org.govkg.extract.model.Extraction;
import org.govkg.extract.model.Mention;

/**
 * Pairs extracted entities with gold entities: an extracted entity matches a gold one of the same
 * type when one of its labels (its name or any surface form) equals the gold name or an alias, once
 * quotes, 《》 and white space are removed. Each gold entity is matched at most once.
 */
final class EntityMatcher {
    private final Map<EntityRef, Set<String>> labels = new LinkedHashMap<>();
    private final Map<EntityRef, GoldDocument.GoldEntity> matches = new HashMap<>();

    EntityMatcher(Extraction x, GoldDocument gold) {
        for (Mention m : x.mentions()) {
            Set<String> l = labels.computeIfAbsent(m.entity(), k -> new HashSet<>());
            l.add(clean(m.entity().name()));
            l.add(clean(m.surface()));
        }
        Set<String> taken = new HashSet<>();
        for (Map.Entry<EntityRef, Set<String>> e : labels.entrySet())
            for (GoldDocument.GoldEntity g : gold.entities())
                if (!taken.contains(g.id()) && sameType(e.getKey().type(), g.type()) && overlaps(e.getValue(), g)) {
                    matches.put(e.getKey(), g);
                    taken.add(g.id());
                    break;
                }
    }

    static String clean(String s) {
        return s.replaceAll("[“”\"《》\\s\u3000]", "");
    }

    static boolean sameType(EntityType t, String goldType) {
        return t.name().replace("_", "").equalsIgnoreCase(goldType);
    }

    private static boolean overlaps(Set<String> labels, GoldDocument.GoldEntity g) {
        if (labels.contains(clean(g.name())))
            return true;
        for (String a : g.aliases())
            if (labels.contains(clean(a)))
                return true;
        return false;
    }

    Set<EntityRef> extracted() {
        return labels.keySet();
    }

    GoldDocument.GoldEntity goldFor(EntityRef ref) {
        return matches.get(ref);
    }

    /** The extracted entity matched to the gold entity, or null. */
    EntityRef extractedFor(String goldId) {
        for (Map.Entry<EntityRef, GoldDocument.GoldEntity> e : matches.entrySet())
            if (e.getValue().id().equals(goldId))
                return e.getKey();
        return null;
    }

    /** Every extracted entity one of whose labels names the gold entity, matched or not (duplicates included). */
    List<EntityRef> allFor(GoldDocument.GoldEntity g) {
        if (g == null)
            return List.of();
        return labels.entrySet().stream().filter(e -> sameType(e.getKey().type(), g.type()) && overlaps(e.getValue(), g))
            .map(Map.Entry::getKey).toList();
    }

    List<String> labelsOf(EntityRef ref) {
        return List.copyOf(labels.get(ref));
    }
}
