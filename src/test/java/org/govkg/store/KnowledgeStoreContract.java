package org.govkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.SKOS;
import org.govkg.vocab.GKG;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link KnowledgeStore} must do; each subclass only says how to create one. */
abstract class KnowledgeStoreContract {
    private static final String G1 = GKG.DOCUMENT_BASE + "one";
    private static final String G2 = GKG.DOCUMENT_BASE + "two";
    protected KnowledgeStore store;

    protected abstract KnowledgeStore create() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = create();
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Model document(String graph, String hash, String... labels) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(graph, GKG.Document).addProperty(GKG.contentHash, hash);
        for (String label : labels)
            m.createResource(GKG.ENTITY_BASE + "organization/" + label.hashCode(), GKG.Organization)
                .addProperty(SKOS.prefLabel, label, "zh");
        return m;
    }

    long count(String sparql) {
        return store.read(c -> {
            QuerySolution[] row = new QuerySolution[1];
            c.querySelect(sparql, r -> row[0] = r);
            return row[0].getLiteral("n").getLong();
        });
    }

    @Test
    void defaultGraphIsTheUnionOfAllDocuments() {
        store.replaceGraph(G1, document(G1, "h1", "甲局"));
        store.replaceGraph(G2, document(G2, "h2", "乙局"));
        assertThat(count("SELECT (COUNT(*) AS ?n) { ?s a <" + GKG.Organization.getURI() + "> }")).isEqualTo(2);
    }

    @Test
    void replacingADocumentLeavesNothingOfItsOldGraph() {
        store.replaceGraph(G1, document(G1, "h1", "甲局", "丙局"));
        store.replaceGraph(G1, document(G1, "h1b", "乙局"));
        assertThat(count("SELECT (COUNT(*) AS ?n) { GRAPH <" + G1 + "> { ?s <" + SKOS.prefLabel.getURI() + "> ?l } }")).isEqualTo(1);
        assertThat(store.isCurrent(G1, "h1")).isFalse();
        assertThat(store.isCurrent(G1, "h1b")).isTrue();
    }

    @Test
    void removedGraphIsGone() {
        store.replaceGraph(G1, document(G1, "h1", "甲局"));
        store.removeGraph(G1);
        assertThat(store.isCurrent(G1, "h1")).isFalse();
        assertThat(count("SELECT (COUNT(*) AS ?n) { GRAPH <" + G1 + "> { ?s ?p ?o } }")).isZero();
    }

    @Test
    void ontologyGraphLetsQueriesFollowSubClassOf() {
        store.replaceGraph(G1, document(G1, "h1", "甲局"));
        long n = count("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT (COUNT(*) AS ?n) { "
            + "?s a ?c . ?c rdfs:subClassOf <http://www.w3.org/ns/org#Organization> }");
        assertThat(n).isEqualTo(1);
    }

    @Test
    void exportWritesEveryNamedGraph() {
        store.replaceGraph(G1, document(G1, "h1", "甲局"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(out, Lang.NQUADS);
        String nq = out.toString(StandardCharsets.UTF_8);
        assertThat(nq).contains("<" + G1 + "> .").contains("<" + GKG.ONTOLOGY_GRAPH + "> .").contains("甲局");
    }

    @Test
    void failedWriteLeavesThePreviousGraph() {
        store.replaceGraph(G1, document(G1, "h1", "甲局"));
        Model broken = new ModelWithFailingIterator(document(G1, "h2", "乙局"));
        assertThatThrownBy(() -> store.replaceGraph(G1, broken)).hasMessageContaining("simulated failure");
        assertThat(store.isCurrent(G1, "h1")).isTrue();
        Resource doc = org.apache.jena.rdf.model.ResourceFactory.createResource(G1);
        boolean half = store.read(c -> c.fetch(G1).contains(doc, GKG.contentHash, "h2"));
        assertThat(half).isFalse();
    }
}
