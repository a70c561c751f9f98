package org.govkg.extract.resolve;

import org.govkg.extract.lexicon.Lexicon;
import org.govkg.extract.model.DocumentMetadata;
import org.govkg.extract.model.EntityRef;
import org.govkg.extract.model.Link;
import org.govkg.extract.model.Mention;
import org.govkg.extract.model.Relation;
import org.govkg.extract.phase.Candidates;
import org.govkg.extract.phase.MentionSet;
import org.govkg.extract.phase.Notes;
import org.govkg.vocab.EntityType;

import java.util.HashMap;
import java.util.Map;

import org.govkg.resolve.Curation;

/**
 * Applies the user's curation after the automatic rules: merges rename an entity to the target,
 * splits give a mention back its own surface as name.
 */
public final class CurationRules {
    private final Curation curation;

    public CurationRules(Curation curation) {
        this.curation = curation;
    }

    public void resolve(MentionSet cx) {
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
