package org.govkg.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;

import org.govkg.diagram.NodeType;
import org.govkg.ingest.GraphValidator;
import org.govkg.store.KnowledgeStore;
import org.govkg.store.StoreQuery;
import org.govkg.vocab.EntityType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /quality}: the SHACL report of the documents that had violations (validated again, so
 * the messages are current), entities no sentence mentions, and names several entities share.
 */
@Controller
public class QualityController {
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
        for (var row : QueryRows.select(store, StoreQuery.named("quality-violations"))) {
            String d = QueryRows.text(row, "d");
            Query graphQuery = StoreQuery.named("graph").iri("graph", d).query();
            var graph = store.read(conn -> conn.queryConstruct(graphQuery));
            List<String> messages = validator.validate(graph).stream().map(Object::toString).limit(20).toList();
            reports.add(new Report(d, QueryRows.text(row, "title"), QueryRows.number(row, "n"), messages));
        }
        List<Item> unsourced = new ArrayList<>();
        for (var row : QueryRows.select(store, StoreQuery.named("quality-unsourced").iris("types", EntityType.classIris())))
            unsourced.add(item(QueryRows.text(row, "e"), QueryRows.text(row, "type"), QueryRows.text(row, "label")));
        // One query for the shared names and their entities' types and canonical names.
        Map<String, List<Item>> byName = new LinkedHashMap<>();
        for (var row : QueryRows.select(store, StoreQuery.named("quality-shared-names").iris("types", EntityType.classIris())))
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
