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
import org.apache.jena.vocabulary.DCTerms;
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
        assertThat(count("SELECT (COUNT(*) AS ?n) { GRAPH <" + G1 + "> { ?s ?p ?o } }"))
            .isEqualTo(document(G1, "h1", "甲局").size());
        assertThat(count("SELECT (COUNT(*) AS ?n) { ?s ?p \"乙局\"@zh }")).isZero();
    }

    static Model withSentence(String graph, String hash, String label, String sentence) {
        Model m = document(graph, hash, label);
        m.createResource(graph + "#s1").addProperty(GKG.text, sentence, "zh").addProperty(DCTerms.isPartOf, m.getResource(graph));
        return m;
    }

    @Test
    void textSearchFindsNamesAndSentences() {
        store.replaceGraph(G1, withSentence(G1, "h1", "某市发展和改革委员会", "某市发展和改革委员会负责统筹推进数字政府建设。"));
        assertThat(store.findText(TextMatch.Field.NAMES, "发展和改革委员会", 10)).extracting(TextMatch::text).contains("某市发展和改革委员会");
        assertThat(store.findText(TextMatch.Field.SENTENCES, "数字政府", 10)).extracting(TextMatch::subject).containsExactly(G1 + "#s1");
        assertThat(store.findText(TextMatch.Field.NAMES, "数字政府", 10)).isEmpty();
        assertThat(store.findText(TextMatch.Field.NAMES, "   ", 10)).isEmpty();
    }

    @Test
    void textSearchForgetsReplacedAndRemovedGraphs() {
        store.replaceGraph(G1, withSentence(G1, "h1", "某市大数据管理局", "某市大数据管理局负责平台建设。"));
        store.replaceGraph(G1, withSentence(G1, "h2", "某县农业农村局", "某县农业农村局负责数字乡村。"));
        assertThat(store.findText(TextMatch.Field.NAMES, "大数据管理局", 10)).isEmpty();
        assertThat(store.findText(TextMatch.Field.SENTENCES, "平台建设", 10)).isEmpty();
        assertThat(store.findText(TextMatch.Field.NAMES, "农业农村局", 10)).extracting(TextMatch::text).containsExactly("某县农业农村局");
        store.removeGraph(G1);
        assertThat(store.findText(TextMatch.Field.NAMES, "农业农村局", 10)).isEmpty();
    }

    @Test
    void textSearchTakesWordsNotAQueryLanguage() {
        store.replaceGraph(G1, withSentence(G1, "h1", "某市(试点)工作组", "设立某市(试点)工作组。"));
        assertThat(store.findText(TextMatch.Field.NAMES, "(试点) AND \"", 10)).isNotNull();
        assertThat(store.findText(TextMatch.Field.NAMES, "试点", 10)).extracting(TextMatch::text).contains("某市(试点)工作组");
    }
}
