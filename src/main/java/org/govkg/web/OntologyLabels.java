package org.govkg.web;

import java.util.HashMap;
import java.util.Map;

import org.govkg.store.KnowledgeStore;
import org.govkg.store.StoreQuery;
import org.govkg.vocab.GKG;
import org.springframework.stereotype.Component;

/** Names of the ontology's classes and properties in Chinese and English, from the ontology graph. */
@Component
public class OntologyLabels {
    private final Map<String, String> zh = new HashMap<>(), en = new HashMap<>();

    public OntologyLabels(KnowledgeStore store) {
        for (var row : QueryRows.select(store, StoreQuery.named("ontology-labels").iri("ontology", GKG.ONTOLOGY_GRAPH))) {
            String t = QueryRows.text(row, "t");
            String lang = row.get("l").asLiteral().getLanguage();
            ("en".equals(lang) ? en : zh).put(t, QueryRows.text(row, "l"));
        }
    }

    /** The term's label in {@code lang} ({@code en} or anything else for Chinese), or its local name. */
    public String label(String iri, String lang) {
        String l = ("en".equals(lang) ? en : zh).get(iri);
        if (l != null) return l;
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(cut + 1);
    }
}
