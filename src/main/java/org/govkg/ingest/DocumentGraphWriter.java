package org.govkg.ingest;

import java.math.BigInteger;
import java.util.BitSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.govkg.extract.model.Attribute;
import org.govkg.extract.model.DocumentMetadata;
import org.govkg.extract.model.EntityRef;
import org.govkg.vocab.EntityKind;
import org.govkg.vocab.EntityType;
import org.govkg.extract.model.Extraction;
import org.govkg.extract.model.Figure;
import org.govkg.extract.model.Link;
import org.govkg.extract.model.MemberCount;
import org.govkg.extract.model.Mention;
import org.govkg.extract.model.PostFact;
import org.govkg.extract.model.Sentence;
import org.govkg.vocab.GKG;
import org.govkg.vocab.Hashes;
import org.govkg.vocab.Prefixes;

/**
 * Writes what was extracted from one document as the RDF of its named graph: the document and its
 * metadata, the entities it names, the links between them, and for every fact the sentence it came
 * from: a statement node ({@code rdf:subject/predicate/object} and {@code gkg:sentence}) per fact and
 * sentence, a mention node (entity, sentence, offsets) per name as written. Provenance nodes carry no
 * {@code rdf:type}: their defining property says what they are, and the ontology's domains let a
 * reasoner add the classes.
 */
public final class DocumentGraphWriter {
    private static final String ZH = "zh";

    public Model write(SourceDocument source, Extraction x) {
        Model m = ModelFactory.createDefaultModel().setNsPrefixes(Prefixes.standard());
        String docIri = Iris.document(source.name());
        Resource doc = document(m, docIri, source, x);
        Map<Integer, Resource> sentences = sentences(m, docIri, doc, x);
        for (Mention mention : x.mentions())
            mention(m, docIri, doc, x, sentences, mention);
        for (Link l : x.links())
            assertion(m, docIri, doc, x, sentences, entity(m, l.subject()), property(l),
                entity(m, l.object()), l.start(), l.end());
        for (PostFact p : x.posts())
            post(m, docIri, doc, x, sentences, p);
        for (MemberCount c : x.memberCounts())
            assertion(m, docIri, doc, x, sentences, entity(m, c.group()), GKG.memberCount,
                m.createTypedLiteral(BigInteger.valueOf(c.count())), c.start(), c.end());
        for (Attribute a : x.attributes())
            assertion(m, docIri, doc, x, sentences, entity(m, a.entity()), attributeProperty(a),
                a.kind() == Attribute.Kind.SIGNED_DATE ? m.createTypedLiteral(a.value(), XSDDatatype.XSDdate) : m.createLiteral(a.value()),
                a.start(), a.end());
        for (Figure f : x.figures())
            figure(m, docIri, doc, x, sentences, f);
        return m;
    }

    private Resource document(Model m, String docIri, SourceDocument source, Extraction x) {
        DocumentMetadata meta = x.metadata();
        Resource doc = m.createResource(docIri, GKG.Document)
            .addProperty(GKG.sourceFile, source.name())
            .addProperty(GKG.contentHash, source.contentHash())
            .addProperty(GKG.text, m.createLiteral(x.text(), ZH))
            .addProperty(DCTerms.title, m.createLiteral(meta.title() != null ? meta.title() : source.name(), ZH));
        if (meta.issued() != null)
            doc.addProperty(DCTerms.issued, date(m, meta.issued()));
        if (meta.signedDate() != null)
            doc.addProperty(GKG.signedDate, date(m, meta.signedDate()));
        if (meta.documentNumber() != null)
            doc.addProperty(GKG.documentNumber, meta.documentNumber());
        if (meta.indexNumber() != null)
            doc.addProperty(GKG.indexNumber, meta.indexNumber());
        if (meta.category() != null)
            doc.addProperty(GKG.genre, meta.category());
        if (meta.publisher() != null)
            doc.addProperty(DCTerms.publisher, entity(m, new EntityRef(EntityType.ORGANIZATION, meta.publisher())));
        if (meta.contact() != null)
            doc.addProperty(GKG.contact, entity(m, new EntityRef(EntityType.PERSON, meta.contact())));
        for (String a : meta.addressees())
            if (a.length() <= 4)
                doc.addProperty(GKG.addressee, entity(m, new EntityRef(EntityType.PERSON, a)));
        return doc;
    }

    /**
     * The sentences that carry a mention, a fact or a figure; the others are only in the document's
     * text (which the full-text index also holds), since nothing points to them.
     */
    private static Map<Integer, Resource> sentences(Model m, String docIri, Resource doc, Extraction x) {
        BitSet used = new BitSet();
        x.mentions().forEach(v -> used.set(x.sentenceAt(v.start()).index()));
        x.links().forEach(v -> used.set(x.sentenceAt(v.start()).index()));
        x.posts().forEach(v -> used.set(x.sentenceAt(v.start()).index()));
        x.memberCounts().forEach(v -> used.set(x.sentenceAt(v.start()).index()));
        x.attributes().forEach(v -> used.set(x.sentenceAt(v.start()).index()));
        x.figures().forEach(v -> used.set(x.sentenceAt(v.start()).index()));
        Map<Integer, Resource> out = new HashMap<>();
        for (Sentence s : x.sentences())
            if (used.get(s.index()))
                out.put(s.index(), m.createResource(docIri + "#s" + s.index())
                    .addProperty(GKG.text, m.createLiteral(s.text(), ZH))
                    .addLiteral(GKG.start, offset(m, s.start()))
                    .addLiteral(GKG.end, offset(m, s.end()))
                    .addProperty(DCTerms.isPartOf, doc));
        return out;
    }

    /**
     * A mention is its entity, its sentence and its offsets: the words as written are the document's
     * text between the offsets, and the document is the sentence's.
     */
    private static void mention(Model m, String docIri, Resource doc, Extraction x, Map<Integer, Resource> sentences,
                                Mention mention) {
        Resource entity = entity(m, mention.entity());
        // the alias is the words as written, without the title marks or quotes around them
        String alias = mention.surface().replaceAll("^[《“\"]|[》”\"]$", "").replace('\n', ' ');
        if (!alias.equals(mention.entity().name()))
            entity.addProperty(SKOS.altLabel, m.createLiteral(alias, ZH));
        doc.addProperty(GKG.mentions, entity);
        String iri = docIri + "#m" + mention.start() + "-" + mention.end() + "-" + mention.entity().type().segment();
        Resource node = m.createResource(iri)
            .addProperty(GKG.mentionOf, entity)
            .addLiteral(GKG.start, offset(m, mention.start()))
            .addLiteral(GKG.end, offset(m, mention.end()))
            .addProperty(GKG.sentence, sentences.get(x.sentenceAt(mention.start()).index()));
        if (mention.resolution() != null)
            node.addProperty(GKG.resolution, mention.resolution());
    }

    /** Curation's {@code label} rules: the entity keeps its IRI and shows the chosen label; its old one stays an alias. */
    public static void relabel(Model m, org.govkg.resolve.Curation curation) {
        for (org.govkg.resolve.Curation.Rule r : curation.rules()) {
            if (r.action() != org.govkg.resolve.Curation.Action.LABEL)
                continue;
            for (EntityType t : EntityType.values())
                if (t.name().replace("_", "").equalsIgnoreCase(r.type())) {
                    Resource e = m.createResource(Iris.entity(new EntityRef(t, r.name())));
                    if (m.contains(e, SKOS.prefLabel)) {
                        m.removeAll(e, SKOS.prefLabel, null);
                        e.addProperty(SKOS.prefLabel, m.createLiteral(r.argument(), ZH));
                        e.addProperty(SKOS.altLabel, m.createLiteral(r.name(), ZH));
                    }
                }
        }
    }

    private static Resource entity(Model m, EntityRef ref) {
        Resource e = m.createResource(Iris.entity(ref), ref.type().rdfClass())
            .addProperty(SKOS.prefLabel, m.createLiteral(ref.name(), ZH));
        EntityKinds.of(ref).ifPresent(k -> e.addProperty(RDF.type, k.rdfClass()));
        return e;
    }

    /** A party signs an agreement; only other documents are issued. */
    private static Property property(Link l) {
        if (l.relation().property().equals(GKG.issued) && EntityKinds.of(l.object()).filter(k -> k == EntityKind.AGREEMENT).isPresent())
            return GKG.signed;
        return l.relation().property();
    }

    /**
     * The fact itself as a plain triple, plus one statement node saying which sentence states it
     * (the sentence gives the document); the same fact twice in one sentence is one node.
     */
    private static void assertion(Model m, String docIri, Resource doc, Extraction x, Map<Integer, Resource> sentences,
                                  Resource s, Property p, RDFNode o, int start, int end) {
        s.addProperty(p, o);
        Resource sentence = sentences.get(x.sentenceAt(start).index());
        String key = s.getURI() + ' ' + p.getURI() + ' ' + o + ' ' + sentence.getURI();
        m.createResource(docIri + "#a" + Hashes.sha256(key, 16))
            .addProperty(RDF.subject, s)
            .addProperty(RDF.predicate, p)
            .addProperty(RDF.object, o)
            .addProperty(GKG.sentence, sentence);
    }

    private static void post(Model m, String docIri, Resource doc, Extraction x, Map<Integer, Resource> sentences,
                             PostFact p) {
        Resource group = entity(m, p.group());
        Resource post = m.createResource(Iris.post(group.getURI(), p.kind().name(), p.role(), p.title()), GKG.Post)
            .addProperty(GKG.role, m.createLiteral(p.role(), ZH))
            .addProperty(GKG.heldByTitle, m.createLiteral(p.title(), ZH))
            .addProperty(ORG.postIn, group)
            .addProperty(SKOS.prefLabel, m.createLiteral(p.title() + "（" + p.role() + "）", ZH));
        Property kind = switch (p.kind()) {
            case LEADER -> GKG.leaderPost;
            case DEPUTY_LEADER -> GKG.deputyLeaderPost;
            case OFFICE -> GKG.officeDirectorPost;
        };
        assertion(m, docIri, doc, x, sentences, group, kind, post, p.start(), p.end());
    }

    private static void figure(Model m, String docIri, Resource doc, Extraction x, Map<Integer, Resource> sentences,
                               Figure f) {
        Resource fig = m.createResource(docIri + "#f" + f.start())
            .addLiteral(GKG.value, m.createTypedLiteral(f.value()))
            .addProperty(GKG.unit, f.unit())
            .addProperty(GKG.measures, m.createLiteral(f.measures(), ZH))
            .addProperty(RDFS.label, m.createLiteral(x.text().substring(f.start(), f.end()), ZH))
            .addProperty(GKG.sentence, sentences.get(x.sentenceAt(f.start()).index()));
        Resource subject = f.subject() != null ? entity(m, f.subject()) : doc;
        subject.addProperty(GKG.figure, fig);
    }

    private static Property attributeProperty(Attribute a) {
        return switch (a.kind()) {
            case DOCUMENT_NUMBER -> GKG.documentNumber;
            case PERIOD -> GKG.period;
            case POST_TITLE -> GKG.holdsPost;
            case SIGNED_DATE -> GKG.signedDate;
        };
    }

    private static Literal date(Model m, LocalDate d) {
        return m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate);
    }

    private static Literal offset(Model m, int value) {
        return m.createTypedLiteral(BigInteger.valueOf(value));
    }
}
