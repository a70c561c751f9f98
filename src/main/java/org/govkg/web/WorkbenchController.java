package org.govkg.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govkg.sparql.ExampleQueries;
import org.govkg.store.KnowledgeStore;
import org.govkg.store.StoreQuery;
import org.govkg.vocab.GKG;
import org.govkg.vocab.Prefixes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code /workbench[?query=…]}: the SPARQL workbench. The page carries the prefixes and the
 * ontology's terms (for completion) as data attributes; {@code workbench.js} does the rest
 * against the standard endpoint at {@code /sparql}.
 */
@Controller
public class WorkbenchController {
    private final List<ExampleQueries.Example> examples = ExampleQueries.all();
    private final String prefixesJson;
    private final String termsJson;

    public WorkbenchController(KnowledgeStore store) throws JsonProcessingException {
        ObjectMapper json = new ObjectMapper();
        prefixesJson = json.writeValueAsString(new LinkedHashMap<>(Prefixes.standard().getNsPrefixMap()));
        List<String> terms = QueryRows.select(store, StoreQuery.named("ontology-terms").iri("ontology", GKG.ONTOLOGY_GRAPH)).stream()
            .map(r -> "gkg:" + QueryRows.text(r, "t").substring(GKG.NS.length())).toList();
        termsJson = json.writeValueAsString(terms);
    }

    @GetMapping("/workbench")
    public String page(@RequestParam(required = false) String query, Model model, java.util.Locale locale) {
        model.addAttribute("examples", examples);
        model.addAttribute("query", query != null ? query : examples.get(0).query(locale.getLanguage()));
        model.addAttribute("prefixes", prefixesJson);
        model.addAttribute("terms", termsJson);
        model.addAttribute("entityBase", GKG.ENTITY_BASE);
        model.addAttribute("documentBase", GKG.DOCUMENT_BASE);
        Map<String, String> ns = Prefixes.standard().getNsPrefixMap();
        model.addAttribute("ns", ns);
        return "workbench";
    }
}
