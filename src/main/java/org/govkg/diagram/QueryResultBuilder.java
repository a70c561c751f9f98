package org.govkg.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdfconnection.SparqlQueryConnection;
import org.apache.jena.vocabulary.RDF;

/**
 * The workbench's diagram view: the entities a query returns, drawn with their links. Nodes that
 * are not entities, documents or posts of the store (literals, classes) are left out; above the
 * cap the best-connected entities are kept.
 */
final class QueryResultBuilder {
    static final int MAX_ROWS = 5000;

    private QueryResultBuilder() {}

    static Diagram build(GraphReader reader, SparqlQueryConnection conn, Query query, int cap, String lang) {
        Set<String> iris = new LinkedHashSet<>();
        List<GraphReader.Link> links = new ArrayList<>();
        if (query.isSelectType()) {
            if (!query.hasLimit() || query.getLimit() > MAX_ROWS) query.setLimit(MAX_ROWS);
            try (QueryExecution qe = conn.query(query)) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    var row = rs.next();
                    row.varNames().forEachRemaining(v -> {
                        RDFNode n = row.get(v);
                        if (n != null && n.isURIResource()) iris.add(n.asResource().getURI());
                    });
                }
            }
            Map<String, GraphReader.Info> found = reader.info(iris);
            iris.retainAll(found.keySet());
            for (GraphReader.Link l : reader.links(iris, Set.of(), false))
                if (iris.contains(l.s()) && iris.contains(l.o())) links.add(l);
        } else {
            Model m;
            try (QueryExecution qe = conn.query(query)) {
                m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            }
            m.listStatements().forEachRemaining(st -> {
                if (st.getPredicate().equals(RDF.type) || !st.getSubject().isURIResource() || !st.getObject().isURIResource()) return;
                links.add(new GraphReader.Link(st.getSubject().getURI(), st.getPredicate().getURI(), st.getObject().asResource().getURI()));
                iris.add(st.getSubject().getURI());
                iris.add(st.getObject().asResource().getURI());
            });
        }
        Map<String, GraphReader.Info> info = reader.info(iris);
        List<GraphReader.Link> drawable = links.stream().filter(l -> info.containsKey(l.s()) && info.containsKey(l.o())).distinct().toList();
        Map<String, Integer> hop = new java.util.LinkedHashMap<>();
        Map<String, Integer> degree = new HashMap<>();
        for (GraphReader.Link l : drawable) { degree.merge(l.s(), 1, Integer::sum); degree.merge(l.o(), 1, Integer::sum); }
        // No root: every entity is one step from the picture's centre; the cap keeps the best connected.
        iris.stream().filter(info::containsKey).forEach(i -> hop.put(i, 1));
        Diagram d = new Diagram(DiagramKind.QUERY, DiagramKind.QUERY.label(lang), "LR");
        NodeCap.apply(d, reader, info, hop, Map.of(), drawable, cap, lang);
        return d;
    }
}
