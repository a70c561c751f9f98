package org.govkg.sparql;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpService;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers a query that names a refused {@code SERVICE} endpoint with 403 and the reason before
 * it runs ({@link FederationGuard} stops it during execution too, but Fuseki would report that
 * as a server error). Queries it cannot parse go on to Fuseki, which reports the syntax error.
 */
public final class FederationFilter implements Filter {
    /** Larger bodies are not read here: Fuseki's own limits apply and the execution guard still holds. */
    static final int MAX_BODY = 4 * 1024 * 1024;
    private final List<String> allowed;

    public FederationFilter(List<String> allowedPrefixes) {
        this.allowed = allowedPrefixes.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String query = request.getParameter("query");
        if (query == null) {
            ReplayableRequest replayable = ReplayableRequest.of(request, "application/sparql-query", MAX_BODY);
            request = replayable;
            query = replayable.text(MAX_BODY);
        }
        String refused = query == null ? null : refusedService(query);
        if (refused != null) {
            HttpServletResponse response = (HttpServletResponse) resp;
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=utf-8");
            response.getWriter().println(FederationGuard.refusal(refused, allowed));
            return;
        }
        chain.doFilter(request, resp);
    }

    /** The first SERVICE IRI of {@code text} that is not allowed, or null. */
    private String refusedService(String text) {
        Query q;
        try {
            q = QueryFactory.create(text);
        } catch (QueryParseException e) {
            return null;
        }
        List<String> services = new ArrayList<>();
        OpWalker.walk(Algebra.compile(q), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                services.add(op.getService().isURI() ? op.getService().getURI() : op.getService().toString());
            }
        });
        return services.stream().filter(s -> allowed.stream().noneMatch(s::startsWith)).findFirst().orElse(null);
    }
}
