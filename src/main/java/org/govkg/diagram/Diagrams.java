package org.govkg.diagram;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.govkg.store.EntityLookup;
import org.govkg.store.KnowledgeStore;

/**
 * Draws govkg's diagrams from the store: finds the entities a request names, builds the picture
 * of the requested kind inside one read transaction, writes DOT and lays it out.
 */
public final class Diagrams {
    private final KnowledgeStore store;
    private final LayoutEngine engine;
    private final EntityLookup lookup;

    public Diagrams(KnowledgeStore store, LayoutEngine engine) {
        this.store = store;
        this.engine = engine;
        this.lookup = new EntityLookup(store);
    }

    /** A drawn diagram: the picture's model, its DOT source and the bytes in the asked format. */
    public record Rendered(Diagram diagram, String dot, OutputFormat format, byte[] bytes) {}

    public LayoutEngine engine() { return engine; }

    /**
     * The picture a request asks for. Entities named by label are resolved first: an unknown name
     * raises {@link EntityLookup.UnknownEntityException}, a shared one
     * {@link EntityLookup.AmbiguousEntityException}.
     */
    public Diagram build(DiagramRequest request) {
        List<String> iris = new ArrayList<>();
        for (String e : request.entities()) iris.add(resolve(e, request.kind()));
        DiagramRequest req = request.withEntities(iris);
        org.govkg.history.GroupHistory history = req.asOf() == null ? null
            : org.govkg.history.GroupHistory.of(store, iris.get(0), req.lang());
        return store.read(conn -> {
            GraphReader reader = new GraphReader(conn, req.lang());
            Map<String, GraphReader.Info> roots = reader.info(iris);
            List<GraphReader.Info> info = iris.stream().map(iri -> {
                GraphReader.Info i = roots.get(iri);
                if (i == null) throw new IllegalArgumentException(iri + " is not an entity, document or post that diagrams can show");
                return i;
            }).toList();
            Diagram d = switch (req.kind()) {
                case NEIGHBOURHOOD -> NeighbourhoodBuilder.build(reader, req, info.get(0));
                case GROUP -> GroupChartBuilder.build(reader, req, info.get(0), history);
                case PLAN -> PlanMapBuilder.build(reader, req, info.get(0));
                case DOCUMENT -> DocumentOverviewBuilder.build(reader, req, info.get(0));
                case PATH -> PathBuilder.build(reader, req, info.get(0), info.get(1));
                case LINEAGE -> LineageBuilder.build(reader, req, info.get(0));
                case QUERY -> throw new IllegalArgumentException("query diagrams are drawn with fromQuery");
            };
            d.setKinds(reader.kinds(d.entityIris()));
            return d;
        });
    }

    /**
     * The entities a query returns and the links between them: for CONSTRUCT and DESCRIBE the
     * triples it builds, for SELECT the links the store holds among the entities in its rows.
     */
    public Diagram fromQuery(String sparql, String lang, int cap) {
        org.apache.jena.query.Query query = org.govkg.sparql.QueryRunner.parse(sparql);
        if (query.isAskType()) throw new IllegalArgumentException("an ASK query has no entities to draw");
        return store.read(conn -> {
            GraphReader reader = new GraphReader(conn, lang);
            Diagram d = QueryResultBuilder.build(reader, conn, query, cap, lang);
            d.setKinds(reader.kinds(d.entityIris()));
            return d;
        });
    }

    /** The entity a name means; where the name is shared, the kind's own type decides (a plan map wants a plan). */
    private String resolve(String nameOrIri, DiagramKind kind) {
        List<EntityLookup.Candidate> found = lookup.candidates(nameOrIri);
        if (found.size() > 1 && kind.expects() != null) {
            List<EntityLookup.Candidate> typed = found.stream()
                .filter(c -> c.typeIri().equals(kind.expects().rdfClass().getURI())).toList();
            if (typed.size() == 1) return typed.get(0).iri();
        }
        return lookup.find(nameOrIri).iri();
    }

    /**
     * Builds, writes and lays out the diagram.
     *
     * @param linkBase prefix for node links (an entity's URL-encoded IRI is appended); empty for none
     */
    public Rendered render(DiagramRequest request, OutputFormat format, String linkBase) {
        Diagram diagram = build(request);
        String dot = writer(linkBase, request.lang()).write(diagram);
        return new Rendered(diagram, dot, format, layout(dot, format));
    }

    /** The DOT writer for this server's engine: with box sizes given when the engine cannot measure text. */
    public DotWriter writer(String linkBase, String lang) {
        return new DotWriter(linkBase, lang, !engine.measuresText());
    }

    /** Lays out DOT already written (DOT itself is returned as it is). */
    public byte[] layout(String dot, OutputFormat format) {
        if (format == OutputFormat.DOT) return dot.getBytes(StandardCharsets.UTF_8);
        // the picture depends on the DOT text alone, so a laid-out one can be handed out again
        // (a changed store gives different DOT): an entity page viewed twice runs dot once
        String key = format + "\n" + org.govkg.vocab.Hashes.sha256(dot, 32);
        synchronized (pictures) {
            byte[] done = pictures.get(key);
            if (done != null) return done;
        }
        byte[] drawn = engine.render(dot, format);
        synchronized (pictures) {
            pictures.put(key, drawn);
        }
        return drawn;
    }

    /** Laid-out pictures by format and DOT hash, the most recently used {@link #CACHED_PICTURES}. */
    static final int CACHED_PICTURES = 500;
    private final java.util.Map<String, byte[]> pictures = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, byte[]> eldest) {
            return size() > CACHED_PICTURES;
        }
    };
}
