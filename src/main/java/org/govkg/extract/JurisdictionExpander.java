package org.govkg.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.govkg.resolve.Gazetteer;

/**
 * Completes names that only make sense in the document's jurisdiction: in a document of 柳州市,
 * 市人民政府 is 柳州市人民政府 and 市财政局 is 柳州市财政局. The jurisdiction is the region of the
 * first body named in full (usually the publisher). The surface strings stay as written.
 */
final class JurisdictionExpander implements MentionFinder {
    private static final Set<String> GOVERNING_SUFFIXES = Set.of("人民政府", "政府", "委", "党委");
    private static final String LEVELS = "省州市县区";
    private final Gazetteer gazetteer;

    JurisdictionExpander(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public void find(ExtractionContext cx) {
        String region = jurisdiction(cx);
        cx.jurisdiction = region;
        if (region == null)
            return;
        Map<EntityRef, EntityRef> names = new HashMap<>();
        Map<EntityRef, String> places = new HashMap<>();
        Map<EntityRef, String> rules = new HashMap<>();
        for (Mention m : cx.mentions()) {
            EntityRef e = m.entity();
            String place = relativeTo(region, e);
            if (place != null) {
                EntityRef full = new EntityRef(e.type(), complete(place, e.name()));
                names.put(e, full);
                places.put(full, place);
                rules.put(e, "jurisdiction: " + e.name() + " → " + full.name() + " (a document of " + region + ")");
            }
        }
        cx.rename(names, rules);
        for (Mention m : cx.mentions()) {
            String place = places.get(m.entity());
            if (place != null && governs(m.entity().name().substring(place.length())))
                cx.link(m.entity(), Relation.JURISDICTION, new EntityRef(EntityType.REGION, place), m.start(), m.end());
        }
    }

    /**
     * The place a relative name refers to: the jurisdiction for its own level (州发展改革委 in a
     * 红河州 document), the division above it for a higher level (省政府 there is 云南省's).
     */
    private String relativeTo(String region, EntityRef e) {
        boolean relative = (e.type() == EntityType.ORGANIZATION || e.type() == EntityType.LEADERSHIP_GROUP
            || e.type() == EntityType.PROJECT) && e.name().length() > 1 && e.name().charAt(1) != '级';
        if (!relative)
            return null;
        if (e.name().startsWith("自治区"))
            return gazetteer.ancestorEndingWith(region, '省');
        char first = e.name().charAt(0);
        if (LEVELS.indexOf(first) < 0 || e.name().startsWith(region))
            return null;
        if (region.charAt(region.length() - 1) == first)
            return region;
        return gazetteer.ancestorEndingWith(region, first);
    }

    /** 云南省 + 省政府 is 云南省政府; 广西壮族自治区 + 自治区党委 is 广西壮族自治区党委. */
    private static String complete(String place, String relative) {
        if (relative.startsWith("自治区"))
            return place + relative.substring(3);
        return place.substring(0, place.length() - 1) + relative;
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
