package org.govkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The few W3C PROV-O terms govkg uses; Jena ships no PROV vocabulary class. */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";

    private PROV() {}

    /** When govkg stored this version of a document (on the document, whose IRI also names its graph). */
    public static final Property generatedAtTime = ResourceFactory.createProperty(NS, "generatedAtTime");

    /** On a group's change event: the notice that states the change. */
    public static final Property used = ResourceFactory.createProperty(NS, "used");
}
