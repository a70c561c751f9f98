package org.govkg.vocab;

import java.util.Arrays;
import java.util.Optional;

import org.apache.jena.rdf.model.Resource;

/**
 * The kinds of titled document and of group a Chinese reader tells apart, each a subclass of a
 * core class ({@link EntityType}): an entity of a kind carries both classes, so that queries for
 * the core class still find it while pages, counts and diagrams can name it as what it is.
 */
public enum EntityKind {
    POLICY(EntityType.PLAN, GKG.PolicyDocument, "规划方案", "Policy document"),
    NOTICE(EntityType.PLAN, GKG.Notice, "通知", "Notice"),
    PROPOSAL(EntityType.PLAN, GKG.Proposal, "提案建议", "Proposal"),
    AGREEMENT(EntityType.PLAN, GKG.Agreement, "协议", "Agreement"),
    REPLY(EntityType.PLAN, GKG.Reply, "答复", "Reply"),
    WORKING_GROUP(EntityType.LEADERSHIP_GROUP, GKG.WorkingGroup, "工作组", "Working group");

    private final EntityType parent;
    private final Resource rdfClass;
    private final String zh;
    private final String en;

    EntityKind(EntityType parent, Resource rdfClass, String zh, String en) {
        this.parent = parent;
        this.rdfClass = rdfClass;
        this.zh = zh;
        this.en = en;
    }

    public EntityType parent() { return parent; }

    public Resource rdfClass() { return rdfClass; }

    /** The label in Chinese, or in English for {@code lang} "en". */
    public String label(String lang) { return "en".equals(lang) ? en : zh; }

    /** The kinds' classes as a SPARQL list, for {@code FILTER(?k IN (…))}. */
    /** The IRIs of the classes, in order. */
    public static java.util.List<String> classIris() {
        return Arrays.stream(values()).map(t -> t.rdfClass.getURI()).toList();
    }

    public static String sparqlList() {
        return Arrays.stream(values()).map(k -> "<" + k.rdfClass.getURI() + ">").collect(java.util.stream.Collectors.joining(", "));
    }

    /** The kind of an RDF class IRI, if it is one. */
    public static Optional<EntityKind> ofClass(String classIri) {
        return Arrays.stream(values()).filter(k -> k.rdfClass.getURI().equals(classIri)).findFirst();
    }
}
