package org.govkg.web;

import org.govkg.vocab.EntityKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.govkg.diagram.NodeType;
import org.govkg.store.KnowledgeStore;
import org.govkg.store.StoreQuery;
import org.govkg.vocab.EntityType;
import org.govkg.vocab.GKG;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: a search box, what the graph holds by type, the most connected organizations,
 * leadership groups and plans, and the latest documents. Figures are recomputed at most once a
 * minute, so the page stays fast on a large store.
 */
@Controller
public class HomeController {
    private static final long TTL_MS = 60_000;

    private final KnowledgeStore store;
    private volatile Summary cached;
    private volatile long cachedAt;

    public HomeController(KnowledgeStore store) {
        this.store = store;
    }

    /** An entity in a list: its link, type and name, and a number (links or none). */
    public record Item(String iri, NodeType type, String label, int n) {}

    /** What the home page shows. */
    /**
     * The home page's figures. {@code counts} gives each type, leadership groups without their
     * working groups; {@code kinds} how many entities are of each kind (通知, 协议, 工作组 …).
     */
    public record Summary(Map<NodeType, Integer> counts, Map<EntityKind, Integer> kinds, Map<NodeType, List<Item>> connected, List<Doc> latest) {}

    /** A document in the latest list. */
    public record Doc(String iri, String title, String date, String publisher) {}

    @GetMapping("/")
    public String home(Model model, Locale locale) {
        model.addAttribute("summary", summary());
        return "home";
    }

    Summary summary() {
        if (cached == null || System.currentTimeMillis() - cachedAt > TTL_MS) {
            cached = compute();
            cachedAt = System.currentTimeMillis();
        }
        return cached;
    }

    private Summary compute() {
        Map<NodeType, Integer> counts = new LinkedHashMap<>();
        for (NodeType t : NodeType.values()) if (t != NodeType.POST) counts.put(t, 0);
        List<String> withDocuments = new ArrayList<>(EntityType.classIris());
        withDocuments.add(GKG.Document.getURI());
        for (var row : QueryRows.select(store, StoreQuery.named("home-counts").iris("types", withDocuments)))
            NodeType.ofClass(QueryRows.text(row, "t")).ifPresent(t -> counts.put(t, QueryRows.number(row, "n")));
        Map<NodeType, List<Item>> connected = new LinkedHashMap<>();
        for (NodeType t : List.of(NodeType.ORGANIZATION, NodeType.LEADERSHIP_GROUP, NodeType.PLAN)) {
            List<Item> items = new ArrayList<>();
            for (var row : QueryRows.select(store, StoreQuery.named("home-connected").iri("class", t.rdfClass().getURI())
                .iris("types", EntityType.classIris())))
                items.add(new Item(QueryRows.text(row, "e"), t, QueryRows.text(row, "label"), QueryRows.number(row, "n")));
            connected.put(t, items);
        }
        List<Doc> latest = new ArrayList<>();
        for (var row : QueryRows.select(store, StoreQuery.named("home-latest")))
            latest.add(new Doc(QueryRows.text(row, "d"), QueryRows.text(row, "title"), QueryRows.text(row, "date"), QueryRows.text(row, "pub")));
        Map<EntityKind, Integer> kinds = new LinkedHashMap<>();
        for (var row : QueryRows.select(store, StoreQuery.named("home-counts").iris("types", EntityKind.classIris())))
            EntityKind.ofClass(QueryRows.text(row, "t")).ifPresent(k -> kinds.put(k, QueryRows.number(row, "n")));
        Map<EntityKind, Integer> ordered = new LinkedHashMap<>();
        for (EntityKind k : EntityKind.values()) if (kinds.containsKey(k)) ordered.put(k, kinds.get(k));
        // a working group is not one more leadership group: the card counts the groups themselves
        counts.computeIfPresent(NodeType.LEADERSHIP_GROUP, (t, n) -> n - ordered.getOrDefault(EntityKind.WORKING_GROUP, 0));
        return new Summary(counts, ordered, connected, latest);
    }
}
