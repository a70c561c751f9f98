package org.govkg.extract.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govkg.extract.lexicon.Lexicon;
import org.govkg.extract.model.DocumentMetadata;
import org.govkg.extract.model.EntityRef;
import org.govkg.extract.model.Link;
import org.govkg.extract.model.Mention;
import org.govkg.extract.model.Relation;
import org.govkg.extract.phase.MentionSet;
import org.govkg.vocab.EntityType;

/**
 * The plan a document is about: the plan its title notice publishes (关于印发X的通知 → X), else its title
 * when that is a plan, else the plan its opening explains (解读《X》).
 */
public final class MainPlan {
    private final Pattern interprets;

    public MainPlan(Lexicon lex) {
        interprets = lex.pattern("plan.interprets");
    }

    /** The plan the document's opening says it explains (解读《X》), or null. */
    public EntityRef interpreted(MentionSet cx, DocumentMetadata meta) {
        Matcher m = interprets.matcher(cx.text()).region(0, Math.min(cx.text().length(), meta.bodyStart() + OPENING));
        if (m.find())
            for (Mention p : cx.within(EntityType.PLAN, m.start(), m.end()))
                return p.entity();
        return null;
    }

    /** The document's main plan, or null when it has none. */
    public EntityRef of(MentionSet cx, DocumentMetadata meta) {
        String title = meta.title();
        if (title != null) {
            EntityRef notice = new EntityRef(EntityType.PLAN, title);
            for (Link l : cx.links())
                if (l.relation() == Relation.PART_OF && l.object().equals(notice))
                    return l.subject();
            for (Mention m : cx.mentions())
                if (m.entity().equals(notice))
                    return notice;
        }
        return interpreted(cx, meta);
    }

    /** The opening that says what a document explains: this many characters after its header. */
    private static final int OPENING = 400;
}
