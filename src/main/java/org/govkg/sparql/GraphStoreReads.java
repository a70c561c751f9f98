package org.govkg.sparql;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The Graph Store reads govkg answers itself before Fuseki: {@code GET /data?default} is the union
 * of the document graphs, the same default graph SPARQL queries see (TDB2's stored default graph
 * is empty: every triple lives in the named graph of its document); {@code GET /data?graph=IRI}
 * for a graph the store does not hold is a 404 in UTF-8 (Fuseki's own declared a Content-Length in
 * bytes but wrote a Chinese IRI in a one-byte charset, so the client waited for bytes that never
 * came). Other requests go on to Fuseki.
 */
public final class GraphStoreReads implements Filter {
    private final DatasetGraph dataset;

    public GraphStoreReads(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        if (!read || request.getParameter("query") != null) {
            chain.doFilter(req, resp);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) resp;
        String graph = request.getParameter("graph");
        if (graph != null) {
            if (Txn.calculateRead(dataset, () -> dataset.containsGraph(NodeFactory.createURI(graph)))) {
                chain.doFilter(req, resp);
                return;
            }
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain;charset=utf-8");
            response.getWriter().println("No graph <" + graph + "> in this store.");
            return;
        }
        if (request.getParameter("default") == null) {
            chain.doFilter(req, resp);
            return;
        }
        MediaType type = ConNeg.chooseContentType(request, DEF.rdfOffer, DEF.acceptTurtle);
        Lang lang = RDFLanguages.contentTypeToLang(type.getContentTypeStr());
        if (lang == null) lang = Lang.TURTLE;
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(lang.getHeaderString() + ";charset=utf-8");
        response.setHeader("Vary", "Accept");
        if (request.getMethod().equals("HEAD"))
            return;
        OutputStream out = response.getOutputStream();
        Lang chosen = lang;
        Txn.executeRead(dataset, () -> RDFDataMgr.write(out, dataset.getUnionGraph(), chosen));
        out.flush();
    }
}
