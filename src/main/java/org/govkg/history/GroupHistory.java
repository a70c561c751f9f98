package org.govkg.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.RDFNode;
import org.govkg.store.KnowledgeStore;
import org.govkg.store.StoreQuery;
import org.govkg.vocab.GKG;

/**
 * A leadership group's history as its notices state it: each dated change event (set up,
 * adjusted, renamed, abolished, or a composition stated in passing) with the composition it gives,
 * what it changed against the event before, and the composition in force on a date.
 */
public final class GroupHistory {

    /** The parts of a composition, in the order a page lists them. */
    public enum PartKind {
        PERSON(GKG.statesPerson.getURI()), POST(GKG.statesPost.getURI()), OFFICE(GKG.statesOffice.getURI()),
        MEMBER(GKG.statesMember.getURI()), WORKING_GROUP(GKG.statesWorkingGroup.getURI());

        private final String property;

        PartKind(String property) { this.property = property; }

        public String property() { return property; }

        static Optional<PartKind> of(String property) {
            for (PartKind k : values()) if (k.property.equals(property)) return Optional.of(k);
            return Optional.empty();
        }
    }

    /**
     * One part of a composition as one notice states it.
     *
     * @param role     a post's role (组长 …), or for a person the link naming their place ({@code leader},
     *                 {@code deputyLeader}); null for units and working groups
     * @param sentence the notice's sentence that states it, when the notice has one
     */
    public record Part(PartKind kind, String iri, String label, String role, String sentence) {}

    /** One notice's statement of the group; {@code date} is null when the notice gives none. */
    public record Event(String iri, String documentIri, String documentTitle, String date, String kindIri, String kindLabel,
                        List<Part> parts) {
        public boolean isDated() { return date != null; }

        public List<Part> parts(PartKind kind) {
            return parts.stream().filter(p -> p.kind() == kind).toList();
        }

        /** The change kind's local name: Established, Adjusted, Renamed, Abolished, Stated. */
        public String kindName() { return kindIri.substring(kindIri.lastIndexOf('#') + 1); }
    }

    /**
     * What a notice changed against the one before: a part {@code before} only was removed, one
     * {@code after} only was added; a post or person role whose holder or title changed has both.
     */
    public record Change(PartKind kind, Part before, Part after) {
        public boolean added() { return before == null; }
        public boolean removed() { return after == null; }
    }

    /** An event with what it changed; the first of a group changes everything it states. */
    public record Step(Event event, Event previous, List<Change> changes) {}

    private final List<Event> events;

    private GroupHistory(List<Event> events) {
        this.events = events;
    }

    /** The history of {@code groupIri} in the store (empty when no notice states its composition). */
    public static GroupHistory of(KnowledgeStore store, String groupIri, String lang) {
        return store.read(conn -> {
            Map<String, Event> byIri = new LinkedHashMap<>();
            conn.querySelect(StoreQuery.named("group-events").iri("group", groupIri).iri("ontology", GKG.ONTOLOGY_GRAPH)
                .string("lang", lang).query(), row -> {
                    String iri = row.getResource("event").getURI();
                    byIri.put(iri, new Event(iri, row.getResource("doc").getURI(), text(row.get("title")), text(row.get("date")),
                        row.getResource("kind").getURI(), text(row.get("kindLabel")), new ArrayList<>()));
                });
            if (!byIri.isEmpty())
                conn.querySelect(StoreQuery.named("group-event-parts").iris("events", byIri.keySet()).query(), row ->
                    PartKind.of(row.getResource("states").getURI()).ifPresent(kind -> {
                        String role = kind == PartKind.PERSON ? localName(row.get("personRole")) : text(row.get("role"));
                        String part = row.getResource("part").getURI();
                        String label = text(row.get("label"));
                        byIri.get(row.getResource("event").getURI()).parts()
                            .add(new Part(kind, part, label == null ? part : label, role, text(row.get("sentenceText"))));
                    }));
            List<Event> out = new ArrayList<>(byIri.values());
            // leaders before deputies, then by role and name
            for (Event e : out) e.parts().sort(Comparator.comparing(Part::kind)
                .thenComparing(p -> GKG.deputyLeader.getLocalName().equals(p.role()) ? 1 : 0)
                .thenComparing(p -> p.role() == null ? "" : p.role()).thenComparing(Part::label));
            // dated events in order of date; the undated ones after them, in no order the notices give
            out.sort(Comparator.comparing((Event e) -> e.date() == null ? "9999" : e.date()).thenComparing(Event::documentIri));
            return new GroupHistory(out);
        });
    }

    public List<Event> events() { return events; }

    /** The kinds of part, in the order a page lists them. */
    public List<PartKind> partKinds() { return List.of(PartKind.values()); }

    public boolean isEmpty() { return events.isEmpty(); }

    /**
     * The dated events in order, each with what it changed. A document that only states part of
     * the composition in passing (kind Stated) is listed but not diffed: it is no restatement.
     */
    public List<Step> steps() {
        List<Step> out = new ArrayList<>();
        Event previous = null;
        for (Event e : events) {
            if (!e.isDated()) continue;
            boolean restates = !e.kindIri().equals(GKG.Stated.getURI());
            out.add(new Step(e, restates ? previous : null, restates ? changes(previous, e) : List.of()));
            if (restates) previous = e;
        }
        return out;
    }

    /**
     * The event whose composition was in force on {@code date} (yyyy-MM-dd): the latest dated
     * restatement on or before it; empty before the group's first notice.
     */
    public Optional<Event> inForceOn(String date) {
        Event found = null;
        for (Event e : events)
            if (e.isDated() && e.date().compareTo(date) <= 0 && !e.kindIri().equals(GKG.Stated.getURI())) found = e;
        return Optional.ofNullable(found);
    }

    /** The latest dated restatement (what the group looks like now, as far as the notices say). */
    public Optional<Event> latest() {
        return inForceOn("9999-12-31");
    }

    /** The restatement before {@code event}, if any. */
    public Optional<Event> before(Event event) {
        Event found = null;
        for (Step s : steps()) if (s.event().iri().equals(event.iri())) found = s.previous();
        return Optional.ofNullable(found);
    }

    /** What {@code after} changed against {@code before} (everything it states when {@code before} is null). */
    public static List<Change> changes(Event before, Event after) {
        List<Change> out = new ArrayList<>();
        for (PartKind kind : PartKind.values()) {
            List<Part> old = before == null ? List.of() : before.parts(kind);
            List<Part> now = after.parts(kind);
            Set<String> oldIris = old.stream().map(Part::iri).collect(Collectors.toSet());
            Set<String> nowIris = now.stream().map(Part::iri).collect(Collectors.toSet());
            List<Part> removed = new ArrayList<>(old.stream().filter(p -> !nowIris.contains(p.iri())).toList());
            List<Part> added = new ArrayList<>(now.stream().filter(p -> !oldIris.contains(p.iri())).toList());
            // a role that was held before and is held now by someone (or something) else: one change
            if (kind == PartKind.POST || kind == PartKind.PERSON || kind == PartKind.OFFICE) {
                for (Part a : List.copyOf(added)) {
                    Part r = removed.stream().filter(x -> java.util.Objects.equals(x.role(), a.role())).findFirst().orElse(null);
                    if (r == null) continue;
                    removed.remove(r);
                    added.remove(a);
                    out.add(new Change(kind, r, a));
                }
            }
            removed.forEach(p -> out.add(new Change(kind, p, null)));
            added.forEach(p -> out.add(new Change(kind, null, p)));
        }
        return out;
    }

    private static String text(RDFNode n) {
        if (n == null) return null;
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI();
    }

    private static String localName(RDFNode n) {
        if (n == null || !n.isURIResource()) return null;
        String u = n.asResource().getURI();
        return u.substring(u.lastIndexOf('#') + 1);
    }
}
