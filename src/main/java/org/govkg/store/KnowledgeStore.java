package org.govkg.store;

import java.io.OutputStream;
import java.util.function.Function;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;

/**
 * The one place govkg's code touches the RDF store. Each source document lives in a named graph
 * of its own; the default graph, when queried, is the union of all of them. Two implementations
 * are planned: {@link EmbeddedStore} (TDB2 on disk, or in memory) and a remote SPARQL store.
 */
public interface KnowledgeStore extends AutoCloseable {

    /** True when the named graph exists and records exactly this content hash. */
    boolean isCurrent(String graphIri, String contentHash);

    /** Replaces the named graph with {@code graph} in one transaction: all of it or none of it. */
    void replaceGraph(String graphIri, Model graph);

    /** Removes a named graph and everything in it. */
    void removeGraph(String graphIri);

    /** Runs {@code reader} against the store inside one read transaction; results must be consumed inside. */
    <T> T read(Function<RDFConnection, T> reader);

    /** Writes every named graph as TriG or N-Quads. */
    void export(OutputStream out, Lang lang);

    /** Where the store lives, for messages. */
    String location();

    @Override
    void close();
}
