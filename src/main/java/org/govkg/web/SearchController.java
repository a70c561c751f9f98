package org.govkg.web;

import java.util.List;
import java.util.Map;

import org.govkg.diagram.NodeType;
import org.govkg.search.EntitySearch;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** {@code /search?q=…[&type=…]}: HTML for a browser, JSON for {@code Accept: application/json}. */
@Controller
public class SearchController {
    static final int LIMIT = 50;
    private final EntitySearch search;

    public SearchController(EntitySearch search) {
        this.search = search;
    }

    @GetMapping(value = "/search", produces = MediaType.TEXT_HTML_VALUE)
    public String page(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String type, Model model) {
        NodeType t = type == null || type.isBlank() ? null : NodeType.parse(type);
        model.addAttribute("q", q);
        model.addAttribute("type", t);
        model.addAttribute("types", List.of(NodeType.values()).stream().filter(x -> x != NodeType.POST).toList());
        model.addAttribute("hits", search.search(q, t, LIMIT));
        return "search";
    }

    @GetMapping(value = "/search", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public Map<String, Object> json(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String type) {
        NodeType t = type == null || type.isBlank() ? null : NodeType.parse(type);
        List<Map<String, Object>> hits = search.search(q, t, LIMIT).stream().map(h -> {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("iri", h.iri());
            m.put("type", h.type().key());
            m.put("label", h.label());
            m.put("matched", h.matched());
            m.put("sentence", h.sentence());
            m.put("document", h.documentIri());
            m.put("score", h.score());
            return m;
        }).toList();
        return Map.of("query", q, "count", hits.size(), "hits", hits);
    }
}
