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

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govkg.resolve.Gazetteer;

/**
 * Words that point at the document's own issuer or place: 我局, 本委, 我中心 are the publisher;
 * 我市, 本区, 我州 the jurisdiction (or the division above it, for 我省 in a city's document).
 */
public final class DeicticFinder {
    /** How the mentions this pass makes explain themselves; later rules recognise self-references by it. */
    public static final String RULE = "self-reference";

    private final Pattern self;
    private final String levels;
    private final Gazetteer gazetteer;

    public DeicticFinder(Lexicon lex, Gazetteer gazetteer) {
        this.self = lex.pattern("resolve.self");
        this.levels = lex.raw("resolve.levels.chars");
        this.gazetteer = gazetteer;
    }

    /** Finds the self-references of a document published by {@code publisher} in {@code jurisdiction} (either may be null). */
    public void find(String publisher, String jurisdiction, MentionSet cx) {
        Matcher m = self.matcher(cx.text());
        while (m.find()) {
            String kind = m.group("kind");
            if (levels.contains(kind))
                place(cx, jurisdiction, kind.charAt(0), m.start(), m.end());
            else if (publisher != null && publisher.endsWith(kind))
                cx.mention(EntityType.ORGANIZATION, publisher, m.start(), m.end(),
                    RULE + ": " + m.group() + " is the publisher");
        }
        if (publisher != null && publisher.length() >= 3)
            publishersGroups(publisher, cx);
    }

    /**
     * 成立局某某工作领导小组 in a 某某局 document: a group named after the publisher's kind alone (局, 委)
     * is the publisher's own group, 某某局某某工作领导小组.
     */
    private static void publishersGroups(String publisher, MentionSet cx) {
        char kind = publisher.charAt(publisher.length() - 1);
        java.util.Map<EntityRef, EntityRef> names = new java.util.HashMap<>();
        java.util.Map<EntityRef, String> rules = new java.util.HashMap<>();
        for (Mention g : cx.mentions())
            if (g.entity().type() == EntityType.LEADERSHIP_GROUP && g.surface().length() > 4 && g.surface().charAt(0) == kind
                    && g.entity().name().equals(g.surface())) {
                EntityRef own = new EntityRef(EntityType.LEADERSHIP_GROUP, publisher + g.surface().substring(1));
                names.put(g.entity(), own);
                rules.put(g.entity(), RULE + ": " + g.surface() + " is a group of the publisher, " + own.name());
            }
        cx.rename(names, rules);
    }

    private void place(MentionSet cx, String region, char level, int start, int end) {
        if (region == null)
            return;
        String place = region.charAt(region.length() - 1) == level ? region : gazetteer.ancestorEndingWith(region, level);
        if (place != null)
            cx.mention(EntityType.REGION, place, start, end, RULE + ": " + cx.text().substring(start, end) + " is " + place);
    }
}
