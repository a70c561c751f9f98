package org.govkg.store;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * Writes values that come from users or documents into SPARQL text safely: an IRI is checked
 * before it is put between angle brackets, a string is written as an escaped literal.
 */
public final class SparqlTerms {
    private SparqlTerms() {}

    /** {@code <iri>}, or {@link IllegalArgumentException} when {@code iri} is not an absolute IRI. */
    public static String iri(String iri) {
        if (!isIri(iri)) throw new IllegalArgumentException("not an IRI: " + iri);
        return "<" + iri + ">";
    }

    /** True when {@code s} is an IRI with a scheme (a fragment allowed) that can be written between angle brackets. */
    public static boolean isIri(String s) {
        if (s == null || s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0) return false;
        }
        try {
            return IRIx.create(s).isReference();
        } catch (IRIException e) {
            return false;
        }
    }

    /** A plain string literal, escaped. */
    public static String string(String s) {
        return NodeFmtLib.strNT(NodeFactory.createLiteralString(s));
    }

    /** A literal with a language tag, escaped. */
    public static String langString(String s, String lang) {
        return NodeFmtLib.strNT(NodeFactory.createLiteralLang(s, lang));
    }
}
