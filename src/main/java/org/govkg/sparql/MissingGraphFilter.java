package org.govkg.sparql;

import java.io.IOException;

import org.apache.jena.graph.NodeFactory;
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
 * {@code GET /data?graph=IRI} for a graph the store does not hold: 404 with the IRI, in UTF-8.
 * Fuseki's own 404 declares a Content-Length in bytes but writes a name with Chinese characters
 * in a one-byte charset, so the client waited for bytes that never came.
 */
public final class MissingGraphFilter implements Filter {
    private final DatasetGraph dataset;

    public MissingGraphFilter(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String graph = request.getParameter("graph");
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        if (!read || graph == null || request.getParameter("query") != null) {
            chain.doFilter(req, resp);
            return;
        }
        boolean present = Txn.calculateRead(dataset, () -> dataset.containsGraph(NodeFactory.createURI(graph)));
        if (present) {
            chain.doFilter(req, resp);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) resp;
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().println("No graph <" + graph + "> in this store.");
    }
}
