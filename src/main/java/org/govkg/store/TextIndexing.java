package org.govkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDocProducer;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.changes.TextQuadAction;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.util.BytesRef;
import org.govkg.vocab.GKG;

/**
 * The full-text index (jena-text on Lucene, with Lucene's SmartChineseAnalyzer) over names
 * (canonical names, aliases, titles) and source sentences. It is kept exact per graph rather than
 * per triple (jena-text's own listener is known to drift when a graph is replaced): every write
 * transaction notes the document graphs it touches, through ingest or SPARQL Update alike, and
 * just before it commits, each touched graph's index entries are deleted and written again from
 * the graph as it now is (none if the graph is gone). TDB2 commits the index with the data.
 * SPARQL sees the index as {@code text:query}.
 */
final class TextIndexing {
    /** Lucene field names; {@code label} is the default field of {@code text:query}. */
    static final String ENTITY_FIELD = "uri", GRAPH_FIELD = "graph", LANG_FIELD = "lang",
        LABEL_FIELD = "label", TEXT_FIELD = "text";

    private final TextIndexLucene index;
    /** Document graphs the current thread's write transaction has touched. */
    private final ThreadLocal<Set<String>> touched = ThreadLocal.withInitial(java.util.LinkedHashSet::new);

    private TextIndexing(Directory directory) {
        EntityDefinition def = new EntityDefinition(ENTITY_FIELD, LABEL_FIELD, SKOS.prefLabel.asNode());
        def.set(LABEL_FIELD, SKOS.altLabel.asNode());
        def.set(LABEL_FIELD, DCTerms.title.asNode());
        def.set(LABEL_FIELD, RDFS.label.asNode());
        def.set(TEXT_FIELD, GKG.text.asNode());
        def.setGraphField(GRAPH_FIELD);
        def.setLangField(LANG_FIELD);
        TextIndexConfig config = new TextIndexConfig(def);
        config.setAnalyzer(new SmartChineseAnalyzer());
        config.setQueryAnalyzer(new SmartChineseAnalyzer());
        config.setValueStored(true);
        index = new TextIndexLucene(directory, config);
    }

    static TextIndexing onDisk(Path dir) {
        try {
            // jena-text opens a new reader for every text:query. On a memory-mapped directory each
            // open maps and each close unmaps every segment file, which under concurrent searches
            // cost more than the search itself (most of the time of a /search under load); plain
            // file reads open in microseconds, and the index is small enough for the page cache.
            return new TextIndexing(new NIOFSDirectory(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index in " + dir, e);
        }
    }

    static TextIndexing inMemory() {
        return new TextIndexing(new ByteBuffersDirectory());
    }

    /** {@code dsg} with the index attached, so that SPARQL can use {@code text:query} and commits include the index. */
    DatasetGraph wrap(DatasetGraph dsg) {
        // TDB2's query engine unwraps the dataset to its own, so text:query finds the index through the context.
        dsg.getContext().set(TextQuery.textIndex, index);
        DatasetGraph wrapped = new DatasetGraphText(dsg, index, new Reindexer(dsg), true);
        wrapped.getContext().set(TextQuery.textIndex, index);
        return new ReadsEndWithoutRollback(wrapped);
    }

    /** Marks a graph for re-indexing when the current write transaction commits. */
    void touch(String graphIri) {
        if (graphIri.startsWith(GKG.DOCUMENT_BASE)) touched.get().add(graphIri);
    }

    /** Replaces the index entries of {@code graphIri} by those of {@code graph}. Call inside the write transaction. */
    void replace(String graphIri, Model graph) {
        remove(graphIri);
        if (!graphIri.startsWith(GKG.DOCUMENT_BASE)) return;
        Set<Node> sentences = new HashSet<>();
        graph.listSubjectsWithProperty(DCTerms.isPartOf).forEach(r -> sentences.add(r.asNode()));
        graph.getGraph().find().forEach(t -> index(graphIri, t, sentences));
    }

    /** Removes every index entry of {@code graphIri}. Call inside the write transaction. */
    void remove(String graphIri) {
        try {
            index.getIndexWriter().deleteDocuments(new Term(GRAPH_FIELD, graphIri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The graphs that have entries in the committed index. */
    Set<String> indexedGraphs() {
        Set<String> out = new HashSet<>();
        try (IndexReader reader = DirectoryReader.open(index.getDirectory())) {
            Terms terms = MultiTerms.getTerms(reader, GRAPH_FIELD);
            if (terms == null) return out;
            TermsEnum it = terms.iterator();
            for (BytesRef t = it.next(); t != null; t = it.next()) out.add(t.utf8ToString());
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    void close() {
        index.close();
    }

    private void index(String graphIri, Triple t, Set<Node> sentences) {
        Node o = t.getObject();
        if (!o.isLiteral() || !t.getSubject().isURI()) return;
        String field = index.getDocDef().getField(t.getPredicate());
        if (field == null) return;
        if (field.equals(TEXT_FIELD) && !sentences.contains(t.getSubject())) return; // sentences only, not whole documents
        Entity e = new Entity(t.getSubject().getURI(), graphIri, o.getLiteralLanguage().isEmpty() ? null : o.getLiteralLanguage(), null);
        e.put(field, o.getLiteralLexicalForm());
        index.addEntity(e);
    }

    /** Collects the graphs a write transaction changes and re-indexes them just before it commits. */
    private final class Reindexer implements TextDocProducer {
        private final DatasetGraph base;

        Reindexer(DatasetGraph base) {
            this.base = base;
        }

        @Override
        public void start() {
            touched.get().clear();
        }

        @Override
        public void change(TextQuadAction action, Node g, Node s, Node p, Node o) {
            if (g != null && g.isURI()) touch(g.getURI());
        }

        @Override
        public void finish() {
            Set<String> graphs = touched.get();
            for (String g : graphs) {
                Node node = NodeFactory.createURI(g);
                if (base.containsGraph(node)) replace(g, ModelFactory.createModelForGraph(base.getGraph(node)));
                else remove(g);
            }
            graphs.clear();
        }

        @Override
        public void reset() {
            touched.get().clear();
        }
    }
}
