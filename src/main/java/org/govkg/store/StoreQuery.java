package org.govkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.govkg.vocab.Prefixes;

/**
 * A SPARQL query that pages, diagrams or search run, kept as a resource
 * ({@code src/main/resources/queries/store/NAME.rq}) and filled in with Jena's
 * {@link ParameterizedSparqlString}: a variable given a value becomes that constant, and
 * {@code VALUES (?x) { ?list }} takes a list (the parenthesised form: Jena writes each item as a row). Every store runs the very same text. govkg's prefixes
 * are declared for it.
 */
public final class StoreQuery {
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();
    private final ParameterizedSparqlString pss;

    private StoreQuery(String text) {
        this.pss = new ParameterizedSparqlString(text);
        pss.setNsPrefixes(Prefixes.standard());
    }

    /** The query {@code queries/store/NAME.rq}. */
    public static StoreQuery named(String name) {
        return new StoreQuery(TEXTS.computeIfAbsent(name, StoreQuery::read));
    }

    private static String read(String name) {
        String path = "queries/store/" + name + ".rq";
        try (InputStream in = StoreQuery.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalArgumentException("no query " + path);
            // Comment lines go: they name the parameters, and the substitution must not find them there.
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.stripLeading().startsWith("#")).collect(java.util.stream.Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** {@code ?var} becomes the IRI (checked: an IRI from a request cannot break out of its brackets). */
    public StoreQuery iri(String var, String iri) {
        if (!SparqlTerms.isIri(iri)) throw new IllegalArgumentException("not an IRI: " + iri);
        pss.setIri(var, iri);
        return this;
    }

    /** {@code ?var} becomes a plain string literal. */
    public StoreQuery string(String var, String value) {
        pss.setLiteral(var, value);
        return this;
    }

    /** {@code ?var} becomes a literal with a language tag. */
    public StoreQuery literal(String var, String value, String lang) {
        pss.setLiteral(var, value, lang);
        return this;
    }

    /** {@code ?var} becomes {@code true} or {@code false}. */
    public StoreQuery bool(String var, boolean value) {
        pss.setLiteral(var, value);
        return this;
    }

    /** {@code VALUES (?x) { ?var }} lists these IRIs. */
    public StoreQuery iris(String var, Collection<String> iris) {
        List<RDFNode> nodes = iris.stream().map(i -> {
            if (!SparqlTerms.isIri(i)) throw new IllegalArgumentException("not an IRI: " + i);
            return (RDFNode) ResourceFactory.createResource(i);
        }).toList();
        pss.setValues(var, nodes);
        return this;
    }

    /** The query text with every value in place. */
    public String text() {
        return pss.toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
