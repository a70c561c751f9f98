package org.govkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.expr.ExprTransform;
import org.apache.jena.sparql.graph.NodeTransform;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformSubst;
import org.apache.jena.sparql.syntax.syntaxtransform.ExprTransformNodeElement;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.govkg.vocab.Prefixes;

/**
 * A SPARQL query that pages, diagrams or search run, kept as a resource
 * ({@code src/main/resources/queries/store/NAME.rq}). Each file is parsed once; a variable
 * given a value becomes that constant in a copy of the parsed query, and
 * {@code VALUES (?x) { ?list }} takes a list, one row per item. Pages run dozens of these per
 * request, and parsing govkg's prefix header each time was the largest cost of a page under load.
 * Every store runs the same query: the embedded one as it is, a remote one as its serialization.
 * govkg's prefixes are declared for it.
 */
public final class StoreQuery {
    private static final Map<String, Query> TEMPLATES = new ConcurrentHashMap<>();
    /** {@code VALUES (?x) { ?list }}: not SPARQL (a data block holds terms only), so written as one marker row. */
    private static final Pattern LIST = Pattern.compile("VALUES\\s*\\(\\s*\\?(\\w+)\\s*\\)\\s*\\{\\s*\\?(\\w+)\\s*\\}");
    private static final String LIST_MARKER = "urn:govkg:list:";

    private final String name;
    private final Map<Var, Node> values = new HashMap<>();
    private final Map<String, List<Node>> lists = new HashMap<>();

    private StoreQuery(String name) {
        this.name = name;
    }

    /** The query {@code queries/store/NAME.rq}. */
    public static StoreQuery named(String name) {
        TEMPLATES.computeIfAbsent(name, StoreQuery::parse);
        return new StoreQuery(name);
    }

    private static Query parse(String name) {
        String path = "queries/store/" + name + ".rq";
        String text;
        try (InputStream in = StoreQuery.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalArgumentException("no query " + path);
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        Matcher m = LIST.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find())
            m.appendReplacement(sb, Matcher.quoteReplacement("VALUES (?" + m.group(1) + ") { (<" + LIST_MARKER + m.group(2) + ">) }"));
        m.appendTail(sb);
        Query q = new Query();
        q.setPrefixMapping(Prefixes.standard());
        return QueryFactory.parse(q, sb.toString(), null, null);
    }

    /** {@code ?var} becomes the IRI (checked: an IRI from a request cannot break out of its brackets). */
    public StoreQuery iri(String var, String iri) {
        if (!SparqlTerms.isIri(iri)) throw new IllegalArgumentException("not an IRI: " + iri);
        values.put(Var.alloc(var), NodeFactory.createURI(iri));
        return this;
    }

    /** {@code ?var} becomes a plain string literal. */
    public StoreQuery string(String var, String value) {
        values.put(Var.alloc(var), NodeFactory.createLiteralString(value));
        return this;
    }

    /** {@code ?var} becomes a literal with a language tag. */
    public StoreQuery literal(String var, String value, String lang) {
        values.put(Var.alloc(var), NodeFactory.createLiteralLang(value, lang));
        return this;
    }

    /** {@code ?var} becomes {@code true} or {@code false}. */
    public StoreQuery bool(String var, boolean value) {
        values.put(Var.alloc(var), NodeFactory.createLiteralDT(Boolean.toString(value), XSDDatatype.XSDboolean));
        return this;
    }

    /** {@code VALUES (?x) { ?var }} lists these IRIs. */
    public StoreQuery iris(String var, Collection<String> iris) {
        lists.put(var, iris.stream().map(i -> {
            if (!SparqlTerms.isIri(i)) throw new IllegalArgumentException("not an IRI: " + i);
            return NodeFactory.createURI(i);
        }).toList());
        return this;
    }

    /** A new query with every value in place (the parsed template is never changed). */
    public Query query() {
        NodeTransform subst = n -> n instanceof Var v && values.containsKey(v) ? values.get(v) : n;
        ElementTransformSubst elements = new ElementTransformSubst(subst) {
            @Override
            public ElementData transform(ElementData data) {
                List<Binding> rows = data.getRows();
                if (data.getVars().size() == 1 && rows.size() == 1) {
                    Var v = data.getVars().get(0);
                    Node marker = rows.get(0).get(v);
                    if (marker != null && marker.isURI() && marker.getURI().startsWith(LIST_MARKER)) {
                        String list = marker.getURI().substring(LIST_MARKER.length());
                        List<Node> items = lists.get(list);
                        if (items == null) throw new IllegalStateException("query " + name + ": no value for list ?" + list);
                        ElementData filled = new ElementData();
                        filled.add(v);
                        for (Node item : items) filled.add(BindingFactory.binding(v, item));
                        return filled;
                    }
                }
                return super.transform(data);
            }
        };
        ExprTransform expressions = new ExprTransformNodeElement(subst, elements);
        return QueryTransformOps.transform(TEMPLATES.get(name), elements, expressions);
    }

    /** The query text with every value in place. */
    public String text() {
        return query().serialize();
    }

    @Override
    public String toString() {
        return text();
    }
}
