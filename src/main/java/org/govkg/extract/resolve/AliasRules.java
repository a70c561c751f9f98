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

/**
 * {@code 某某领导小组（以下简称领导小组）}: the short name defined in brackets stands for the entity
 * named just before it, wherever it occurs later in the document; so does the second name a body
 * bears ({@code 某某办公室加挂某某局牌子}).
 */
public final class AliasRules {
    private final Pattern definition;
    private final Pattern secondName;
    private final Pattern marks;
    private final String definitionForm;

    public AliasRules(Lexicon lex) {
        definition = lex.pattern("resolve.alias.definition");
        secondName = lex.pattern("resolve.alias.second-name");
        marks = lex.pattern("resolve.alias.marks");
        definitionForm = lex.raw("resolve.alias.definition-form");
    }

    public void resolve(MentionSet cx) {
        resolve(cx, definition.matcher(cx.text()), null);
        resolve(cx, secondName.matcher(cx.text()), EntityType.ORGANIZATION);
    }

    /** Each match's alias stands for the mention ending where the match starts (of {@code type}, if given). */
    private void resolve(MentionSet cx, Matcher d, EntityType type) {
        while (d.find()) {
            Mention named = endingAt(cx, d.start());
            if (named == null || type != null && named.entity().type() != type)
                continue;
            String alias = d.group("alias");
            renameInside(cx, named, d.start(), d.end());
            renameSameName(cx, named, alias);
            for (int i = cx.text().indexOf(alias, d.end()); i >= 0; i = cx.text().indexOf(alias, i + alias.length()))
                if (!insideMention(cx, i, named.entity().type()))
                    cx.mention(named.entity().type(), named.entity().name(), i, i + alias.length(),
                        "alias: " + String.format(definitionForm, alias) + " stands for " + named.entity().name());
        }
    }

    /** The alias inside the brackets may have been found as an entity of its own: it is the named one. */
    private static void renameInside(MentionSet cx, Mention named, int start, int end) {
        java.util.Map<EntityRef, EntityRef> names = new java.util.HashMap<>();
        for (Mention m : cx.mentions())
            if (m.start() >= start && m.end() <= end && m.entity().type() == named.entity().type() && !m.entity().equals(named.entity()))
                names.put(m.entity(), named.entity());
        cx.rename(names, reasons(names, named));
    }

    /** Later mentions already found under the short name (《实施意见》 as a plan of its own) are the named entity. */
    private void renameSameName(MentionSet cx, Mention named, String alias) {
        String bare = marks.matcher(alias).replaceAll("");
        java.util.Map<EntityRef, EntityRef> names = new java.util.HashMap<>();
        for (Mention m : cx.mentions())
            if (m.entity().type() == named.entity().type() && m.entity().name().equals(bare) && !m.entity().equals(named.entity()))
                names.put(m.entity(), named.entity());
        cx.rename(names, reasons(names, named));
    }

    private static java.util.Map<EntityRef, String> reasons(java.util.Map<EntityRef, EntityRef> names, Mention named) {
        java.util.Map<EntityRef, String> out = new java.util.HashMap<>();
        names.keySet().forEach(e -> out.put(e, "alias: " + e.name() + " is defined as the short name of " + named.entity().name()));
        return out;
    }

    private static Mention endingAt(MentionSet cx, int end) {
        Mention best = null;
        for (Mention m : cx.endingAt(end))
            if (best == null || m.length() > best.length())
                best = m;
        return best;
    }

    private static boolean insideMention(MentionSet cx, int offset, EntityType type) {
        return !cx.covering(type, offset).isEmpty();
    }
}
