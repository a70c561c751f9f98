package org.govkg.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govkg.vocab.GKG;

/**
 * Everything one document states, as a picture: the links written in its named graph, and the
 * entities it only mentions attached to the document itself.
 */
final class DocumentOverviewBuilder {
    private DocumentOverviewBuilder() {}

    static Diagram build(GraphReader reader, DiagramRequest req, GraphReader.Info doc) {
        if (doc.type() != NodeType.DOCUMENT)
            throw new IllegalArgumentException("\"" + doc.label() + "\" is a " + doc.type().label("en").toLowerCase()
                + ", not a document; give a document's IRI or title");
        Diagram d = new Diagram(DiagramKind.DOCUMENT, doc.label(), "LR");
        List<GraphReader.Link> stated = reader.statedIn(doc.iri());
        List<GraphReader.Link> mentions = reader.out(doc.iri(), GKG.mentions);
        Set<String> iris = new LinkedHashSet<>();
        stated.forEach(l -> { iris.add(l.s()); iris.add(l.o()); });
        mentions.forEach(l -> iris.add(l.o()));
        Map<String, GraphReader.Info> info = new HashMap<>(reader.info(iris));
        info.put(doc.iri(), doc);

        Set<String> linked = new LinkedHashSet<>();
        List<GraphReader.Link> links = new ArrayList<>();
        for (GraphReader.Link l : stated) {
            if (!info.containsKey(l.s()) || !info.containsKey(l.o())) continue;
            if (!req.types().isEmpty() && !(allowed(req, info, l.s()) && allowed(req, info, l.o()))) continue;
            links.add(l);
            linked.add(l.s());
            linked.add(l.o());
        }
        for (GraphReader.Link m : mentions)
            if (info.containsKey(m.o()) && !linked.contains(m.o()) && allowed(req, info, m.o())) links.add(m);

        Map<String, Integer> hop = new LinkedHashMap<>();
        Map<String, String> parent = new HashMap<>();
        hop.put(doc.iri(), 0);
        for (GraphReader.Link l : links)
            for (String iri : List.of(l.s(), l.o()))
                if (!hop.containsKey(iri)) {
                    hop.put(iri, 1);
                    parent.put(iri, doc.iri());
                }
        NodeCap.apply(d, reader, info, hop, parent, links, req.cap(), req.lang());
        return d;
    }

    private static boolean allowed(DiagramRequest req, Map<String, GraphReader.Info> info, String iri) {
        GraphReader.Info i = info.get(iri);
        return i != null && (req.types().isEmpty() || req.types().contains(i.type()) || i.type() == NodeType.DOCUMENT);
    }
}
