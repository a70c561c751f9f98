package org.govkg.store;

import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.SparqlQueryConnection;
import org.apache.jena.riot.Lang;

/**
 * The one place govkg's code touches the RDF store. Each source document lives in a named graph
 * of its own; the default graph, when queried, is the union of all of them. Two implementations:
 * {@link EmbeddedStore} (TDB2 in this process, on disk or in memory) and {@link RemoteStore} (a
 * SPARQL 1.1 server reached only through the standard protocols).
 */
public sealed interface KnowledgeStore extends AutoCloseable permits EmbeddedStore, RemoteStore {

    /** True when the named graph exists and records exactly this content hash. */
    boolean isCurrent(String graphIri, String contentHash);

    /** Replaces the named graph with {@code graph} in one step: readers see all of it or none of it. */
    void replaceGraph(String graphIri, Model graph);

    /**
     * Replaces several named graphs, each as {@link #replaceGraph} would, all becoming visible when
     * the batch is committed: the embedded store holds one write transaction open for the batch
     * (all of it or none of it is in; the graphs need not stay in memory once put), a remote store
     * writes each graph as it is put (one request each, so each graph is still all in or all out).
     * Closing a batch that was not committed abandons what it holds, where the store can.
     */
    default GraphBatch batch() {
        return new GraphBatch() {
            @Override
            public void put(String graphIri, Model graph) {
                replaceGraph(graphIri, graph);
            }

            @Override
            public void commit() {
            }

            @Override
            public void close() {
            }
        };
    }

    /** Graphs written together by {@link #batch()}. */
    interface GraphBatch extends AutoCloseable {
        void put(String graphIri, Model graph);

        void commit();

        @Override
        void close();
    }

    /** Removes a named graph and everything in it. */
    void removeGraph(String graphIri);

    /**
     * Runs {@code reader} with a query-only view of the store (one read transaction where the store
     * has them); results must be consumed inside.
     */
    <T> T read(Function<SparqlQueryConnection, T> reader);

    /**
     * Full-text search: the literals of {@code field} that match {@code words} (the user's words,
     * not a query language), best first, at most {@code limit}. Only what the store holds now is
     * returned: no literal of a replaced or removed graph.
     */
    List<TextMatch> findText(TextMatch.Field field, String words, int limit);

    /** How {@link #findText} finds text here, for the quality page. */
    TextMatch.Method textMethod();

    /** Writes every named graph as TriG or N-Quads. */
    void export(OutputStream out, Lang lang);

    /** Where the store lives, for messages (never with credentials). */
    String location();

    @Override
    void close();
}
