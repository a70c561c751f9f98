package org.govkg.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.HashSet;

import org.apache.jena.rdf.model.RDFNode;
import org.govkg.diagram.NodeType;
import org.govkg.store.KnowledgeStore;
import org.govkg.store.SparqlTerms;
import org.govkg.store.StoreQuery;
import org.govkg.vocab.EntityType;

/**
 * A document page: metadata, the full text cut into segments (each either plain text or an
 * extracted mention linked to its entity, and marked when it lies in the sentence asked for),
 * and the facts the document states with their sentences.
 */
public record DocumentView(String iri, Map<String, String> metadata, String publisherIri, List<Segment> segments,
                           List<Fact> facts, int mentions) {

    /** A run of the text: an entity mention when {@code entityIri} is set; {@code highlighted} within the sentence asked for. */
    public record Segment(String text, String entityIri, String typeKey, boolean highlighted, boolean anchor) {}

    /** One stated link and its sentence. */
    public record Fact(String subjectIri, String subject, String predicate, String objectIri, String object, String sentence, String sentenceIri) {
        /** True when the evidence is the title line itself, already shown as the subject or object. */
        public boolean fromTitle() {
            String s = sentence == null ? "" : sentence.strip();
            return s.equals(subject) || s.equals(object);
        }
    }

    private record Mention(int start, int end, String entity, String type) {}

    static DocumentView read(KnowledgeStore store, OntologyLabels labels, String iri, String sentenceIri, String lang) {
        var meta = QueryRows.select(store, StoreQuery.named("document-metadata").iri("document", iri));
        if (meta.isEmpty()) return null;
        Map<String, RDFNode> m = meta.get(0);
        Map<String, String> metadata = new java.util.LinkedHashMap<>();
        for (String k : List.of("title", "publisher", "number", "index", "date", "signed", "genre", "file"))
            if (m.get(k) != null) metadata.put(k, QueryRows.text(m, k));
        String text = m.get("text") == null ? "" : QueryRows.text(m, "text");

        List<Mention> mentions = new ArrayList<>();
        for (var row : QueryRows.select(store, StoreQuery.named("document-mentions").iri("document", iri).iris("types", EntityType.classIris())))
            mentions.add(new Mention(QueryRows.number(row, "s"), QueryRows.number(row, "end"), QueryRows.text(row, "e"),
                NodeType.ofClass(QueryRows.text(row, "type")).map(NodeType::key).orElse("organization")));
        int hlStart = -1, hlEnd = -1;
        if (sentenceIri != null && SparqlTerms.isIri(sentenceIri)) {
            var s = QueryRows.select(store, StoreQuery.named("document-sentence").iri("document", iri).iri("sentence", sentenceIri));
            if (!s.isEmpty()) {
                hlStart = QueryRows.number(s.get(0), "s");
                hlEnd = QueryRows.number(s.get(0), "e");
            }
        }
        List<Fact> facts = new ArrayList<>();
        for (var row : QueryRows.select(store, StoreQuery.named("document-facts").iri("document", iri)))
            facts.add(new Fact(QueryRows.text(row, "s"), label(row, "sl", "s"), labels.label(QueryRows.text(row, "p"), lang),
                QueryRows.text(row, "o"), label(row, "ol", "o"), QueryRows.text(row, "text"), QueryRows.text(row, "sent")));
        // An entity with two names gives a fact twice: keep one per subject, relation, object and sentence.
        Set<String> seen = new HashSet<>();
        List<Fact> unique = facts.stream()
            .filter(f -> seen.add(f.subjectIri() + " " + f.predicate() + " " + f.objectIri() + " " + f.sentenceIri())).toList();
        return new DocumentView(iri, metadata, m.get("pub") == null ? null : QueryRows.text(m, "pub"),
            segments(text, mentions, hlStart, hlEnd), unique, mentions.size());
    }

    private static String label(Map<String, RDFNode> row, String label, String iri) {
        return row.get(label) != null ? QueryRows.text(row, label) : QueryRows.text(row, iri);
    }

    /** Cuts the text at every mention and sentence boundary; overlapping mentions keep the first (longest) one. */
    static List<Segment> segments(String text, List<Mention> mentions, int hlStart, int hlEnd) {
        List<Mention> kept = new ArrayList<>();
        int last = 0;
        for (Mention mn : mentions) {
            if (mn.start() < last || mn.start() < 0 || mn.end() > text.length() || mn.end() <= mn.start()) continue;
            kept.add(mn);
            last = mn.end();
        }
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Mention mn : kept) { cuts.add(mn.start()); cuts.add(mn.end()); }
        if (hlStart >= 0 && hlEnd <= text.length() && hlStart < hlEnd) { cuts.add(hlStart); cuts.add(hlEnd); }
        List<Segment> out = new ArrayList<>();
        Integer prev = null;
        boolean anchored = false;
        int k = 0;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                int a = prev;
                while (k < kept.size() && kept.get(k).end() <= a) k++;
                Mention in = k < kept.size() && kept.get(k).start() <= a && a < kept.get(k).end() ? kept.get(k) : null;
                boolean hl = hlStart >= 0 && a >= hlStart && a < hlEnd;
                out.add(new Segment(text.substring(a, cut), in == null ? null : in.entity(), in == null ? null : in.type(), hl, hl && !anchored));
                anchored |= hl;
            }
            prev = cut;
        }
        return out;
    }
}
