package org.govkg.sparql;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Accepts the result-format parameters common clients send besides (or instead of) an Accept
 * header: {@code output}, {@code format} and {@code results} (SPARQLWrapper sends all three, with
 * values such as {@code json}, {@code xml}, {@code rdf+xml}, {@code n3}, {@code turtle},
 * {@code json-ld} or a media type). The value becomes the request's Accept header and the
 * parameters are hidden from Fuseki, which knows only a few of these names and refuses the rest.
 */
public final class ResultFormatParameters implements Filter {
    static final List<String> PARAMETERS = List.of("output", "format", "results");

    /** Short names, each to the media types it means for result sets and for graphs, best first. */
    private static final Map<String, String> ACCEPT = Map.ofEntries(
        Map.entry("json", "application/sparql-results+json, application/ld+json;q=0.9"),
        Map.entry("srj", "application/sparql-results+json"),
        Map.entry("xml", "application/sparql-results+xml, application/rdf+xml;q=0.9"),
        Map.entry("srx", "application/sparql-results+xml"),
        Map.entry("rdf", "application/rdf+xml, application/sparql-results+xml;q=0.5"),
        Map.entry("rdf+xml", "application/rdf+xml, application/sparql-results+xml;q=0.5"),
        Map.entry("rdfxml", "application/rdf+xml, application/sparql-results+xml;q=0.5"),
        Map.entry("n3", "text/turtle, application/sparql-results+xml;q=0.5"),
        Map.entry("turtle", "text/turtle, application/sparql-results+xml;q=0.5"),
        Map.entry("ttl", "text/turtle, application/sparql-results+xml;q=0.5"),
        Map.entry("nt", "application/n-triples, application/sparql-results+xml;q=0.5"),
        Map.entry("ntriples", "application/n-triples, application/sparql-results+xml;q=0.5"),
        Map.entry("n-triples", "application/n-triples, application/sparql-results+xml;q=0.5"),
        Map.entry("json-ld", "application/ld+json, application/sparql-results+json;q=0.5"),
        Map.entry("jsonld", "application/ld+json, application/sparql-results+json;q=0.5"),
        Map.entry("csv", "text/csv"),
        Map.entry("tsv", "text/tab-separated-values"),
        Map.entry("text", "text/plain"),
        Map.entry("trig", "application/trig"),
        Map.entry("nquads", "application/n-quads"),
        Map.entry("n-quads", "application/n-quads"));

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String value = null;
        for (String p : PARAMETERS) {
            if (request.getParameter(p) != null) {
                value = request.getParameter(p).strip();
                break;
            }
        }
        if (value == null) {
            chain.doFilter(req, resp);
            return;
        }
        String accept = value.contains("/") ? value : ACCEPT.get(value.toLowerCase(Locale.ROOT));
        if (accept == null) {
            HttpServletResponse response = (HttpServletResponse) resp;
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=utf-8");
            response.getWriter().println("Unknown result format '" + value + "' (parameter output/format/results). "
                + "Known: " + String.join(", ", new java.util.TreeSet<>(ACCEPT.keySet())) + ", or a media type.");
            return;
        }
        Map<String, String[]> kept = new LinkedHashMap<>(request.getParameterMap());
        PARAMETERS.forEach(kept::remove);
        // the format as Accept, the format parameters gone
        chain.doFilter(new RewrittenRequest(request, kept, accept, null), resp);
    }
}
