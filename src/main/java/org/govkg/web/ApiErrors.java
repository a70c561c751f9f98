package org.govkg.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govkg.diagram.DiagramException;
import org.govkg.diagram.NoPathException;
import org.govkg.store.EntityLookup;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.util.HtmlUtils;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Turns the ways a request can go wrong into precise 4xx answers (5xx only for a layout that
 * failed or ran out of time): JSON with an {@code error} message for clients, a short page for a
 * browser that asks for HTML.
 */
@RestControllerAdvice
public class ApiErrors {

    @ExceptionHandler({IllegalArgumentException.class, MissingServletRequestParameterException.class,
        MethodArgumentTypeMismatchException.class})
    ResponseEntity<Object> badRequest(Exception e, HttpServletRequest request) {
        return error(request, HttpStatus.BAD_REQUEST, e.getMessage(), null);
    }

    @ExceptionHandler(org.apache.jena.query.QueryParseException.class)
    ResponseEntity<Object> malformedQuery(org.apache.jena.query.QueryParseException e, HttpServletRequest request) {
        return error(request, HttpStatus.BAD_REQUEST, "malformed query: " + e.getMessage(), null);
    }

    @ExceptionHandler(EntityLookup.UnknownEntityException.class)
    ResponseEntity<Object> unknown(EntityLookup.UnknownEntityException e, HttpServletRequest request) {
        return error(request, HttpStatus.NOT_FOUND, e.getMessage(), null);
    }

    @ExceptionHandler(EntityLookup.AmbiguousEntityException.class)
    ResponseEntity<Object> ambiguous(EntityLookup.AmbiguousEntityException e, HttpServletRequest request) {
        return error(request, HttpStatus.CONFLICT, e.getMessage(), e.candidates());
    }

    @ExceptionHandler(DiagramException.class)
    ResponseEntity<Object> layout(DiagramException e, HttpServletRequest request) {
        return error(request, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), null);
    }

    @ExceptionHandler(NoPathException.class)
    ResponseEntity<Object> noPath(NoPathException e, HttpServletRequest request) {
        return error(request, HttpStatus.NOT_FOUND, e.getMessage(), null);
    }

    private static ResponseEntity<Object> error(HttpServletRequest request, HttpStatus status, String message,
                                                List<EntityLookup.Candidate> candidates) {
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains("text/html")) {
            StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(status.value()).append(" · govkg</title><link rel=\"stylesheet\" href=\"/govkg.css\"></head><body>")
                .append("<header class=\"top\"><a class=\"brand\" href=\"/\">govkg</a></header><main><h1>")
                .append(status.value()).append(' ').append(HtmlUtils.htmlEscape(status.getReasonPhrase())).append("</h1><p id=\"error\">")
                .append(HtmlUtils.htmlEscape(message == null ? "" : message)).append("</p>");
            if (candidates != null) {
                html.append("<ul>");
                for (EntityLookup.Candidate c : candidates)
                    html.append("<li><a href=\"/entity?iri=").append(HtmlUtils.htmlEscape(java.net.URLEncoder.encode(c.iri(), java.nio.charset.StandardCharsets.UTF_8)))
                        .append("\">").append(HtmlUtils.htmlEscape(c.label())).append("</a> <code>").append(HtmlUtils.htmlEscape(c.iri())).append("</code></li>");
                html.append("</ul>");
            }
            html.append("</main></body></html>");
            return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).body(html.toString());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", message);
        if (candidates != null) body.put("candidates", candidates);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
