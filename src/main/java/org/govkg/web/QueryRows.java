package org.govkg.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.govkg.store.KnowledgeStore;
import org.govkg.store.StoreQuery;
import org.govkg.vocab.Prefixes;

/** Runs a SELECT on the store and hands back its rows, for pages that show them. */
final class QueryRows {
    static final String PREFIXES = Prefixes.sparqlHeader();

    private QueryRows() {}

    /** Rows of variable name to value; unbound variables are absent. */
    static List<Map<String, RDFNode>> select(KnowledgeStore store, String query) {
        return rows(store, QueryFactory.create(PREFIXES + query));
    }

    private static List<Map<String, RDFNode>> rows(KnowledgeStore store, Query query) {
        return store.read(conn -> {
            List<Map<String, RDFNode>> rows = new ArrayList<>();
            conn.querySelect(query, row -> {
                Map<String, RDFNode> m = new HashMap<>();
                for (Iterator<String> it = row.varNames(); it.hasNext(); ) {
                    String v = it.next();
                    m.put(v, row.get(v));
                }
                rows.add(m);
            });
            return rows;
        });
    }

    /** Rows of a query kept as a resource (it declares its own prefixes). */
    static List<Map<String, RDFNode>> select(KnowledgeStore store, StoreQuery query) {
        return rows(store, query.query());
    }

    static String text(Map<String, RDFNode> row, String var) {
        RDFNode n = row.get(var);
        if (n == null) return null;
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    static int number(Map<String, RDFNode> row, String var) {
        RDFNode n = row.get(var);
        return n == null ? 0 : n.asLiteral().getInt();
    }
}
