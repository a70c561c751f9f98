package org.govkg.web;

import org.govkg.vocab.EntityKind;
import org.govkg.vocab.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.govkg.diagram.NodeType;
import org.govkg.store.KnowledgeStore;
import org.govkg.store.StoreQuery;
import org.govkg.vocab.GKG;

/**
 * Everything an entity page shows, read from the store: type, names, links grouped by relation
 * (with the sentences each comes from), literal attributes, figures with units and the documents
 * that mention the entity.
 */
public record EntityView(String iri, NodeType type, String label, List<String> aliases, List<Attribute> headline,
                         Map<String, List<Fact>> outgoing, Map<String, List<Fact>> incoming,
                         List<Attribute> attributes, List<Figure> figures, List<DocRef> documents, EntityKind kind) {

    /** What the page calls the entity: its kind (通知, 协议, 工作组 …) where it has one, else its type. */
    public String typeLabel(String lang) {
        return kind != null ? kind.label(lang) : type.label(lang);
    }

    /** Facts of one relation stated by the same sentences: shown as one list of entities under those sentences once. */
    public record FactGroup(List<Fact> facts, List<Source> sources) {}

    /**
     * {@code facts} (of one relation) grouped by the sentences that state them, in their order: a
     * sentence naming five working groups is shown once, under the five, not five times.
     */
    public List<FactGroup> grouped(List<Fact> facts) {
        Map<List<String>, List<Fact>> bySources = new LinkedHashMap<>();
        List<FactGroup> out = new ArrayList<>();
        for (Fact f : facts) {
            List<String> key = f.sources().stream().map(Source::sentenceIri).sorted().toList();
            if (key.isEmpty()) {
                out.add(new FactGroup(List.of(f), List.of()));
                continue;
            }
            List<Fact> same = bySources.get(key);
            if (same == null) {
                same = new ArrayList<>();
                bySources.put(key, same);
                out.add(new FactGroup(same, f.sources()));
            }
            same.add(f);
        }
        return out;
    }

    /** A sentence a fact was taken from, and its document. */
    public record Source(String sentence, String sentenceIri, String documentIri, String documentTitle) {}

    /** A link to another entity, with its sources. */
    public record Fact(String predicate, String otherIri, String otherLabel, NodeType otherType, List<Source> sources, EntityKind otherKind) {
        /** The badge of the other entity: its kind where it has one, else its type. */
        public String otherTypeLabel(String lang) {
            return otherKind != null ? otherKind.label(lang) : otherType == null ? "" : otherType.label(lang);
        }
    }


    /** A literal value of the entity. */
    public record Attribute(String label, String value) {}

    /** A figure: what it measures, value and unit, and where it is stated. */
    public record Figure(String measures, String value, String unit, Source source) {}

    /** A document that mentions the entity. */
    public record DocRef(String iri, String title) {}

    /** Relations in the order a reader expects them (leaders before members before documents). */
    private static final List<String> ORDER = List.of(GKG.leaderPost, GKG.leader, GKG.deputyLeaderPost, GKG.deputyLeader,
        GKG.officeIn, GKG.officeDirectorPost, GKG.memberUnit, GKG.hasWorkingGroup, GKG.leadUnit, GKG.responsibleUnit,
        GKG.builds, GKG.partner, GKG.partOf, GKG.issued, GKG.drafted, GKG.forwarded, GKG.established, GKG.concerns)
        .stream().map(p -> p.getURI()).toList();

    /**
     * Bounds that keep a hub's page (an entity named in thousands of documents) as fast as any
     * other: a few sentences per fact, the first documents that mention it.
     */
    /** Sentences shown per fact (the queries themselves bound how many rows they read). */
    static final int SOURCES_PER_FACT = 3;

    /** Links summed up under the name, so that who leads a group and where its office is are seen first. */
    private static final List<org.apache.jena.rdf.model.Property> HEADLINE = List.of(GKG.leaderPost, GKG.deputyLeaderPost,
        GKG.officeIn, GKG.officeDirectorPost, GKG.leadUnit, GKG.partOf, GKG.jurisdiction);

    /** Reads the view of {@code iri}, or null when the store has no such entity. */
    static EntityView read(KnowledgeStore store, OntologyLabels labels, String iri, String lang) {
        // Separate small queries: in the union graph an entity stated in a thousand documents has a
        // thousand copies of each triple, and one pattern joining type, names and aliases multiplies them.
        NodeType type = null;
        for (var row : QueryRows.select(store, about("entity-types", iri)))
            type = NodeType.ofClass(QueryRows.text(row, "t")).orElse(type);
        var names = QueryRows.select(store, about("entity-label", iri));
        String label = names.isEmpty() ? null : QueryRows.text(names.get(0), "label");
        Set<String> aliases = new TreeSet<>();
        for (var row : QueryRows.select(store, about("entity-aliases", iri))) aliases.add(QueryRows.text(row, "a"));
        if (type == null) return null;
        if (label == null) label = iri;
        aliases.remove(label);

        Map<String, List<Source>> sources = new HashMap<>();
        for (var row : QueryRows.select(store, about("entity-sources", iri))) {
            String key = QueryRows.text(row, "s") + " " + QueryRows.text(row, "p") + " " + QueryRows.text(row, "o");
            List<Source> list = sources.computeIfAbsent(key, k -> new ArrayList<>());
            if (list.size() < SOURCES_PER_FACT) list.add(new Source(QueryRows.text(row, "text"),
                QueryRows.text(row, "sent"), QueryRows.text(row, "doc"), QueryRows.text(row, "title")));
        }
        List<String> types = new ArrayList<>(EntityType.classIris());
        types.add(GKG.Post.getURI());
        types.add(GKG.Document.getURI());
        Map<String, List<Fact>> out = new LinkedHashMap<>(), in = new LinkedHashMap<>();
        collect(QueryRows.select(store, about("entity-links-out", iri).iris("types", types).iris("kinds", EntityKind.classIris())),
            iri, true, sources, labels, lang, out);
        collect(QueryRows.select(store, about("entity-links-in", iri).iris("types", types).iris("kinds", EntityKind.classIris())),
            iri, false, sources, labels, lang, in);

        List<Attribute> attributes = new ArrayList<>();
        for (var row : QueryRows.select(store, about("entity-attributes", iri)))
            attributes.add(new Attribute(labels.label(QueryRows.text(row, "p"), lang), QueryRows.text(row, "v")));

        List<Figure> figures = new ArrayList<>();
        for (var row : QueryRows.select(store, about("entity-figures", iri)))
            figures.add(new Figure(QueryRows.text(row, "m"), number(QueryRows.text(row, "v")), QueryRows.text(row, "u"),
                row.get("sent") == null ? null : new Source(QueryRows.text(row, "text"), QueryRows.text(row, "sent"),
                    QueryRows.text(row, "doc"), QueryRows.text(row, "title"))));

        List<DocRef> documents = new ArrayList<>();
        for (var row : QueryRows.select(store, about("entity-documents", iri)))
            documents.add(new DocRef(QueryRows.text(row, "d"), QueryRows.text(row, "title")));
        List<Attribute> headline = new ArrayList<>();
        for (var p : HEADLINE) {
            List<String> values = out.values().stream().flatMap(List::stream).filter(f -> f.predicate().equals(p.getURI()))
                .map(Fact::otherLabel).distinct().toList();
            if (!values.isEmpty()) headline.add(new Attribute(labels.label(p.getURI(), lang), String.join("、", values)));
        }
        EntityKind kind = null;
        for (var row : QueryRows.select(store, about("entity-types", iri)))
            kind = EntityKind.ofClass(QueryRows.text(row, "t")).orElse(kind);
        return new EntityView(iri, type, label, List.copyOf(aliases), headline, out, in, attributes, figures, documents, kind);
    }

    private static StoreQuery about(String query, String iri) {
        return StoreQuery.named(query).iri("entity", iri);
    }

    private static void collect(List<Map<String, org.apache.jena.rdf.model.RDFNode>> rows, String iri, boolean outgoing,
                                Map<String, List<Source>> sources, OntologyLabels labels, String lang, Map<String, List<Fact>> into) {
        List<Fact> facts = new ArrayList<>();
        for (var row : rows) {
            String p = QueryRows.text(row, "p"), x = QueryRows.text(row, "x");
            String key = outgoing ? iri + " " + p + " " + x : x + " " + p + " " + iri;
            facts.add(new Fact(p, x, QueryRows.text(row, "l") == null ? x : QueryRows.text(row, "l"),
                NodeType.ofClass(QueryRows.text(row, "t")).orElse(null), sources.getOrDefault(key, List.of()),
                row.get("k") == null ? null : EntityKind.ofClass(QueryRows.text(row, "k")).orElse(null)));
        }
        facts.sort(Comparator.comparing((Fact f) -> rank(f.predicate())).thenComparing(Fact::predicate).thenComparing(Fact::otherLabel));
        for (Fact f : facts) {
            into.computeIfAbsent(labels.label(f.predicate(), lang), k -> new ArrayList<>()).add(f);
        }
    }

    /** A decimal as people write it: 57, not 57.0; 2.30 as 2.3. */
    static String number(String lexical) {
        try {
            return new java.math.BigDecimal(lexical).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException | NullPointerException e) {
            return lexical;
        }
    }

    private static int rank(String predicate) {
        int i = ORDER.indexOf(predicate);
        return i < 0 ? ORDER.size() : i;
    }
}
