package org.govkg.extract;

import java.util.HashMap;
import java.util.Map;

import org.govkg.resolve.Curation;

/**
 * Applies the user's curation after the automatic rules: merges rename an entity to the target,
 * splits give a mention back its own surface as name.
 */
final class CurationRules implements MentionFinder {
    private final Curation curation;

    CurationRules(Curation curation) {
        this.curation = curation;
    }

    @Override
    public void find(ExtractionContext cx) {
        Map<EntityRef, EntityRef> names = new HashMap<>();
        Map<EntityRef, String> rules = new HashMap<>();
        for (Curation.Rule r : curation.rules()) {
            EntityType type = type(r.type());
            if (type == null)
                continue;
            if (r.action() == Curation.Action.MERGE) {
                names.put(new EntityRef(type, r.name()), new EntityRef(type, r.argument()));
                rules.put(new EntityRef(type, r.name()), "curation (line " + r.line() + "): merge " + r.name() + " → " + r.argument());
            }
        }
        cx.rename(names, rules);
        for (Curation.Rule r : curation.rules())
            if (r.action() == Curation.Action.SPLIT && type(r.type()) != null)
                cx.split(type(r.type()), r.name(), "curation (line " + r.line() + "): split " + r.name());
    }

    static EntityType type(String name) {
        for (EntityType t : EntityType.values())
            if (t.name().replace("_", "").equalsIgnoreCase(name))
                return t;
        return null;
    }
}
