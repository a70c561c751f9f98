package org.govkg.web;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.govkg.sparql.ServiceDescription;
import org.govkg.sparql.ServiceDescriptionFilter;
import org.govkg.store.KnowledgeStore;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What {@code GET /sparql} without a query answers: the SPARQL 1.1 Service Description as RDF
 * (Turtle unless another RDF syntax is asked for), or, for a browser, a page that explains the
 * endpoint and links the workbench.
 */
@Controller
class EndpointController {
    private static final List<Lang> LANGS = List.of(Lang.TURTLE, Lang.JSONLD, Lang.RDFXML, Lang.NTRIPLES);
    private final KnowledgeStore store;

    EndpointController(KnowledgeStore store) {
        this.store = store;
    }

    @GetMapping(ServiceDescriptionFilter.DESCRIPTION)
    Object describe(@RequestHeader(value = "Accept", defaultValue = "text/turtle") String accept, Model model) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() + "/";
        org.apache.jena.rdf.model.Model description = ServiceDescription.of(base + "sparql", base + "data", store);
        Lang lang = chosen(accept);
        if (lang == null) {
            model.addAttribute("endpoint", base + "sparql");
            model.addAttribute("graphStore", base + "data");
            ByteArrayOutputStream turtle = new ByteArrayOutputStream();
            RDFDataMgr.write(turtle, description, Lang.TURTLE);
            model.addAttribute("description", turtle.toString(java.nio.charset.StandardCharsets.UTF_8));
            return "endpoint";
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, description, lang);
        return ResponseEntity.ok().header("Vary", "Accept")
            .contentType(MediaType.parseMediaType(lang.getHeaderString() + ";charset=UTF-8")).body(out.toByteArray());
    }

    /** The RDF syntax asked for, or null when a browser asks for HTML first. */
    private static Lang chosen(String accept) {
        List<MediaType> types = MediaType.parseMediaTypes(accept);
        MediaType.sortBySpecificityAndQuality(types);
        for (MediaType t : types) {
            if (t.isCompatibleWith(MediaType.TEXT_HTML) && !t.isWildcardType()) return null;
            for (Lang l : LANGS)
                if (t.isCompatibleWith(MediaType.parseMediaType(l.getHeaderString()))) return l;
        }
        return Lang.TURTLE;
    }
}
