package org.govkg.web;

import java.util.Locale;

import org.govkg.store.KnowledgeStore;
import org.govkg.store.SparqlTerms;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** {@code /document?iri=…[&sentence=…]}: a document with its mentions highlighted and its facts. */
@Controller
public class DocumentController {
    private final KnowledgeStore store;
    private final OntologyLabels labels;

    public DocumentController(KnowledgeStore store, OntologyLabels labels) {
        this.store = store;
        this.labels = labels;
    }

    @GetMapping("/document")
    public String page(@RequestParam String iri, @RequestParam(required = false) String sentence, Model model, Locale locale) {
        if (!SparqlTerms.isIri(iri)) throw new IllegalArgumentException("not an IRI: " + iri);
        DocumentView view = DocumentView.read(store, labels, iri, sentence, locale.getLanguage());
        if (view == null) throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no document " + iri);
        model.addAttribute("d", view);
        model.addAttribute("added", org.govkg.feed.DocumentAdditions.of(store, iri).orElse(null));
        return "document";
    }
}
