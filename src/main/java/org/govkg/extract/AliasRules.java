package org.govkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code 某某领导小组（以下简称领导小组）}: the short name defined in brackets stands for the entity
 * named just before it, wherever it occurs later in the document.
 */
final class AliasRules implements MentionFinder {
    private static final Pattern DEFINITION = Pattern.compile("[（(]\\s*(?:以下|下文)?简称[“\"]?(?<alias>[^”\"）)]{2,20})[”\"]?\\s*[）)]");

    @Override
    public void find(ExtractionContext cx) {
        Matcher d = DEFINITION.matcher(cx.text);
        while (d.find()) {
            Mention named = endingAt(cx, d.start());
            if (named == null)
                continue;
            String alias = d.group("alias");
            renameInside(cx, named, d.start(), d.end());
            renameSameName(cx, named, alias);
            for (int i = cx.text.indexOf(alias, d.end()); i >= 0; i = cx.text.indexOf(alias, i + alias.length()))
                if (!insideMention(cx, i, named.entity().type()))
                    cx.mention(named.entity().type(), named.entity().name(), i, i + alias.length(),
                        "alias: （以下简称" + alias + "） stands for " + named.entity().name());
        }
    }

    /** The alias inside the brackets may have been found as an entity of its own: it is the named one. */
    private static void renameInside(ExtractionContext cx, Mention named, int start, int end) {
        java.util.Map<EntityRef, EntityRef> names = new java.util.HashMap<>();
        for (Mention m : cx.mentions())
            if (m.start() >= start && m.end() <= end && m.entity().type() == named.entity().type() && !m.entity().equals(named.entity()))
                names.put(m.entity(), named.entity());
        cx.rename(names, reasons(names, named));
    }

    /** Later mentions already found under the short name (《实施意见》 as a plan of its own) are the named entity. */
    private static void renameSameName(ExtractionContext cx, Mention named, String alias) {
        String bare = alias.replaceAll("[《》“”\"]", "");
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

    private static Mention endingAt(ExtractionContext cx, int end) {
        Mention best = null;
        for (Mention m : cx.endingAt(end))
            if (best == null || m.length() > best.length())
                best = m;
        return best;
    }

    private static boolean insideMention(ExtractionContext cx, int offset, EntityType type) {
        return !cx.covering(type, offset).isEmpty();
    }
}
