package org.govkg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.Query;

import org.govkg.vocab.GKG;

/**
 * Finds the entity a user means, given its IRI or one of its names (canonical name, alias or a
 * document's title). A name that several entities share is reported with all of them, never
 * resolved by guessing.
 */
public final class EntityLookup {
    private final KnowledgeStore store;

    public EntityLookup(KnowledgeStore store) {
        this.store = store;
    }

    /** One entity that answers to a name. */
    public record Candidate(String iri, String label, String typeIri) {}

    /** The name matched no entity. */
    public static final class UnknownEntityException extends RuntimeException {
        public UnknownEntityException(String name) {
            super("no entity is called or identified by " + quote(name));
        }
    }

    /** The name matched more than one entity. */
    public static final class AmbiguousEntityException extends RuntimeException {
        private final List<Candidate> candidates;

        public AmbiguousEntityException(String name, List<Candidate> candidates) {
            super(quote(name) + " names " + candidates.size() + " entities; give one of their IRIs");
            this.candidates = List.copyOf(candidates);
        }

        public List<Candidate> candidates() { return candidates; }
    }

    /** The one entity {@code nameOrIri} identifies. */
    public Candidate find(String nameOrIri) {
        List<Candidate> found = candidates(nameOrIri);
        if (found.isEmpty()) throw new UnknownEntityException(nameOrIri);
        if (found.size() > 1) throw new AmbiguousEntityException(nameOrIri, found);
        return found.get(0);
    }

    /** Every entity {@code nameOrIri} may mean: one for an IRI in the store, any number for a name. */
    public List<Candidate> candidates(String nameOrIri) {
        String s = nameOrIri == null ? "" : nameOrIri.strip();
        if (s.isEmpty()) return List.of();
        List<String> types = new ArrayList<>(org.govkg.vocab.EntityType.classIris());
        types.add(GKG.Document.getURI());
        types.add(GKG.Post.getURI());
        Query q = SparqlTerms.isIri(s)
            ? StoreQuery.named("lookup-by-iri").iri("entity", s).iris("types", types).query()
            : StoreQuery.named("lookup-by-name").string("name", s).literal("nameZh", s, "zh").iris("types", types).query();
        Map<String, Candidate> out = new TreeMap<>();
        store.read(conn -> {
            conn.querySelect(q, row -> {
                String iri = row.getResource("x").getURI();
                String label = row.contains("label") ? row.getLiteral("label").getLexicalForm() : iri;
                out.put(iri, new Candidate(iri, label, row.getResource("type").getURI()));
            });
            return null;
        });
        return new ArrayList<>(out.values());
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }
}
