package org.govkg.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.query.QuerySolution;
import org.govkg.store.KnowledgeStore;
import org.govkg.store.StoreQuery;
import org.govkg.vocab.EntityType;

/**
 * What a document added to the graph when it was stored: the entities no document stored before it
 * named, the links none stated, and the entities it names that were known already. Worked out from
 * the store (each document records when it was stored, {@code prov:generatedAtTime}), so the
 * document page, {@code ingest -v} and the feed say the same, however the document came in.
 */
public record DocumentAdditions(String document, String title, Instant stored, List<Named> newEntities,
                                List<Named> knownEntities, List<Link> newLinks, int knownLinks) {

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
            if (header.isEmpty()) return Optional.<DocumentAdditions>empty();
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
            return Optional.of(new DocumentAdditions(documentIri, h.title(), h.stored(), added, known, links, knownLinks[0]));
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

    /** One line: "3 new entities (某某局, 某某平台 …), 5 new links; 2 entities already known". */
    public String summary() {
        String names = newEntities.stream().limit(5).map(Named::label).collect(Collectors.joining(", "));
        return newEntities.size() + (newEntities.size() == 1 ? " new entity" : " new entities")
            + (newEntities.isEmpty() ? "" : " (" + names + (newEntities.size() > 5 ? " …" : "") + ")")
            + ", " + newLinks.size() + (newLinks.size() == 1 ? " new link" : " new links")
            + "; " + knownEntities.size() + (knownEntities.size() == 1 ? " entity" : " entities") + " already known";
    }

    private static Instant instant(QuerySolution r) {
        return Instant.parse(r.getLiteral("at").getLexicalForm());
    }

    private static String label(QuerySolution r, String label, String iri) {
        return r.contains(label) ? r.getLiteral(label).getLexicalForm() : r.getResource(iri).getURI();
    }
}
