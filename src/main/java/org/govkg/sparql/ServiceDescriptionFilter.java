package org.govkg.sparql;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code GET /sparql} without a query (nor a Graph Store {@code default}/{@code graph}
 * parameter) is a request for the SPARQL 1.1 Service Description: it is forwarded to
 * {@link #DESCRIPTION}, which answers RDF, or an HTML page for a browser. Without this Fuseki
 * would answer the whole dataset.
 */
public final class ServiceDescriptionFilter implements Filter {
    /** Where the description is served (and may be linked to directly). */
    public static final String DESCRIPTION = "/sparql/description";

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        if (read && request.getParameter("query") == null && request.getParameter("default") == null
                && request.getParameter("graph") == null) {
            request.getRequestDispatcher(DESCRIPTION).forward(req, resp);
            return;
        }
        chain.doFilter(req, resp);
    }
}
