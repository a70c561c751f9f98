package org.govkg.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govkg.diagram.NodeType;
import org.govkg.ingest.GraphValidator;
import org.govkg.store.KnowledgeStore;
import org.govkg.store.SparqlTerms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /quality}: the SHACL report of the documents that had violations (validated again, so
 * the messages are current), entities no sentence mentions, and names several entities share.
 */
@Controller
public class QualityController {
    static final int LIMIT = 200;
    private final KnowledgeStore store;

    public QualityController(KnowledgeStore store) {
        this.store = store;
    }

    /** A document with SHACL violations and their messages. */
    public record Report(String iri, String title, int count, List<String> messages) {}

    /** An entity in a list. */
    public record Item(String iri, NodeType type, String label) {}

    /** A name and the entities that share it. */
    public record Shared(String name, List<Item> entities) {}

    @GetMapping("/quality")
    public String page(Model model) {
        List<Report> reports = new ArrayList<>();
        GraphValidator validator = new GraphValidator();
        for (var row : QueryRows.select(store, "SELECT ?d ?n (MIN(?t) AS ?title) { ?d gkg:shaclViolations ?n FILTER(?n > 0) "
            + "OPTIONAL { ?d dcterms:title ?t } } GROUP BY ?d ?n ORDER BY DESC(?n) LIMIT 50")) {
            String d = QueryRows.text(row, "d");
            var graph = store.read(conn -> conn.queryConstruct("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH " + SparqlTerms.iri(d) + " { ?s ?p ?o } }"));
            List<String> messages = validator.validate(graph).stream().map(Object::toString).limit(20).toList();
            reports.add(new Report(d, QueryRows.text(row, "title"), QueryRows.number(row, "n"), messages));
        }
        List<Item> unsourced = new ArrayList<>();
        for (var row : QueryRows.select(store, "SELECT ?e (MIN(?t) AS ?type) (MIN(?l) AS ?label) { ?e a ?t FILTER(?t IN ("
            + HomeController.CORE_TYPES + ")) OPTIONAL { ?e skos:prefLabel ?l } FILTER NOT EXISTS { ?m gkg:mentionOf ?e } } GROUP BY ?e ORDER BY ?label LIMIT " + LIMIT))
            unsourced.add(item(QueryRows.text(row, "e"), QueryRows.text(row, "type"), QueryRows.text(row, "label")));
        // One query for the shared names and their entities' types and canonical names.
        Map<String, List<Item>> byName = new LinkedHashMap<>();
        for (var row : QueryRows.select(store, "SELECT ?l ?e (MIN(?t) AS ?type) (MIN(?x) AS ?label) { "
            + "{ SELECT ?l { ?e a ?t FILTER(?t IN (" + HomeController.CORE_TYPES + ")) ?e skos:prefLabel|skos:altLabel ?l } "
            + "GROUP BY ?l HAVING (COUNT(DISTINCT ?e) > 1) ORDER BY ?l LIMIT " + LIMIT + " } "
            + "?e skos:prefLabel|skos:altLabel ?l ; a ?t FILTER(?t IN (" + HomeController.CORE_TYPES + ")) "
            + "OPTIONAL { ?e skos:prefLabel ?x } } GROUP BY ?l ?e ORDER BY ?l ?e"))
            byName.computeIfAbsent(QueryRows.text(row, "l"), k -> new ArrayList<>())
                .add(item(QueryRows.text(row, "e"), QueryRows.text(row, "type"), QueryRows.text(row, "label")));
        List<Shared> shared = byName.entrySet().stream().map(en -> new Shared(en.getKey(), en.getValue())).toList();
        model.addAttribute("storeLocation", store.location());
        model.addAttribute("textMethod", store.textMethod().name());
        model.addAttribute("reports", reports);
        model.addAttribute("unsourced", unsourced);
        model.addAttribute("shared", shared);
        return "quality";
    }

    private static Item item(String iri, String type, String label) {
        return new Item(iri, type == null ? null : NodeType.ofClass(type).orElse(null), label == null ? iri : label);
    }
}
