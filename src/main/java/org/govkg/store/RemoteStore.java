package org.govkg.store;

import java.io.OutputStream;
import java.net.URI;
import java.util.function.Function;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.DSP;
import org.govkg.vocab.GKG;

/**
 * A govkg server's store, read over HTTP through its SPARQL endpoint ({@code /sparql}) and Graph
 * Store endpoint ({@code /data}). Used by the read-only commands when a running server holds the
 * store directory; writes go to the server itself, so this store refuses them.
 */
public final class RemoteStore implements KnowledgeStore {
    private final URI base;

    private RemoteStore(URI base) {
        this.base = base;
    }

    /** The store of the govkg server whose base URL (ending in /) is {@code base}. */
    public static RemoteStore readOnly(URI base) {
        return new RemoteStore(base);
    }

    private RDFConnection connect() {
        return RDFConnectionRemote.newBuilder()
            .queryEndpoint(base.resolve("sparql").toString())
            .gspEndpoint(base.resolve("data").toString())
            .build();
    }

    @Override
    public boolean isCurrent(String graphIri, String contentHash) {
        String graph = SparqlTerms.iri(graphIri);
        String ask = "ASK { GRAPH " + graph + " { " + graph + " " + SparqlTerms.iri(GKG.contentHash.getURI())
            + " " + SparqlTerms.string(contentHash) + " } }";
        return read(conn -> conn.queryAsk(ask));
    }

    @Override
    public void replaceGraph(String graphIri, Model graph) {
        throw readOnly();
    }

    @Override
    public void removeGraph(String graphIri) {
        throw readOnly();
    }

    private UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("the server at " + base + " holds the store; this command only reads it");
    }

    @Override
    public <T> T read(Function<RDFConnection, T> reader) {
        try (RDFConnection conn = connect()) {
            return reader.apply(conn);
        }
    }

    @Override
    public void export(OutputStream out, Lang lang) {
        RDFFormat format = lang.equals(Lang.NQUADS) ? RDFFormat.NQUADS : RDFFormat.TRIG_BLOCKS;
        DatasetGraph all = DSP.service(base.resolve("data").toString()).GET();
        RDFDataMgr.write(out, all, format);
    }

    @Override
    public String location() {
        return base.toString();
    }

    @Override
    public void close() {
        // nothing held between calls
    }
}
