package org.govkg.extract;

import org.apache.jena.rdf.model.Resource;
import org.govkg.vocab.GKG;

/** The six core classes of the ontology, each with the path segment its entity IRIs use. */
public enum EntityType {
    ORGANIZATION(GKG.Organization, "organization"),
    LEADERSHIP_GROUP(GKG.LeadershipGroup, "group"),
    PLAN(GKG.Plan, "plan"),
    PROJECT(GKG.Project, "project"),
    PERSON(GKG.Person, "person"),
    REGION(GKG.Region, "region");

    private final Resource rdfClass;
    private final String segment;

    EntityType(Resource rdfClass, String segment) {
        this.rdfClass = rdfClass;
        this.segment = segment;
    }

    public Resource rdfClass() { return rdfClass; }

    /** IRI path segment: {@code https://govkg.org/id/organization/…}. */
    public String segment() { return segment; }
}
