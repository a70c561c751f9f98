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

/**
 * Turns the ways a request can go wrong into precise 4xx answers (5xx only for a layout that
 * failed or ran out of time), as JSON with an {@code error} message.
 */
@RestControllerAdvice
public class ApiErrors {

    @ExceptionHandler({IllegalArgumentException.class, MissingServletRequestParameterException.class,
        MethodArgumentTypeMismatchException.class})
    ResponseEntity<Map<String, Object>> badRequest(Exception e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage(), null);
    }

    @ExceptionHandler(org.apache.jena.query.QueryParseException.class)
    ResponseEntity<Map<String, Object>> malformedQuery(org.apache.jena.query.QueryParseException e) {
        return error(HttpStatus.BAD_REQUEST, "malformed query: " + e.getMessage(), null);
    }

    @ExceptionHandler(EntityLookup.UnknownEntityException.class)
    ResponseEntity<Map<String, Object>> unknown(EntityLookup.UnknownEntityException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage(), null);
    }

    @ExceptionHandler(EntityLookup.AmbiguousEntityException.class)
    ResponseEntity<Map<String, Object>> ambiguous(EntityLookup.AmbiguousEntityException e) {
        return error(HttpStatus.CONFLICT, e.getMessage(), e.candidates());
    }

    @ExceptionHandler(DiagramException.class)
    ResponseEntity<Map<String, Object>> layout(DiagramException e) {
        return error(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), null);
    }

    @ExceptionHandler(NoPathException.class)
    ResponseEntity<Map<String, Object>> noPath(NoPathException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage(), null);
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message, List<EntityLookup.Candidate> candidates) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", message);
        if (candidates != null) body.put("candidates", candidates);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
