package org.govkg.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.govkg.store.RemoteEndpoints;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The SPARQL protocols of a server whose store is remote: {@code /sparql}, {@code /data} and
 * {@code /update} are passed on to the store's own services (with govkg's checks already applied
 * by the filters before this one, and the store's credentials added), and the answers streamed
 * back as they come. {@code /data?default} is answered as the union of the documents, as the
 * embedded store answers it: a CONSTRUCT over the store's default graph.
 */
final class SparqlForwarding implements Filter {
    private static final List<String> PASSED_HEADERS = List.of("Content-Type", "Content-Disposition", "Vary");
    private final RemoteEndpoints endpoints;
    private final HttpClient http;
    private final Duration timeout;

    SparqlForwarding(RemoteEndpoints endpoints, HttpClient http, Duration timeout) {
        this.endpoints = endpoints;
        this.http = http;
        this.timeout = timeout;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        String path = request.getServletPath();
        String method = request.getMethod();
        String accept = request.getHeader("Accept") == null ? "*/*" : request.getHeader("Accept");
        HttpRequest forward;
        if (path.equals("/" + SparqlEndpoint.UPDATE)) {
            if (!method.equals("POST")) {
                plain(response, 405, "SPARQL Update is sent with POST.");
                return;
            }
            String update = request.getParameter("update");
            if (update == null) update = body(request, "application/sparql-update");
            if (update == null) {
                plain(response, 400, "No update: send it as the form field 'update' or as an application/sparql-update body.");
                return;
            }
            forward = form(endpoints.update(), Map.of("update", update), accept);
        } else if (request.getParameter("query") != null || body(request, "application/sparql-query") != null) {
            String query = request.getParameter("query") != null ? request.getParameter("query") : body(request, "application/sparql-query");
            forward = form(endpoints.query(), Map.of("query", query), accept);
        } else if (method.equals("GET") || method.equals("HEAD")) {
            if (request.getParameter("default") != null) {
                forward = form(endpoints.query(), Map.of("query", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"), accept);
            } else {
                String graph = request.getParameter("graph");
                String url = graph == null ? endpoints.data()
                    : endpoints.data() + (endpoints.data().contains("?") ? "&" : "?") + "graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8);
                forward = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Accept", accept).GET().build();
            }
        } else {
            plain(response, 405, "This Graph Store is read-only here; documents are added with POST /documents.");
            return;
        }
        relay(forward, method.equals("HEAD"), response);
    }

    /** A request body of the given media type, read once (the filters before may have made it replayable). */
    private static String body(HttpServletRequest request, String mediaType) throws IOException {
        String type = request.getContentType();
        if (!"POST".equals(request.getMethod()) || type == null || !type.startsWith(mediaType)) return null;
        Object kept = request.getAttribute(mediaType);
        if (kept != null) return (String) kept;
        String text = new String(request.getInputStream().readNBytes(FederationFilter.MAX_BODY + 1), StandardCharsets.UTF_8);
        request.setAttribute(mediaType, text);
        return text;
    }

    private HttpRequest form(String url, Map<String, String> fields, String accept) {
        String body = fields.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8").header("Accept", accept)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    private void relay(HttpRequest forward, boolean head, HttpServletResponse response) throws IOException {
        HttpResponse<InputStream> answer;
        try {
            answer = http.send(forward, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            plain(response, 503, "The store at " + endpoints + " did not answer within " + timeout.toSeconds() + " s.");
            return;
        } catch (IOException e) {
            plain(response, 502, "The store at " + endpoints + " did not answer (" + e.getClass().getSimpleName() + ").");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            plain(response, 503, "Interrupted.");
            return;
        }
        response.setStatus(answer.statusCode());
        for (String h : PASSED_HEADERS)
            answer.headers().firstValue(h).ifPresent(v -> response.setHeader(h, v));
        try (InputStream in = answer.body()) {
            if (head) return;
            OutputStream out = response.getOutputStream();
            in.transferTo(out);
            out.flush();
        }
    }

    private static void plain(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().println(message);
    }
}
