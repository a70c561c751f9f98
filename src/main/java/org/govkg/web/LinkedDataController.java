package org.govkg.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.govkg.vocab.GKG;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Makes entity and document IRIs dereferenceable on this server: {@code /id/…} and {@code /doc/…}
 * name the IRI under the configured base ({@link GKG#DATA_BASE}) with the same path, answered by
 * content negotiation as the entity page (HTML) or its triples (Turtle, JSON-LD, RDF/XML,
 * N-Triples), the same as {@code /entity?iri=…}.
 */
@Controller
class LinkedDataController {

    @GetMapping({"/id/**", "/doc/**"})
    String dereference(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI().substring(request.getContextPath().length() + 1);
        // minted IRIs are ASCII, but a client may send the path percent-encoded or not
        String iri = GKG.DATA_BASE + URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        response.setHeader("Vary", "Accept");
        return "forward:/entity?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }
}
