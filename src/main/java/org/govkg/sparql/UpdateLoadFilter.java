package org.govkg.sparql;

import java.io.IOException;

import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.modify.request.UpdateLoad;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses SPARQL Update's {@code LOAD}, even with the admin token: {@code LOAD <file:///…>} would
 * read the server's own files into the graph (and so make them readable by anyone), and
 * {@code LOAD <http://…>} would make the server fetch from the network it sits on. Documents come
 * in through {@code govkg ingest}. Updates it cannot parse go on to Fuseki for its own message;
 * one too large to read here is refused rather than passed unchecked.
 */
public final class UpdateLoadFilter implements Filter {
    static final int MAX_BODY = 16 * 1024 * 1024;

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String update = request.getParameter("update");
        if (update == null && "POST".equals(request.getMethod())) {
            if (request.getContentLengthLong() > MAX_BODY) {
                refuse((HttpServletResponse) resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "SPARQL Update body over " + MAX_BODY / (1024 * 1024) + " MB refused");
                return;
            }
            ReplayableRequest replayable = ReplayableRequest.of(request, "application/sparql-update", MAX_BODY);
            request = replayable;
            update = replayable.text(MAX_BODY);
        }
        if (update != null && loads(update)) {
            refuse((HttpServletResponse) resp, HttpServletResponse.SC_FORBIDDEN,
                "LOAD is refused on this server (it would read local files or fetch from the network); add documents with 'govkg ingest'.");
            return;
        }
        chain.doFilter(request, resp);
    }

    private static boolean loads(String text) {
        try {
            UpdateRequest r = UpdateFactory.create(text);
            return r.getOperations().stream().anyMatch(op -> op instanceof UpdateLoad);
        } catch (QueryParseException e) {
            return false;
        }
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().println(message);
    }
}
