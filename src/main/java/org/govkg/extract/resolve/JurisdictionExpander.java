package org.govkg.extract.resolve;

import org.govkg.extract.lexicon.Lexicon;
import org.govkg.extract.model.EntityRef;
import org.govkg.extract.model.Mention;
import org.govkg.extract.model.Relation;
import org.govkg.extract.phase.MentionSet;
import org.govkg.extract.phase.Notes;
import org.govkg.vocab.EntityType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govkg.resolve.Gazetteer;

/**
 * Completes names that only make sense in the document's jurisdiction: in a document of 某某市,
 * 市人民政府 is 某某市人民政府 and 市财政局 is 某某市财政局. The jurisdiction is the region of the
 * first body named in full (usually the publisher). The surface strings stay as written.
 */
public final class JurisdictionExpander {
    private final Set<String> governingSuffixes;
    private final String levels;
    private final String levelMark;
    private final String autonomousRegion;
    private final char province;
    private final Gazetteer gazetteer;
    private final Pattern numberLine;
    /** The document number stands in the header: the first characters of the text. */
    private static final int NUMBER_WITHIN = 600;

    public JurisdictionExpander(Lexicon lex, Gazetteer gazetteer) {
        this.governingSuffixes = lex.set("resolve.governing.suffix");
        this.levels = lex.raw("resolve.levels.chars");
        this.levelMark = lex.raw("body.level.mark");
        this.autonomousRegion = lex.raw("resolve.autonomous-region");
        this.province = lex.raw("resolve.province.mark").charAt(0);
        this.gazetteer = gazetteer;
        this.numberLine = Pattern.compile("(?m)" + lex.regex("header.number-line"));
    }

    /**
     * The document's jurisdiction: the region prefix of the first body named with its full region, in
     * text order, unless the document number names a province (by its one-letter short form:
     * a number opening with 鄂 is a document of the province whose short form that is, where 省政府 is that
     * province's government) that the
     * gazetteer does not place that region in; then that province. Null if neither says.
     */
    public String jurisdiction(List<Notes.RegionPrefix> prefixes, MentionSet cx) {
        Notes.RegionPrefix first = null;
        for (Notes.RegionPrefix p : prefixes)
            if (cx.holds(p.body()) && (first == null || p.start() < first.start()))
                first = p;
        String numbered = provinceOfNumber(cx.text());
        if (first == null)
            return numbered;
        String region = cx.text().substring(first.start(), first.end());
        // a province's notice may name a county first (on its addressee line): its number says whose it is
        return numbered == null || gazetteer.isWithin(region, numbered) ? region : numbered;
    }

    /** The province a document number near the top opens with (its one-letter short form), or null. */
    private String provinceOfNumber(String text) {
        Matcher n = numberLine.matcher(text.substring(0, Math.min(text.length(), NUMBER_WITHIN)));
        if (!n.find())
            return null;
        return gazetteer.provinceOfLetter(n.group().strip().substring(0, 1));
    }

    /**
     * Completes the relative names of a document of {@code region}; returns the jurisdiction links of
     * the governments among them (市政府 → 某某市人民政府 governs 某某市), which hold only where that
     * government acts in the document (see {@link #governingWhereActing}).
     */
    public List<org.govkg.extract.model.Link> complete(String region, MentionSet cx) {
        List<org.govkg.extract.model.Link> governing = new java.util.ArrayList<>();
        if (region == null)
            return governing;
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
                governing.add(new org.govkg.extract.model.Link(m.entity(), Relation.JURISDICTION, new EntityRef(EntityType.REGION, place), m.start(), m.end()));
        }
        return governing;
    }

    /**
     * States the jurisdiction links {@link #complete} proposed for the governments that act in the
     * document (issue, set up, lead, sign …). A government written relatively in a formula of
     * deference (在市委、市政府的正确领导下) is the document's context, not a party to what it states.
     */
    public static void governingWhereActing(List<org.govkg.extract.model.Link> governing, MentionSet cx) {
        for (org.govkg.extract.model.Link g : governing) {
            EntityRef government = cx.renamed(g.subject());
            boolean acts = cx.links().stream().anyMatch(l -> l.relation() != Relation.JURISDICTION
                && (l.subject().equals(government) || l.object().equals(government)));
            if (acts)
                cx.link(government, Relation.JURISDICTION, g.object(), g.start(), g.end());
        }
    }

    /**
     * The place a relative name refers to: the jurisdiction for its own level (州发展改革委 in a
     * 某某州 document), the division above it for a higher level (省政府 there is 某某省's).
     */
    private String relativeTo(String region, EntityRef e) {
        boolean relative = (e.type() == EntityType.ORGANIZATION || e.type() == EntityType.LEADERSHIP_GROUP
            || e.type() == EntityType.PROJECT) && e.name().length() > 1 && e.name().charAt(1) != levelMark.charAt(0);
        if (!relative)
            return null;
        if (e.name().startsWith(autonomousRegion))
            return gazetteer.ancestorEndingWith(region, province);
        char first = e.name().charAt(0);
        if (levels.indexOf(first) < 0 || e.name().startsWith(region))
            return null;
        if (region.charAt(region.length() - 1) == first)
            return region;
        return gazetteer.ancestorEndingWith(region, first);
    }

    /** 某某省 + 省政府 is 某某省政府; 某某自治区 + 自治区党委 is 某某自治区党委. */
    private String complete(String place, String relative) {
        if (relative.startsWith(autonomousRegion))
            return place + relative.substring(autonomousRegion.length());
        return place.substring(0, place.length() - 1) + relative;
    }

    private boolean governs(String rest) {
        return governingSuffixes.contains(rest);
    }
}
