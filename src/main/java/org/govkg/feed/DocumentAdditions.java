package org.govkg.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.query.QuerySolution;
import org.govkg.history.GroupHistory;
import org.govkg.store.KnowledgeStore;
import org.govkg.store.StoreQuery;
import org.govkg.vocab.EntityType;

/**
 * What a document added to the graph when it was stored: the entities no document stored before it
 * named, the links none stated, the entities it names that were known already, and for a notice
 * that adjusts a leadership group the posts it changed (against the group's notice before it). Worked out from
 * the store (each document records when it was stored, {@code prov:generatedAtTime}), so the
 * document page, {@code ingest -v} and the feed say the same, however the document came in.
 */
public record DocumentAdditions(String document, String title, Instant stored, List<Named> newEntities,
                                List<Named> knownEntities, List<Link> newLinks, int knownLinks, List<PostChange> changedPosts) {

    /**
     * A post of a group this document adjusts whose holder or title changed, or that it added or
     * dropped: {@code before} or {@code after} is null for an added or a dropped one.
     */
    public record PostChange(String group, String groupLabel, String role, String before, String after) {
        /** "组长 杨明远 → 黄志勇" (a dropped post: "组长 杨明远 → —"). */
        public String text() {
            return (role == null ? "" : role + " ") + (before == null ? "—" : before) + " → " + (after == null ? "—" : after);
        }
    }

    /** An entity: IRI, label, class IRI. */
    public record Named(String iri, String label, String typeIri) {}

    /** A link between two entities, with their labels. */
    public record Link(String subject, String subjectLabel, String predicate, String object, String objectLabel) {}

    /** A document in the feed: IRI, title, when it was stored. */
    public record Recent(String document, String title, Instant stored) {}

    /** The additions of {@code documentIri}; empty for an unknown document or one stored before govkg recorded times. */
    public static Optional<DocumentAdditions> of(KnowledgeStore store, String documentIri) {
        return store.read(conn -> {
            List<Recent> header = new ArrayList<>();
            conn.querySelect(StoreQuery.named("document-stored").iri("document", documentIri).query(),
                r -> header.add(new Recent(documentIri, r.contains("title") ? r.getLiteral("title").getLexicalForm() : documentIri, instant(r))));
            if (header.isEmpty()) return Optional.<Stored>empty();
            List<Named> added = new ArrayList<>(), known = new ArrayList<>();
            conn.querySelect(StoreQuery.named("document-added-entities").iri("document", documentIri).iris("types", EntityType.classIris()).query(), r -> {
                Named n = new Named(r.getResource("e").getURI(), r.getLiteral("label").getLexicalForm(), r.getResource("type").getURI());
                (r.getLiteral("known").getBoolean() ? known : added).add(n);
            });
            List<Link> links = new ArrayList<>();
            int[] knownLinks = {0};
            conn.querySelect(StoreQuery.named("document-added-links").iri("document", documentIri).query(), r -> {
                if (r.getLiteral("known").getBoolean()) knownLinks[0]++;
                else links.add(new Link(r.getResource("s").getURI(), label(r, "sl", "s"), r.getResource("p").getURI(),
                    r.getResource("o").getURI(), label(r, "ol", "o")));
            });
            Recent h = header.get(0);
            Map<String, String> groups = new LinkedHashMap<>();
            conn.querySelect(StoreQuery.named("document-change-events").iri("document", documentIri).query(),
                r -> groups.put(r.getResource("group").getURI(), r.contains("label") ? r.getLiteral("label").getLexicalForm() : r.getResource("group").getURI()));
            return Optional.of(new Stored(h, added, known, links, knownLinks[0], groups));
        }).map(st -> new DocumentAdditions(documentIri, st.header().title(), st.header().stored(), st.added(), st.known(), st.links(),
            st.knownLinks(), postChanges(store, documentIri, st.groups())));
    }

    /** What the read transaction found, before the post changes are read from each group's history. */
    private record Stored(Recent header, List<Named> added, List<Named> known, List<Link> links, int knownLinks, Map<String, String> groups) {}

    /** The posts this document changed in each group it restates, against the group's notice before it. */
    private static List<PostChange> postChanges(KnowledgeStore store, String document, Map<String, String> groups) {
        List<PostChange> out = new ArrayList<>();
        Map<String, String> roles = new HashMap<>();
        groups.forEach((group, label) -> {
            for (GroupHistory.Step step : GroupHistory.of(store, group, "zh").steps()) {
                if (!step.event().documentIri().equals(document) || step.previous() == null) continue;
                for (GroupHistory.Change c : step.changes()) {
                    if (c.kind() != GroupHistory.PartKind.PERSON && c.kind() != GroupHistory.PartKind.POST) continue;
                    GroupHistory.Part any = c.after() != null ? c.after() : c.before();
                    String role = c.kind() == GroupHistory.PartKind.PERSON && any.role() != null
                        ? roles.computeIfAbsent(any.role(), r -> termLabel(store, r)) : null;
                    out.add(new PostChange(group, label, role, c.before() == null ? null : c.before().label(),
                        c.after() == null ? null : c.after().label()));
                }
            }
        });
        return out;
    }

    /** A person's place in the group (leader, deputyLeader) as the ontology names it in Chinese: 组长, 副组长. */
    private static String termLabel(KnowledgeStore store, String localName) {
        return store.read(conn -> {
            List<String> l = new ArrayList<>();
            conn.querySelect(StoreQuery.named("term-label").iri("term", org.govkg.vocab.GKG.NS + localName)
                .iri("ontology", org.govkg.vocab.GKG.ONTOLOGY_GRAPH).string("lang", "zh").query(), r -> {
                    if (r.contains("label")) l.add(r.getLiteral("label").getLexicalForm());
                });
            return l.isEmpty() ? localName : l.get(0);
        });
    }

    /** The documents stored most recently, newest first. */
    public static List<Recent> recent(KnowledgeStore store) {
        return store.read(conn -> {
            List<Recent> out = new ArrayList<>();
            conn.querySelect(StoreQuery.named("recent-documents").query(), r -> out.add(new Recent(r.getResource("document").getURI(),
                r.contains("title") ? r.getLiteral("title").getLexicalForm() : r.getResource("document").getURI(), instant(r))));
            return out;
        });
    }

    /** When the document was stored, as UTC date and time to the second. */
    public String storedText() {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneOffset.UTC).format(stored);
    }

    /** One line: "3 new entities (某某局, 某某平台 …), 5 new links; 2 entities already known[; posts changed: 组长 甲 → 乙]". */
    public String summary() {
        String names = newEntities.stream().limit(5).map(Named::label).collect(Collectors.joining(", "));
        return newEntities.size() + (newEntities.size() == 1 ? " new entity" : " new entities")
            + (newEntities.isEmpty() ? "" : " (" + names + (newEntities.size() > 5 ? " …" : "") + ")")
            + ", " + newLinks.size() + (newLinks.size() == 1 ? " new link" : " new links")
            + "; " + knownEntities.size() + (knownEntities.size() == 1 ? " entity" : " entities") + " already known"
            + (changedPosts.isEmpty() ? "" : "; posts changed: " + changedPosts.stream().map(PostChange::text).collect(Collectors.joining(", ")));
    }

    private static Instant instant(QuerySolution r) {
        return Instant.parse(r.getLiteral("at").getLexicalForm());
    }

    private static String label(QuerySolution r, String label, String iri) {
        return r.contains(label) ? r.getLiteral(label).getLexicalForm() : r.getResource(iri).getURI();
    }
}
