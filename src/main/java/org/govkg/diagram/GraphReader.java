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
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdfconnection.SparqlQueryConnection;
import org.apache.jena.vocabulary.ORG;
import org.govkg.store.SparqlTerms;
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
    /**
     * Provenance structure pointing at an entity (reified assertions, mentions): an entity named in
     * thousands of documents has thousands of these, so they are dropped before any type is looked up.
     */
    private static final String STRUCTURE = "FILTER(?p NOT IN (rdf:subject, rdf:object, gkg:mentionOf))";

    /** The inverse of the group's leader, deputy and office posts: drawing both would double every post's line. */
    private static final String POST_IN = SparqlTerms.iri(ORG.postIn.getURI());
    private static final String PREFIXES = Prefixes.sparqlHeader();
    private static final String NODE_TYPES = Arrays.stream(NodeType.values())
        .map(t -> SparqlTerms.iri(t.rdfClass().getURI())).collect(Collectors.joining(", "));

    private static final String KINDS = EntityKind.sparqlList();

    private final SparqlQueryConnection conn;
    private final String lang;
    private final Map<String, String> predicateLabels = new HashMap<>();

    GraphReader(SparqlQueryConnection conn, String lang) {
        this.conn = conn;
        this.lang = lang;
        conn.querySelect(PREFIXES + "SELECT ?p ?l { GRAPH " + SparqlTerms.iri(GKG.ONTOLOGY_GRAPH)
            + " { ?p rdfs:label ?l FILTER(LANG(?l) = " + SparqlTerms.string(lang) + ") } }",
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
            String q = PREFIXES + "SELECT ?x (MIN(?t) AS ?type) (MIN(?l) AS ?label) {"
                + values("x", batch)
                + " ?x a ?t FILTER(?t IN (" + NODE_TYPES + "))"
                + " OPTIONAL { ?x skos:prefLabel|dcterms:title ?l } } GROUP BY ?x";
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
            String q = PREFIXES + "SELECT ?x ?k {" + values("x", batch) + " ?x a ?k FILTER(?k IN (" + KINDS + ")) }";
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
        String filter = predicates.isEmpty()
            ? " FILTER(?p != " + POST_IN + (withMentions ? "" : " && ?p != gkg:mentions") + ")"
            : " FILTER(?p IN (" + predicates.stream().map(SparqlTerms::iri).collect(Collectors.joining(", ")) + "))";
        Set<Link> found = new LinkedHashSet<>();
        for (List<String> batch : batches(iris)) {
            String v = values("x", batch);
            String q = PREFIXES + "SELECT DISTINCT ?s ?p ?o {"
                + " {" + v + " ?x ?p ?o FILTER(isIRI(?o)) BIND(?x AS ?s) } UNION {" + v + " ?s ?p ?x " + STRUCTURE + " BIND(?x AS ?o) }"
                + filter + " }";
            conn.querySelect(q, row -> found.add(link(row)));
        }
        return typed(found);
    }

    /** The links among the given nodes (each is an outgoing link of one of them). */
    List<Link> linksAmong(Collection<String> iris, Set<String> predicates, boolean withMentions) {
        Set<String> set = new LinkedHashSet<>(iris);
        String filter = predicates.isEmpty()
            ? " FILTER(?p != " + POST_IN + (withMentions ? "" : " && ?p != gkg:mentions") + ")"
            : " FILTER(?p IN (" + predicates.stream().map(SparqlTerms::iri).collect(Collectors.joining(", ")) + "))";
        List<Link> out = new ArrayList<>();
        for (List<String> batch : batches(iris))
            conn.querySelect(PREFIXES + "SELECT DISTINCT ?s ?p ?o {" + values("s", batch) + " ?s ?p ?o FILTER(isIRI(?o))" + filter + " }",
                row -> { Link l = link(row); if (set.contains(l.o())) out.add(l); });
        return out;
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
        conn.querySelect(PREFIXES + "SELECT DISTINCT ?p ?o { " + SparqlTerms.iri(iri) + " ?p ?o " + oneOf("p", ps)
            + " FILTER(isIRI(?o)) }", row -> out.add(new Link(iri, row.getResource("p").getURI(), row.getResource("o").getURI())));
        return out;
    }

    /** Subjects of links of the given types that point at {@code iri}. */
    List<Link> in(String iri, Property... ps) {
        List<Link> out = new ArrayList<>();
        conn.querySelect(PREFIXES + "SELECT DISTINCT ?s ?p { ?s ?p " + SparqlTerms.iri(iri) + " " + oneOf("p", ps) + " }",
            row -> out.add(new Link(row.getResource("s").getURI(), row.getResource("p").getURI(), iri)));
        return out;
    }

    /** Links a document states: the triples of its named graph between nodes, without mentions. */
    List<Link> statedIn(String graphIri) {
        return select("SELECT DISTINCT ?s ?p ?o { GRAPH " + SparqlTerms.iri(graphIri) + " { ?s ?p ?o FILTER(isIRI(?o) && ?p != gkg:mentions && ?p != " + POST_IN + ") }"
            + " ?s a ?st FILTER(?st IN (" + NODE_TYPES + ")) ?o a ?ot FILTER(?ot IN (" + NODE_TYPES + ")) }");
    }

    /** A literal value of {@code iri}, if it has one. */
    Optional<String> literal(String iri, Property p) {
        List<String> out = new ArrayList<>();
        conn.querySelect("SELECT (MIN(?v) AS ?val) { " + SparqlTerms.iri(iri) + " " + SparqlTerms.iri(p.getURI()) + " ?v }",
            row -> { if (row.contains("val")) out.add(row.get("val").asLiteral().getLexicalForm()); });
        return out.stream().findFirst();
    }

    private List<Link> select(String q) {
        List<Link> out = new ArrayList<>();
        conn.querySelect(PREFIXES + q, row -> out.add(link(row)));
        return out;
    }

    private static Link link(org.apache.jena.query.QuerySolution row) {
        return new Link(row.getResource("s").getURI(), row.getResource("p").getURI(), row.getResource("o").getURI());
    }

    private static String oneOf(String var, Property... ps) {
        return "FILTER(?" + var + " IN (" + Arrays.stream(ps).map(p -> SparqlTerms.iri(p.getURI()))
            .collect(Collectors.joining(", ")) + "))";
    }

    private static String values(String var, List<String> iris) {
        return " VALUES ?" + var + " { " + iris.stream().map(SparqlTerms::iri).collect(Collectors.joining(" ")) + " }";
    }

    private static List<List<String>> batches(Collection<String> iris) {
        List<String> all = new ArrayList<>(new LinkedHashSet<>(iris));
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += BATCH) out.add(all.subList(i, Math.min(all.size(), i + BATCH)));
        return out;
    }
}
