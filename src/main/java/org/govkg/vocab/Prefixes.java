package org.govkg.vocab;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SKOS;

/** The prefixes govkg writes its output with and predefines for SPARQL users. */
public final class Prefixes {
    private Prefixes() {}

    /** A fresh, locked copy of govkg's standard prefix mapping. */
    public static PrefixMapping standard() {
        return PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix(GKG.PREFIX, GKG.NS)
            .setNsPrefix("gkgid", GKG.ENTITY_BASE)
            .setNsPrefix("doc", GKG.DOCUMENT_BASE)
            .setNsPrefix("org", ORG.NS)
            .setNsPrefix("prov", PROV.NS)
            .setNsPrefix("dcterms", DCTerms.NS)
            .setNsPrefix("skos", SKOS.uri)
            .setNsPrefix("text", "http://jena.apache.org/text#")
            .lock();
    }

    /** govkg's standard prefixes as SPARQL {@code PREFIX} lines, for queries the code itself writes. */
    public static String sparqlHeader() {
        StringBuilder sb = new StringBuilder();
        standard().getNsPrefixMap().forEach((p, ns) -> sb.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return sb.toString();
    }
}
