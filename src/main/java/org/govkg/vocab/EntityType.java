package org.govkg.vocab;

import java.util.Arrays;
import java.util.Optional;

import org.apache.jena.rdf.model.Resource;

/**
 * The six core classes of the ontology, the one list of entity kinds govkg has: each with the path
 * segment its entity IRIs use (also the name users type in filters) and its labels.
 */
public enum EntityType {
    ORGANIZATION(GKG.Organization, "organization", "机构", "Organization"),
    LEADERSHIP_GROUP(GKG.LeadershipGroup, "group", "领导小组", "Leadership group"),
    PLAN(GKG.Plan, "plan", "规划文件", "Plan"),
    PROJECT(GKG.Project, "project", "项目", "Project"),
    PERSON(GKG.Person, "person", "人物", "Person"),
    REGION(GKG.Region, "region", "行政区", "Region");

    private final Resource rdfClass;
    private final String segment;
    private final String zh;
    private final String en;

    EntityType(Resource rdfClass, String segment, String zh, String en) {
        this.rdfClass = rdfClass;
        this.segment = segment;
        this.zh = zh;
        this.en = en;
    }

    public Resource rdfClass() { return rdfClass; }

    /** IRI path segment: {@code https://govkg.org/id/organization/…}. */
    public String segment() { return segment; }

    /** The label in Chinese, or in English for {@code lang} "en". */
    public String label(String lang) { return "en".equals(lang) ? en : zh; }

    /**
     * The six classes as a SPARQL list ({@code <…#Organization>, <…#LeadershipGroup>, …}), for
     * {@code FILTER(?t IN (…))}: an entity of a kind ({@link EntityKind}) has a second class, which
     * queries that pick one type per entity must leave aside.
     */
    /** The IRIs of the classes, in order. */
    public static java.util.List<String> classIris() {
        return Arrays.stream(values()).map(t -> t.rdfClass.getURI()).toList();
    }

    public static String sparqlList() {
        return Arrays.stream(values()).map(t -> "<" + t.rdfClass.getURI() + ">").collect(java.util.stream.Collectors.joining(", "));
    }

    /** The type of an RDF class IRI, if it is one of the six. */
    public static Optional<EntityType> ofClass(String classIri) {
        return Arrays.stream(values()).filter(t -> t.rdfClass.getURI().equals(classIri)).findFirst();
    }
}
