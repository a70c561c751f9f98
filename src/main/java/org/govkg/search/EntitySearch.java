package org.govkg.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.rdfconnection.SparqlQueryConnection;
import org.govkg.diagram.NodeType;
import org.govkg.store.KnowledgeStore;
import org.govkg.store.StoreQuery;
import org.govkg.store.TextMatch;
import org.govkg.vocab.EntityKind;
import org.govkg.vocab.EntityType;
import org.govkg.vocab.GKG;

/**
 * Chinese full-text search over names (canonical names, aliases, document titles) and source
 * sentences, through the store's full-text search ({@link KnowledgeStore#findText}), which finds
 * candidates; the ranking then
 * puts an exact name first, then names containing the query, then names containing its characters
 * in order (发改委 in 发展和改革委员会 — how Chinese abbreviations are formed), then entities
 * that only occur in a matching sentence.
 */
public final class EntitySearch {
    static final int CANDIDATES = 100;
    private final KnowledgeStore store;

    public EntitySearch(KnowledgeStore store) {
        this.store = store;
    }

    /**
     * One entity found.
     *
     * @param matched     the name (canonical or alias) the query matched, or null when only a sentence did
     * @param sentence    the best sentence about the entity, or null
     * @param documentIri the document that sentence comes from
     */
    public record Hit(String iri, NodeType type, String label, String matched, String sentence,
                      String sentenceIri, String documentIri, String documentTitle, double score, EntityKind kind) {

        /** The badge: the entity's kind (通知, 工作组 …) where it has one, else its type. */
        public String typeLabel(String lang) {
            return kind != null ? kind.label(lang) : type.label(lang);
        }

        /** The label with the words of {@code query} marked. */
        public List<Highlight.Part> labelParts(String query) {
            return Highlight.of(label, terms(query, null));
        }

        /** The matched name with the words of {@code query} marked. */
        public List<Highlight.Part> matchedParts(String query) {
            return Highlight.of(matched, terms(query, null));
        }

        /** The sentence with the query's words and the name it matched (the form the sentence uses) marked. */
        public List<Highlight.Part> sentenceParts(String query) {
            return Highlight.of(sentence, terms(query, matched));
        }

        private static List<String> terms(String query, String name) {
            List<String> terms = new ArrayList<>(List.of(query.strip().split("\\s+")));
            if (name != null) terms.add(name);
            return terms;
        }
    }

    private static final class Candidate {
        final String iri;
        String matched;
        double score;
        String sentenceIri, sentence;

        Candidate(String iri) { this.iri = iri; }
    }

    public List<Hit> search(String query, NodeType type, int limit) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) return List.of();
        List<TextMatch> names = store.findText(TextMatch.Field.NAMES, q, CANDIDATES);
        List<TextMatch> sentenceHits = store.findText(TextMatch.Field.SENTENCES, q, CANDIDATES);
        return store.read(conn -> {
            Map<String, Candidate> found = new LinkedHashMap<>();
            for (TextMatch m : names) {
                double score = nameScore(q, m.text()) + m.score() / 100;
                Candidate c = found.computeIfAbsent(m.subject(), Candidate::new);
                if (score > c.score) { c.score = score; c.matched = m.text(); }
            }
            Map<String, String> sentences = new LinkedHashMap<>();
            for (TextMatch m : sentenceHits) sentences.putIfAbsent(m.subject(), m.text());
            attachSentences(conn, q, found, sentences);
            List<Candidate> ranked = new ArrayList<>(found.values());
            ranked.sort(Comparator.comparingDouble((Candidate c) -> -c.score).thenComparing(c -> c.iri));
            Map<String, Info> info = info(conn, ranked.stream().limit(CANDIDATES).map(c -> c.iri).toList());
            List<Candidate> chosen = new ArrayList<>();
            for (Candidate c : ranked) {
                Info i = info.get(c.iri);
                if (i == null || i.type == null || i.type == NodeType.POST || type != null && i.type != type) continue;
                chosen.add(c);
                if (chosen.size() >= limit) break;
            }
            for (Candidate c : chosen) if (c.sentenceIri == null) bestSentence(conn, q, c);
            Map<String, Info> documents = documentsOf(conn, chosen.stream().map(c -> c.sentenceIri).filter(Objects::nonNull).toList());
            List<Hit> hits = new ArrayList<>();
            for (Candidate c : chosen) {
                Info i = info.get(c.iri);
                Info d = c.sentenceIri == null ? null : documents.get(c.sentenceIri);
                hits.add(new Hit(c.iri, i.type, i.label, c.matched, c.sentence, c.sentenceIri,
                    d == null ? null : d.iri, d == null ? null : d.label, c.score, i.kind));
            }
            return hits;
        });
    }

    /** How well a name answers the query: exact, contains, characters in order, or only a shared word. */
    static double nameScore(String q, String name) {
        if (name.equals(q)) return 4;
        if (name.contains(q)) return 3 + (double) q.length() / name.length();
        if (inOrder(q, name)) return 2 + (double) q.length() / name.length();
        return 1;
    }

    private static boolean inOrder(String q, String name) {
        int j = 0;
        for (int i = 0; i < name.length() && j < q.length(); i++) if (name.charAt(i) == q.charAt(j)) j++;
        return j == q.length() && q.length() > 1;
    }

    /**
     * Entities mentioned in matching sentences join the results; each candidate gets its best
     * matching sentence: one that states a fact about it, then the longer one (a title says less).
     */
    private void attachSentences(SparqlQueryConnection conn, String q, Map<String, Candidate> found, Map<String, String> sentences) {
        if (sentences.isEmpty()) return;
        Map<String, Double> best = new HashMap<>();
        conn.querySelect(StoreQuery.named("search-sentence-entities").iris("sentences", sentences.keySet()).query(), row -> {
            String sent = row.getResource("sent").getURI();
            String e = row.getResource("e").getURI();
            Candidate c = found.computeIfAbsent(e, k -> {
                Candidate n = new Candidate(k);
                n.score = 0.5;
                return n;
            });
            String text = sentences.get(sent);
            double quality = (row.getLiteral("fact").getBoolean() ? 2 : 0) + Math.min(text.length(), 200) / 1000.0;
            if (quality > best.getOrDefault(e, -1.0)) {
                best.put(e, quality);
                c.sentenceIri = sent;
                c.sentence = text;
            }
        });
    }

    /** For a name hit, a sentence mentioning the entity: one containing the query, then one stating a fact, then the longest. */
    private static void bestSentence(SparqlQueryConnection conn, String q, Candidate c) {
        conn.querySelect(StoreQuery.named("search-best-sentence").iri("entity", c.iri).string("words", q).query(), row -> {
            c.sentenceIri = row.getResource("sent").getURI();
            c.sentence = row.getLiteral("text").getLexicalForm();
        });
    }

    private record Info(String iri, NodeType type, String label, EntityKind kind) {}

    private static Map<String, Info> info(SparqlQueryConnection conn, List<String> iris) {
        Map<String, Info> out = new HashMap<>();
        if (iris.isEmpty()) return out;
        List<String> types = new ArrayList<>(EntityType.classIris());
        types.add(GKG.Document.getURI());
        conn.querySelect(StoreQuery.named("search-info").iris("found", iris).iris("types", types).iris("kinds", EntityKind.classIris()).query(), row -> {
            String iri = row.getResource("x").getURI();
            NodeType t = NodeType.ofClass(row.getResource("type").getURI()).orElse(null);
            EntityKind k = row.contains("kind") ? EntityKind.ofClass(row.getResource("kind").getURI()).orElse(null) : null;
            out.put(iri, new Info(iri, t, row.contains("label") ? row.getLiteral("label").getLexicalForm() : iri, k));
        });
        return out;
    }

    /** The document of each sentence (one query for the whole page of hits). */
    private static Map<String, Info> documentsOf(SparqlQueryConnection conn, List<String> sentenceIris) {
        Map<String, Info> out = new HashMap<>();
        if (sentenceIris.isEmpty()) return out;
        conn.querySelect(StoreQuery.named("search-documents-of").iris("sentences", new LinkedHashSet<>(sentenceIris)).query(),
            row -> out.putIfAbsent(row.getResource("sentence").getURI(), new Info(row.getResource("d").getURI(), NodeType.DOCUMENT,
                row.contains("title") ? row.getLiteral("title").getLexicalForm() : row.getResource("d").getURI(), null)));
        return out;
    }

}
