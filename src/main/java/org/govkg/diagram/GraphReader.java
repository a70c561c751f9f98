package org.govkg.diagram;

import org.govkg.vocab.EntityKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdfconnection.SparqlQueryConnection;
import org.govkg.store.StoreQuery;
import org.govkg.vocab.GKG;
import org.govkg.vocab.Prefixes;

/**
 * Reads what diagrams need from the store, inside the caller's read transaction: an entity's
 * type and name, and the links between entities. A link is any triple whose subject and object
 * are both entities, documents or posts; the reification, mention and sentence structure that
 * carries provenance is never a link. Everything goes through SPARQL, so a remote store works too.
 */
final class GraphReader {
    /** One link between two nodes. */
    record Link(String s, String p, String o) {}

    /** What a node needs: its type and the name it is drawn with. */
    record Info(String iri, NodeType type, String label) {}

    private static final int BATCH = 250;
    private static final List<String> NODE_TYPES = Arrays.stream(NodeType.values()).map(t -> t.rdfClass().getURI()).toList();

    private final SparqlQueryConnection conn;
    private final String lang;
    private final Map<String, String> predicateLabels = new HashMap<>();

    GraphReader(SparqlQueryConnection conn, String lang) {
        this.conn = conn;
        this.lang = lang;
        conn.querySelect(StoreQuery.named("diagram-predicate-labels").iri("ontology", GKG.ONTOLOGY_GRAPH).string("lang", lang).query(),
            row -> predicateLabels.put(row.getResource("p").getURI(), row.getLiteral("l").getLexicalForm()));
    }

    /** The name of a link type in the reader's language, or its local name when the ontology has none. */
    String label(String predicate) {
        String l = predicateLabels.get(predicate);
        if (l != null) return l;
        int cut = Math.max(predicate.lastIndexOf('#'), predicate.lastIndexOf('/'));
        return predicate.substring(cut + 1);
    }

    /** Turns user link names ({@code leadUnit}, {@code org:postIn}, an IRI) into property IRIs the ontology names. */
    Set<String> predicates(Collection<String> names) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : names) {
            String iri = name.contains("://") ? name
                : name.contains(":") ? Prefixes.standard().expandPrefix(name) : GKG.NS + name;
            if (!predicateLabels.containsKey(iri))
                throw new IllegalArgumentException("unknown link type \"" + name + "\"; use a property of the ontology such as leadUnit, memberUnit, partOf or org:postIn");
            out.add(iri);
        }
        return out;
    }

    /** Type and name of each IRI that is an entity, document or post; others are left out. */
    Map<String, Info> info(Collection<String> iris) {
        Map<String, Info> out = new HashMap<>();
        for (List<String> batch : batches(iris)) {
            Query q = StoreQuery.named("diagram-info").iris("nodes", batch).iris("types", NODE_TYPES).query();
            conn.querySelect(q, row -> {
                String iri = row.getResource("x").getURI();
                NodeType type = NodeType.ofClass(row.getResource("type").getURI()).orElseThrow();
                String label = row.contains("label") ? row.getLiteral("label").getLexicalForm() : iri;
                out.put(iri, new Info(iri, type, label));
            });
        }
        return out;
    }

    /** The kind (通知, 协议, 工作组 …) of each IRI that has one. */
    Map<String, EntityKind> kinds(Collection<String> iris) {
        Map<String, EntityKind> out = new HashMap<>();
        for (List<String> batch : batches(iris)) {
            Query q = StoreQuery.named("diagram-kinds").iris("nodes", batch).iris("kinds", EntityKind.classIris()).query();
            conn.querySelect(q, row -> EntityKind.ofClass(row.getResource("k").getURI())
                .ifPresent(k -> out.put(row.getResource("x").getURI(), k)));
        }
        return out;
    }

    /**
     * Links in either direction between the given nodes and other entities, documents or posts,
     * optionally of some types only. The links are collected first and their far ends typed in one
     * batch: joining every link with a type pattern costs thousands of lookups around a hub.
     */
    List<Link> links(Collection<String> iris, Set<String> predicates, boolean withMentions) {
        Set<Link> found = new LinkedHashSet<>();
        for (List<String> batch : batches(iris))
            conn.querySelect(linkQuery("diagram-links", batch, predicates, withMentions), row -> found.add(link(row)));
        return typed(found);
    }

    /** The links among the given nodes (each is an outgoing link of one of them). */
    List<Link> linksAmong(Collection<String> iris, Set<String> predicates, boolean withMentions) {
        Set<String> set = new LinkedHashSet<>(iris);
        List<Link> out = new ArrayList<>();
        for (List<String> batch : batches(iris))
            conn.querySelect(linkQuery("diagram-links-from", batch, predicates, withMentions),
                row -> { Link l = link(row); if (set.contains(l.o())) out.add(l); });
        return out;
    }

    /** The query {@code name}, or its {@code -typed} variant when only some link types are wanted. */
    private static Query linkQuery(String name, List<String> nodes, Set<String> predicates, boolean withMentions) {
        if (!predicates.isEmpty())
            return StoreQuery.named(name + "-typed").iris("nodes", nodes).iris("predicates", predicates).query();
        return StoreQuery.named(name).iris("nodes", nodes).bool("withMentions", withMentions).query();
    }

    private List<Link> typed(Collection<Link> links) {
        Set<String> ends = new LinkedHashSet<>();
        links.forEach(l -> { ends.add(l.s()); ends.add(l.o()); });
        Map<String, Info> known = info(ends);
        return links.stream().filter(l -> known.containsKey(l.s()) && known.containsKey(l.o())).toList();
    }

    /** Objects of {@code iri}'s links of the given types. */
    List<Link> out(String iri, Property... ps) {
        List<Link> out = new ArrayList<>();
        conn.querySelect(StoreQuery.named("diagram-out").iri("node", iri).iris("predicates", iris(ps)).query(), row -> out.add(new Link(iri, row.getResource("p").getURI(), row.getResource("o").getURI())));
        return out;
    }

    /** Subjects of links of the given types that point at {@code iri}. */
    List<Link> in(String iri, Property... ps) {
        List<Link> out = new ArrayList<>();
        conn.querySelect(StoreQuery.named("diagram-in").iri("node", iri).iris("predicates", iris(ps)).query(),
            row -> out.add(new Link(row.getResource("s").getURI(), row.getResource("p").getURI(), iri)));
        return out;
    }

    /** Links a document states: the triples of its named graph between nodes, without mentions. */
    List<Link> statedIn(String graphIri) {
        List<Link> out = new ArrayList<>();
        conn.querySelect(StoreQuery.named("diagram-stated-in").iri("graph", graphIri).iris("types", NODE_TYPES).query(), row -> out.add(link(row)));
        return out;
    }

    /** A literal value of {@code iri}, if it has one. */
    Optional<String> literal(String iri, Property p) {
        List<String> out = new ArrayList<>();
        conn.querySelect(StoreQuery.named("diagram-literal").iri("node", iri).iri("property", p.getURI()).query(),
            row -> { if (row.contains("val")) out.add(row.get("val").asLiteral().getLexicalForm()); });
        return out.stream().findFirst();
    }

    private static Link link(org.apache.jena.query.QuerySolution row) {
        return new Link(row.getResource("s").getURI(), row.getResource("p").getURI(), row.getResource("o").getURI());
    }

    private static List<String> iris(Property... ps) {
        return Arrays.stream(ps).map(Property::getURI).toList();
    }

    private static List<List<String>> batches(Collection<String> iris) {
        List<String> all = new ArrayList<>(new LinkedHashSet<>(iris));
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += BATCH) out.add(all.subList(i, Math.min(all.size(), i + BATCH)));
        return out;
    }
}
