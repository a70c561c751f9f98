package org.govkg.diagram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything that decides what a diagram shows. The same request always gives the same picture,
 * and {@link #query()} writes it back as URL parameters so a view can be bookmarked.
 *
 * @param entities one entity (two for a path), each an IRI or a name
 * @param depth    hops from the entity for a neighbourhood, the longest chain for a path
 * @param cap      most entities drawn; the rest are folded into "+N more" nodes
 * @param links    link types to follow (local names such as {@code leadUnit}); empty means all
 * @param types    entity types to show; empty means all
 * @param lang     {@code zh} or {@code en}, for link labels, legend and notes
 * @param expand   for a neighbourhood, entity IRIs whose own neighbours are added (a reader
 *                 clicked them in the zoomable view); at most {@link #MAX_EXPANDED}
 * @param asOf     for a group chart, the date (yyyy-MM-dd) whose composition is drawn: that of the
 *                 latest notice on or before it; null for every notice's facts together
 * @param changes  for a group chart as of a date, also mark what that notice added (green) and
 *                 removed (red, dashed) against the notice before it
 */
public record DiagramRequest(DiagramKind kind, List<String> entities, int depth, int cap,
                             Set<String> links, Set<NodeType> types, String lang, Set<String> expand,
                             String asOf, boolean changes) {
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    public static final int MAX_EXPANDED = 20;
    public static final int DEFAULT_DEPTH = 1, MAX_DEPTH = 3;
    public static final int DEFAULT_PATH_LENGTH = 4, MAX_PATH_LENGTH = 6;
    public static final int DEFAULT_CAP = 60, MIN_CAP = 5, MAX_CAP = 300;

    public DiagramRequest(DiagramKind kind, List<String> entities, int depth, int cap,
                          Set<String> links, Set<NodeType> types, String lang) {
        this(kind, entities, depth, cap, links, types, lang, Set.of());
    }

    public DiagramRequest(DiagramKind kind, List<String> entities, int depth, int cap,
                          Set<String> links, Set<NodeType> types, String lang, Set<String> expand) {
        this(kind, entities, depth, cap, links, types, lang, expand, null, false);
    }

    public DiagramRequest {
        entities = List.copyOf(entities);
        expand = new TreeSet<>(expand);
        if (expand.size() > MAX_EXPANDED)
            throw new IllegalArgumentException("at most " + MAX_EXPANDED + " entities can be expanded, got " + expand.size());
        links = new TreeSet<>(links);
        types = Set.copyOf(types);
        if (entities.size() != kind.entities())
            throw new IllegalArgumentException("a " + kind.key() + " diagram takes " + kind.entities()
                + (kind.entities() == 1 ? " entity" : " entities") + ", got " + entities.size());
        int maxDepth = kind == DiagramKind.PATH ? MAX_PATH_LENGTH : MAX_DEPTH;
        if (depth < 1 || depth > maxDepth)
            throw new IllegalArgumentException("depth must be between 1 and " + maxDepth + ", got " + depth);
        if (cap < MIN_CAP || cap > MAX_CAP)
            throw new IllegalArgumentException("cap must be between " + MIN_CAP + " and " + MAX_CAP + ", got " + cap);
        if (!expand.isEmpty() && kind != DiagramKind.NEIGHBOURHOOD)
            throw new IllegalArgumentException("only a neighbourhood diagram expands entities");
        if (!lang.equals("zh") && !lang.equals("en"))
            throw new IllegalArgumentException("lang must be zh or en, got " + lang);
        if (asOf != null && asOf.isBlank()) asOf = null;
        if ((asOf != null || changes) && kind != DiagramKind.GROUP)
            throw new IllegalArgumentException("only a group chart is drawn as of a date");
        if (asOf != null && !validDate(asOf))
            throw new IllegalArgumentException("asOf must be a date such as 2021-06-30, got " + asOf);
        if (changes && asOf == null)
            throw new IllegalArgumentException("changes are marked against a notice: give the date (asOf) too");
    }

    private static boolean validDate(String s) {
        if (!DATE.matcher(s).matches()) return false;
        try {
            java.time.LocalDate.parse(s);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** The same request in {@code lang} (zh or en). */
    public DiagramRequest withLang(String language) {
        return new DiagramRequest(kind, entities, depth, cap, links, types, language, expand, asOf, changes);
    }

    /** The same request as of {@code date} (null or blank for none), marking that notice's changes or not. */
    public DiagramRequest asOf(String date, boolean markChanges) {
        return new DiagramRequest(kind, entities, depth, cap, links, types, lang, expand, date, markChanges);
    }

    /**
     * A request from user input as the command line and URLs give it: kind and type names, an
     * optional depth (the kind's default when null), comma-separated filters (null or blank for none).
     */
    public static DiagramRequest parse(String kind, List<String> entities, Integer depth, int cap,
                                       String links, String types, String lang) {
        DiagramKind k = DiagramKind.parse(kind);
        Set<NodeType> typeSet = new java.util.HashSet<>();
        for (String t : split(types)) typeSet.add(NodeType.parse(t));
        return new DiagramRequest(k, entities, depth == null ? defaultDepth(k) : depth, cap,
            Set.copyOf(split(links)), typeSet, lang);
    }

    /** The same request with {@code iris} (space-separated, as a URL gives them; null or blank for none) expanded. */
    public DiagramRequest expanding(String iris) {
        if (iris == null || iris.isBlank()) return this;
        Set<String> all = new TreeSet<>(expand);
        for (String iri : iris.strip().split("\\s+")) {
            if (!org.govkg.store.SparqlTerms.isIri(iri)) throw new IllegalArgumentException("not an IRI to expand: " + iri);
            all.add(iri);
        }
        return new DiagramRequest(kind, entities, depth, cap, links, types, lang, all, asOf, changes);
    }

    /** A request with the defaults for {@code kind}. */
    public static DiagramRequest of(DiagramKind kind, String... entities) {
        return new DiagramRequest(kind, List.of(entities), defaultDepth(kind), DEFAULT_CAP, Set.of(), Set.of(), "zh");
    }

    public static int defaultDepth(DiagramKind kind) {
        return kind == DiagramKind.PATH ? DEFAULT_PATH_LENGTH : DEFAULT_DEPTH;
    }

    /** Splits a comma-separated filter ({@code "leadUnit, builds"}) into its names. */
    public static List<String> split(String csv) {
        if (csv == null || csv.isBlank()) return List.of();
        return Arrays.stream(csv.split("[,，\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    /** The request as URL query parameters (without format), in a fixed order. */
    public Map<String, String> query() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("entity", entities.get(0));
        if (entities.size() > 1) q.put("entity2", entities.get(1));
        q.put("depth", Integer.toString(depth));
        q.put("cap", Integer.toString(cap));
        if (!links.isEmpty()) q.put("links", String.join(",", links));
        if (!types.isEmpty()) {
            List<String> keys = new ArrayList<>(types.stream().map(NodeType::key).toList());
            keys.sort(null);
            q.put("types", String.join(",", keys));
        }
        q.put("lang", lang);
        if (!expand.isEmpty()) q.put("expand", String.join(" ", expand));
        if (asOf != null) q.put("asOf", asOf);
        if (changes) q.put("changes", "true");
        return q;
    }

    public DiagramRequest withEntities(List<String> resolved) {
        return new DiagramRequest(kind, resolved, depth, cap, links, types, lang, expand, asOf, changes);
    }
}
