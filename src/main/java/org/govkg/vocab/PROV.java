package org.govkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The few W3C PROV-O terms govkg uses; Jena ships no PROV vocabulary class. */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";

    private PROV() {}

    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");
}
