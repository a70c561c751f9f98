package org.govkg.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Completes names that only make sense in the document's jurisdiction: in a document of 柳州市,
 * 市人民政府 is 柳州市人民政府 and 市财政局 is 柳州市财政局. The jurisdiction is the region of the
 * first body named in full (usually the publisher). The surface strings stay as written.
 */
final class JurisdictionExpander implements MentionFinder {
    private static final Set<String> GOVERNING_SUFFIXES = Set.of("人民政府", "政府", "委");

    @Override
    public void find(ExtractionContext cx) {
        String region = jurisdiction(cx);
        cx.jurisdiction = region;
        if (region == null)
            return;
        char level = region.charAt(region.length() - 1);
        String stem = region.substring(0, region.length() - 1);
        Map<EntityRef, EntityRef> names = new HashMap<>();
        for (Mention m : cx.mentions()) {
            EntityRef e = m.entity();
            boolean relative = (e.type() == EntityType.ORGANIZATION || e.type() == EntityType.LEADERSHIP_GROUP
                || e.type() == EntityType.PROJECT)
                && e.name().length() > 1 && e.name().charAt(0) == level && e.name().charAt(1) != '级' && !e.name().startsWith(region);
            if (relative)
                names.put(e, new EntityRef(e.type(), stem + e.name()));
        }
        cx.rename(names);
        EntityRef place = new EntityRef(EntityType.REGION, region);
        for (Mention m : cx.mentions())
            if (names.containsValue(m.entity()) && governs(m.entity().name().substring(region.length())))
                cx.link(m.entity(), Relation.JURISDICTION, place, m.start(), m.end());
    }

    private static boolean governs(String rest) {
        return GOVERNING_SUFFIXES.contains(rest);
    }

    /** The region prefix of the first body named with its full region, in text order. */
    private static String jurisdiction(ExtractionContext cx) {
        ExtractionContext.RegionPrefix first = null;
        for (ExtractionContext.RegionPrefix p : cx.regionPrefixes)
            if (cx.holds(p.body()) && (first == null || p.start() < first.start()))
                first = p;
        return first == null ? null : cx.text.substring(first.start(), first.end());
    }
}
