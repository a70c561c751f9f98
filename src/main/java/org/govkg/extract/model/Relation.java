package org.govkg.extract.model;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.ORG;
import org.govkg.vocab.GKG;

/** The links between entities that the extractor states, each with its ontology property. */
public enum Relation {
    ISSUED(GKG.issued),
    FORWARDED(GKG.forwarded),
    DRAFTED(GKG.drafted),
    ESTABLISHED(GKG.established),
    CONCERNS(GKG.concerns),
    OFFICE_IN(GKG.officeIn),
    HAS_WORKING_GROUP(GKG.hasWorkingGroup),
    MEMBER_UNIT(GKG.memberUnit),
    LEAD_UNIT(GKG.leadUnit),
    RESPONSIBLE_UNIT(GKG.responsibleUnit),
    PARTNER(GKG.partner),
    BUILDS(GKG.builds),
    PART_OF(GKG.partOf),
    SUB_ORGANIZATION_OF(ORG.subOrganizationOf),
    JURISDICTION(GKG.jurisdiction),
    PROPOSED_BY(GKG.proposedBy),
    LEADER(GKG.leader),
    DEPUTY_LEADER(GKG.deputyLeader),
    MEMBER_OF(ORG.memberOf),
    IMPLEMENTS(GKG.implementsPlan),
    BASED_ON(GKG.basedOn);

    private final Property property;

    Relation(Property property) {
        this.property = property;
    }

    public Property property() { return property; }
}
