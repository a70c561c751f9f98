package org.govkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The govkg ontology's terms, mirroring {@code ontology/govkg.ttl}, plus the IRI spaces govkg
 * mints entity, document and ontology IRIs in.
 */
public final class GKG {
    /** Base of the ontology's IRIs: the same in every deployment, so that one query runs against any of them. */
    public static final String BASE = "https://govkg.org/";
    public static final String NS = BASE + "ontology#";
    /** Named graph that holds the ontology itself. */
    public static final String ONTOLOGY_GRAPH = BASE + "ontology";
    /**
     * Base of the entity and document IRIs this deployment mints ({@link DataBase}: the
     * environment variable {@code GOVKG_BASE_IRI} or the system property {@code govkg.base-iri},
     * else {@link #BASE}). A server answers them at its own {@code /id/…} and {@code /doc/…}.
     */
    public static final String DATA_BASE = DataBase.configured();
    public static final String ENTITY_BASE = DATA_BASE + "id/";
    public static final String DOCUMENT_BASE = DATA_BASE + "doc/";
    public static final String PREFIX = "gkg";

    private GKG() {}

    private static Resource resource(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property property(String local) { return ResourceFactory.createProperty(NS, local); }

    public static final Resource Entity = resource("Entity");
    public static final Resource Organization = resource("Organization");
    public static final Resource LeadershipGroup = resource("LeadershipGroup");
    public static final Resource Plan = resource("Plan");
    public static final Resource Project = resource("Project");
    public static final Resource PolicyDocument = resource("PolicyDocument");
    public static final Resource Notice = resource("Notice");
    public static final Resource Proposal = resource("Proposal");
    public static final Resource Agreement = resource("Agreement");
    public static final Resource Reply = resource("Reply");
    public static final Resource WorkingGroup = resource("WorkingGroup");
    public static final Resource Person = resource("Person");
    public static final Resource Region = resource("Region");
    public static final Resource Document = resource("Document");
    public static final Resource Post = resource("Post");

    public static final Property issued = property("issued");
    public static final Property signed = property("signed");
    public static final Property forwarded = property("forwarded");
    public static final Property drafted = property("drafted");
    public static final Property established = property("established");
    public static final Property concerns = property("concerns");
    public static final Property leaderPost = property("leaderPost");
    public static final Property deputyLeaderPost = property("deputyLeaderPost");
    public static final Property officeDirectorPost = property("officeDirectorPost");
    public static final Property officeIn = property("officeIn");
    public static final Property hasWorkingGroup = property("hasWorkingGroup");
    public static final Property memberUnit = property("memberUnit");
    public static final Property memberCount = property("memberCount");
    public static final Property leadUnit = property("leadUnit");
    public static final Property responsibleUnit = property("responsibleUnit");
    public static final Property partner = property("partner");
    public static final Property builds = property("builds");
    public static final Property partOf = property("partOf");
    /** gkg:implements (a Java keyword, hence the longer name). */
    public static final Property implementsPlan = property("implements");
    public static final Property basedOn = property("basedOn");
    public static final Property jurisdiction = property("jurisdiction");
    public static final Property proposedBy = property("proposedBy");
    public static final Property mentions = property("mentions");
    public static final Property holdsPost = property("holdsPost");
    public static final Property leader = property("leader");
    public static final Property deputyLeader = property("deputyLeader");

    public static final Property role = property("role");
    public static final Property heldByTitle = property("heldByTitle");

    public static final Property figure = property("figure");
    public static final Property value = property("value");
    public static final Property unit = property("unit");
    public static final Property measures = property("measures");

    public static final Property documentNumber = property("documentNumber");
    public static final Property indexNumber = property("indexNumber");
    public static final Property period = property("period");
    public static final Property genre = property("genre");
    public static final Property signedDate = property("signedDate");
    public static final Property contact = property("contact");
    public static final Property addressee = property("addressee");
    public static final Property sourceFile = property("sourceFile");
    public static final Property contentHash = property("contentHash");
    public static final Property text = property("text");

    public static final Property mentionOf = property("mentionOf");
    public static final Property resolution = property("resolution");
    public static final Property sentence = property("sentence");
    public static final Property start = property("start");
    public static final Property end = property("end");
    public static final Property shaclViolations = property("shaclViolations");

    // Group history: a notice's statement of a group's composition, as an org:ChangeEvent.
    public static final Property changeKind = property("changeKind");
    public static final Property undated = property("undated");
    public static final Property statesPost = property("statesPost");
    public static final Property statesMember = property("statesMember");
    public static final Property statesOffice = property("statesOffice");
    public static final Property statesWorkingGroup = property("statesWorkingGroup");
    public static final Property statesPerson = property("statesPerson");
    public static final Resource ChangeKind = resource("ChangeKind");
    public static final Resource Established = resource("Established");
    public static final Resource Adjusted = resource("Adjusted");
    public static final Resource Renamed = resource("Renamed");
    public static final Resource Abolished = resource("Abolished");
    public static final Resource Stated = resource("Stated");
}
